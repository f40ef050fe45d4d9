/**
 * The words of `cwplan notices`: a plain-text notice to one unit, in the
 * county's register (退回通知, 催报通知), in both languages.
 */
import type { Lang } from "./lang.js";

export interface NoticeWords {
  title: (period: string) => string;
  salutation: (unit: string) => string;
  returnedHead: string;
  /** a file whose rows were refused */
  returnedFile: (file: string) => string;
  /** a file that could not be read at all */
  unreadableFile: (file: string) => string;
  /** one problem: where, the value as sent, and what to do */
  problem: (place: string, value: string | undefined, message: string) => string;
  /** where in a CSV file, and in a workbook */
  atLine: (file: string, line: number) => string;
  atCell: (file: string, sheet: string, cell: string) => string;
  owedHead: (period: string) => string;
  /** one figure owed: its name, the period owed, its state, since when */
  owed: (name: string, due: string, state: string, others: string[], since: string) => string;
  closing: string;
  /** section numbers: 一、二、 */
  section: (n: number) => string;
  /** between two notices printed one after another (no box drawing) */
  separator: string;
  /** on stderr: how many notices, problems and figures owed, and where they went */
  summary: (notices: number, returned: number, owed: number, dir: string | undefined) => string;
}

const ZH_NUMERALS = ["一", "二", "三", "四", "五"];

const zh: NoticeWords = {
  title: (period) => `关于${period}城镇化指标数据报送情况的通知`,
  salutation: (unit) => `${unit}：`,
  returnedHead: "退回修改",
  returnedFile: (file) => `你单位报送的“${file}”中，以下数据未能采用，请修改后重新报送：`,
  unreadableFile: (file) => `你单位报送的“${file}”无法读取，请另存为 .xlsx 后重新报送。`,
  problem: (place, value, message) =>
    `${place}${value === undefined ? "" : `，填报内容“${value}”`}：${message}`,
  atLine: (file, line) => `“${file}”第 ${line} 行`,
  atCell: (file, sheet, cell) => `“${file}”工作表“${sheet}”${cell} 单元格`,
  owedHead: (period) => `催报（${period}）`,
  owed: (name, due, state, others, since) =>
    `${name}：应报期 ${due}，${state}${others.length > 0 ? `（${others.join("、")}）` : ""}，${since}。`,
  closing: "请于收到本通知后尽快修改、补报。",
  section: (n) => `${ZH_NUMERALS[n - 1] ?? String(n)}、`,
  separator: "------",
  summary: (n, r, o, dir) =>
    `${n} 份通知：退回修改 ${r} 处，催报 ${o} 项${dir === undefined ? "" : `，已写入 ${dir}`}`,
};

const en: NoticeWords = {
  title: (period) => `Notice on the urbanization figures for ${period}`,
  salutation: (unit) => `To the ${unit}:`,
  returnedHead: "Returned for correction",
  returnedFile: (file) =>
    `In “${file}”, which you sent, these figures could not be taken; please correct them and send the file again:`,
  unreadableFile: (file) =>
    `“${file}”, which you sent, cannot be read; please save it as .xlsx and send it again.`,
  problem: (place, value, message) =>
    `${place}${value === undefined ? "" : `, as sent “${value}”`}: ${message}`,
  atLine: (file, line) => `“${file}”, line ${line}`,
  atCell: (file, sheet, cell) => `“${file}”, sheet “${sheet}”, cell ${cell}`,
  owedHead: (period) => `Figures owed (${period})`,
  owed: (name, due, state, others, since) =>
    `${name}: owed for ${due}, ${state}${others.length > 0 ? ` (${others.join(", ")})` : ""}, ${since}.`,
  closing: "Please correct and send the figures as soon as you receive this notice.",
  section: (n) => `${["I", "II", "III"][n - 1] ?? String(n)}. `,
  separator: "------",
  summary: (n, r, o, dir) =>
    `${n} notices: ${r} problems returned, ${o} figures owed${dir === undefined ? "" : `; written to ${dir}`}`,
};

/** -o names a folder that cannot be made or written, in both languages. */
export function cannotWriteNotices(dir: string, reason: string) {
  return {
    message: `cannot write the notices to ${dir}: ${reason}`,
    hint: "-o takes a folder to write one .txt per unit into",
    zh: {
      message: `无法把通知写入 ${dir}：${reason}`,
      hint: "-o 后填一个文件夹，每个单位一份 .txt 写在其中",
    },
  };
}

export function noticeWords(lang: Lang): NoticeWords {
  return lang === "zh" ? zh : en;
}

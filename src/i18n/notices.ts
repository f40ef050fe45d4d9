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
  /**
   * a file that could not be read at all: an old .xls, another format
   * (`format`: `.et` …), else damaged (`message`: the finding's words)
   */
  unreadableFile: (file: string, code: string, format: string, message: string) => string;
  /** one problem: where, the value as sent (where the message does not say it), and what to do */
  problem: (place: string, value: string | undefined, message: string) => string;
  /** where in a CSV file, and in a workbook (the file is named above) */
  atLine: (line: number) => string;
  atCell: (sheet: string, cell: string) => string;
  /** a finding's message without the line it begins with (the place is said before it) */
  bare: (message: string) => string;
  owedHead: (period: string) => string;
  /** one figure owed: its name, the period owed, its state, since when */
  owed: (name: string, due: string, state: string, others: string[], since: string) => string;
  /** since when: nothing accepted before, or accepted up to a period */
  never: string;
  upTo: (period: string) => string;
  /** the last line: what to do, by what the notice holds */
  closing: (returned: boolean, owed: boolean) => string;
  /** section numbers: 一、二、 */
  section: (n: number) => string;
  /** between two notices printed one after another (no box drawing) */
  separator: string;
  /** on stderr: how many notices, problems and figures owed, and where they went */
  summary: (notices: number, returned: number, owed: number, dir: string | undefined) => string;
}

const ZH_NUMERALS = ["一", "二", "三", "四", "五"];

/** Formats not read, as a department knows them. */
const ZH_FORMATS: Record<string, string> = {
  ".et": "WPS 表格（.et）",
  ".ett": "WPS 表格模板（.ett）",
  ".wps": "WPS 文字（.wps）",
  ".ods": "OpenDocument 表格（.ods）",
  ".numbers": "Numbers 表格（.numbers）",
};
const EN_FORMATS: Record<string, string> = {
  ".et": "WPS Spreadsheets (.et)",
  ".ett": "WPS Spreadsheets template (.ett)",
  ".wps": "WPS Writer (.wps)",
  ".ods": "OpenDocument spreadsheet (.ods)",
  ".numbers": "Numbers (.numbers)",
};

const zh: NoticeWords = {
  title: (period) => `关于${period}城镇化指标数据报送情况的通知`,
  salutation: (unit) => `${unit}：`,
  returnedHead: "退回修改",
  returnedFile: (file) => `你单位报送的“${file}”中，以下数据未能采用，请修改后重新报送：`,
  unreadableFile: (file, code, format, message) =>
    code === "xls-format"
      ? `你单位报送的“${file}”是旧版 Excel 97-2003 格式（.xls），无法读取，其中数据均未采用。请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后重新报送。`
      : code === "other-format"
        ? `你单位报送的“${file}”是 ${ZH_FORMATS[format] ?? `${format} `}格式，无法读取，其中数据均未采用。请在 WPS 或 Excel 中“另存为”Excel 工作簿（.xlsx）后重新报送。`
        : `你单位报送的“${file}”无法读取，其中数据均未采用：${message}`,
  problem: (place, value, message) =>
    `${place}${value === undefined ? "" : `，填报内容“${value}”`}：${message}`,
  atLine: (line) => `第 ${line} 行`,
  atCell: (sheet, cell) => `工作表“${sheet}”${cell} 单元格`,
  bare: (message) => message.replace(/^第 \d+ 行的?/, ""),
  owedHead: (period) => `催报（${period}）`,
  owed: (name, due, state, others, since) =>
    `${name}：应报期 ${due}，${state}${others.length > 0 ? `（${others.join("、")}）` : ""}，${since}。`,
  never: "此前无已采用的数据",
  upTo: (period) => `此前已报至 ${period}`,
  closing: (returned, owed) =>
    returned && owed
      ? "请于收到本通知后尽快修改、补报。"
      : returned
        ? "请于收到本通知后尽快修改并重新报送。"
        : "请于收到本通知后尽快补报。",
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
  unreadableFile: (file, code, format, message) =>
    code === "xls-format"
      ? `“${file}”, which you sent, is an old Excel 97-2003 workbook (.xls) and cannot be read; none of its figures was taken. Please save it in Excel or WPS as an Excel Workbook (.xlsx) and send it again.`
      : code === "other-format"
        ? `“${file}”, which you sent, is a ${EN_FORMATS[format] ?? format} file and cannot be read; none of its figures was taken. Please save it in WPS or Excel as an Excel Workbook (.xlsx) and send it again.`
        : `“${file}”, which you sent, cannot be read; none of its figures was taken: ${message}`,
  problem: (place, value, message) =>
    `${place}${value === undefined ? "" : `, as sent “${value}”`}: ${message}`,
  atLine: (line) => `Line ${line}`,
  atCell: (sheet, cell) => `Sheet “${sheet}”, cell ${cell}`,
  bare: (message) => {
    const rest = message.replace(/^Line \d+: /, "");
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  },
  owedHead: (period) => `Figures owed (${period})`,
  owed: (name, due, state, others, since) =>
    `${name}: owed for ${due}, ${state}${others.length > 0 ? ` (${others.join(", ")})` : ""}; ${since}.`,
  never: "nothing accepted before",
  upTo: (period) => `accepted up to ${period}`,
  closing: (returned, owed) =>
    returned && owed
      ? "Please correct and send the figures as soon as you receive this notice."
      : returned
        ? "Please correct the file and send it again as soon as you receive this notice."
        : "Please send the figures as soon as you receive this notice.",
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

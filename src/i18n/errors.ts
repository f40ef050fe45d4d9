/**
 * The words of the errors in what a command was given (its options and
 * arguments), in English and Chinese, and the one place an error's words are
 * chosen for the report (`problemWords`). The tables of the other subjects:
 * config-errors.ts, plan-errors.ts, plan-shape.ts, reasons.ts (operating-system errors).
 */
import type { CwplanError } from "../errors.js";
import { PlanError } from "../plan/problems.js";
import { FAIL_ON, type Lang, STATUSES } from "../vocabulary.js";
import { planWords } from "./plan-errors.js";
import { statusLabel } from "./status.js";
import type { Words } from "./words.js";

export { CONFIG_ERRORS } from "./config-errors.js";
export { PLAN_ERRORS } from "./plan-errors.js";
export { READ_REASONS, reason, reasonZh, WRITE_REASONS, writeReason } from "./reasons.js";
export { bilingual, type MessageArgs } from "./words.js";

/**
 * An error's message and hint in a language: a core layer's coded problem
 * through its table, any other error as it was made (with its Chinese).
 */
export function problemWords(e: CwplanError, lang: Lang): { message: string; hint?: string } {
  const w =
    e instanceof PlanError
      ? planWords(e.problem)
      : { message: e.message, ...(e.hint === undefined ? {} : { hint: e.hint }), zh: e.zh };
  if (lang === "zh" && w.zh) {
    const hint = w.zh.hint ?? w.hint;
    return { message: w.zh.message, ...(hint === undefined ? {} : { hint }) };
  }
  return { message: w.message, ...(w.hint === undefined ? {} : { hint: w.hint }) };
}

/** The statuses in Chinese, as a list (the English codes are said as they are written). */
const zhStatuses = (list: readonly string[]) =>
  STATUSES.filter((x) => list.includes(x))
    .map((x) => statusLabel(x, "zh"))
    .join("、");

/** The workbooks a command writes, which go to a file (`-o`). */
export type WorkbookKind = "template" | "results" | "document";
const WORKBOOK_EN: Record<WorkbookKind, string> = {
  template: "an .xlsx template",
  results: "the results workbook",
  document: "a Word document",
};
const WORKBOOK_ZH: Record<WorkbookKind, string> = {
  template: "Excel 填报模板",
  results: "结果工作簿",
  document: "Word 文档",
};

/** Errors in what a command was given: its options and arguments (src/cli). */
const OPTION_EN = {
  badAsOf: (s: string): Words => ({
    message: `--as-of "${s}" is not a date`,
    hint: "write it as YYYY-MM-DD, e.g. --as-of 2025-06-30",
  }),
  badStatus: (s: string): Words => ({
    message: `--status "${s}" names no known status`,
    hint: `use a comma-separated list of ${STATUSES.join(", ")} (or ${zhStatuses(STATUSES)})`,
  }),
  badFailOn: (s: string): Words => ({
    message: `--fail-on "${s}" is not a status it can take`,
    hint: `use one of ${FAIL_ON.join(", ")} (or ${zhStatuses(FAIL_ON)}、不设)`,
  }),
  badMaxErrors: (s: string): Words => ({
    message: `--max-errors "${s}" is not a whole number`,
    hint: "e.g. --max-errors 50",
  }),
  badMeasure: (s: string, count: number): Words => ({
    message: `--measure "${s}" is not a measure number`,
    hint: `measures are numbered 1 to ${count}`,
  }),
  unknownUnit: (name: string, near: string | undefined): Words => ({
    message: `no responsible unit is named "${name}"`,
    hint: `${near ? `did you mean "${near}"? ` : ""}run \`cwplan units\` to list every unit with its names and ids`,
  }),
  unknownSection: (section: string, sections: readonly string[]): Words => ({
    message: `no section is named "${section}"`,
    hint: `sections are ${sections.join(" ")}`,
  }),
  notMeasureOrTarget: (s: string, count: number, near: readonly string[]): Words => ({
    message: `"${s}" is neither a measure number (1–${count}) nor a target id`,
    hint:
      near.length > 0
        ? `did you mean ${near.join(", ")}?`
        : "run `cwplan plan` to list measures and target ids",
  }),
  noFiles: (): Words => ({
    message: "no CSV files given",
    hint: "name the drops (files or folders), or set `drops:` in cwplan.yaml",
  }),
  badPeriod: (s: string | undefined): Words => ({
    message: `--period "${s}" is not a period`,
    hint: "write YYYY-MM (e.g. 2025-06), YYYY-Qn or YYYY",
  }),
  notAMonth: (s: string): Words => ({
    message: `--period "${s}" is not a month`,
    hint: "write a month as YYYY-MM, e.g. --period 2025-07",
  }),
  /** `what`: the workbook, by `WorkbookKind` */
  needsOutput: (what: WorkbookKind): Words => ({
    message: `${WORKBOOK_EN[what]} is a binary file and needs -o FILE`,
    hint:
      what === "document"
        ? "e.g. -o report.docx (a document is never written to the terminal)"
        : "e.g. -o june.xlsx (a workbook is never written to the terminal)",
  }),
  outsideWindow: (period: string, start: string, end: string, baseline: string): Words => ({
    message: `--period ${period} is outside the plan's window`,
    hint: `the plan runs from ${start} to ${end} (baseline rows: ${baseline})`,
  }),
  outputExists: (file: string): Words => ({
    message: `-o ${file}: the file exists and is not empty`,
    hint: "it may be a filled-in drop: choose another name, or pass --force to replace it",
  }),
  outputIsInput: (out: string, input: string): Words => ({
    message: `-o ${out} names an input (${input})`,
    hint: "write the output to another file; an input is never overwritten",
  }),
  /** `reason`: the system's error in words, in this language */
  cannotWrite: (reason: string): Words => ({
    message: `cannot write the output: ${reason}`,
    hint: "-o takes a file in a folder that exists, that you may write to, on a disk with room",
  }),
  /** `message`: the reader's own (not translated) */
  badDropOption: (message: string): Words => ({
    message,
    hint: "--encoding takes utf-8, gb18030 or gbk; --delimiter takes , ; or tab",
  }),
};

const OPTION_ZH: typeof OPTION_EN = {
  badAsOf: (s) => ({
    message: `--as-of "${s}" 不是日期`,
    hint: "请按 YYYY-MM-DD 格式写，如 --as-of 2025-06-30",
  }),
  badStatus: (s) => ({
    message: `--status "${s}" 中有无法识别的状态`,
    hint: `请用逗号分隔，写 ${zhStatuses(STATUSES)} 中的一个或几个（英文 ${STATUSES.join(", ")} 亦可）`,
  }),
  badFailOn: (s) => ({
    message: `--fail-on "${s}" 不是可用的状态`,
    hint: `请写 ${zhStatuses(FAIL_ON)} 或 不设（英文 ${FAIL_ON.join(", ")} 亦可）`,
  }),
  badMaxErrors: (s) => ({ message: `--max-errors "${s}" 不是整数`, hint: "如 --max-errors 50" }),
  badMeasure: (s, count) => ({
    message: `--measure "${s}" 不是措施序号`,
    hint: `措施序号为 1 至 ${count}`,
  }),
  unknownUnit: (name, near) => ({
    message: `没有名为“${name}”的责任单位`,
    hint: `${near ? `是否应为“${near}”？` : ""}运行 cwplan units 可列出全部单位及其名称`,
  }),
  unknownSection: (section, sections) => ({
    message: `没有“${section}”这一部分`,
    hint: `部分为 ${sections.join("、")}，也可写部分标题`,
  }),
  notMeasureOrTarget: (s, count, near) => ({
    message: `“${s}”既不是措施序号（1–${count}），也不是目标编号`,
    hint:
      near.length > 0
        ? `是否应为 ${near.join("、")}？`
        : "运行 cwplan plan 可列出全部措施和目标编号",
  }),
  noFiles: () => ({
    message: "没有指定数据文件",
    hint: "请写出报送的 CSV 文件或文件夹，或在 cwplan.yaml 中设置 drops",
  }),
  badPeriod: (s) => ({
    message: `--period "${s}" 不是报告期`,
    hint: "请写 2025年6月、2025-06、2025年二季度或 2025 这样的形式",
  }),
  notAMonth: (s) => ({
    message: `--period "${s}" 不是月份`,
    hint: "请写 2025-07 或 2025年7月 这样的月份，如 --period 2025-07",
  }),
  needsOutput: (what) => ({
    message: `${WORKBOOK_ZH[what]}是二进制文件，须用 -o 指定文件`,
    hint:
      what === "document"
        ? "如 -o 报告.docx（文档不会输出到终端）"
        : "如 -o 6月.xlsx（工作簿不会输出到终端）",
  }),
  outsideWindow: (period, start, end, baseline) => ({
    message: `--period ${period} 不在方案期内`,
    hint: `方案期为 ${start} 至 ${end}（基期年 ${baseline} 也可填报）`,
  }),
  outputExists: (file) => ({
    message: `-o ${file}：文件已存在且不是空的`,
    hint: "它可能是已填好的报表：请换个文件名，或加 --force 覆盖",
  }),
  outputIsInput: (out, input) => ({
    message: `-o ${out} 指向的是输入文件（${input}）`,
    hint: "请把结果写到另一个文件；输入文件不会被覆盖",
  }),
  cannotWrite: (reason) => ({
    message: `无法写入结果：${reason}`,
    hint: "-o 须指向已存在、有写入权限且有剩余空间的文件夹中的文件",
  }),
  badDropOption: (message) => ({
    message,
    hint: "--encoding 可写 utf-8、gb18030 或 gbk；--delimiter 可写逗号、分号或 tab",
  }),
};

export const OPTION_ERRORS: Record<Lang, typeof OPTION_EN> = { en: OPTION_EN, zh: OPTION_ZH };

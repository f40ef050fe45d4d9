/** Labels of `cwplan report`, in both languages. */
import type { Lang } from "../vocabulary.js";

const en = {
  title: "Monthly report",
  asOf: "as of",
  previous: "previous",
  noPrevious: "no earlier data to compare with",
  targets: "targets",
  headline: "Headline figures",
  target: "Target",
  goal: "Goal",
  latest: "Latest",
  before: "Previous",
  expected: "Expected",
  status: "Status",
  counts: "Status counts",
  now: "Now",
  change: "Change",
  total: "Total",
  changed: "What changed since",
  changedNone: "No target changed status.",
  worse: "Worse",
  better: "Better",
  concerns: "At risk or missed",
  concernsNone: "No target is at risk or missed.",
  units: "Responsible units",
  silent: "Owners that have not reported, for",
  silentHint:
    "figures each owner owes for the month and has not sent (cwplan submissions lists them)",
  silentNone: "Every owner has reported every figure it owes for the month.",
  never: "never reported",
  lastReported: "last reported",
  sep: "; ",
  quality: "Data quality",
  qualityNone: "No findings.",
  errors: "errors",
  warnings: "warnings",
  files: "files",
  every: "every year",
};

export type ReportWords = { [K in keyof typeof en]: string };

const zh: ReportWords = {
  title: "月度调度报告",
  asOf: "评估日",
  previous: "上期",
  noPrevious: "没有更早的数据可比较",
  targets: "个目标",
  headline: "核心指标",
  target: "目标",
  goal: "目标值",
  latest: "最新值",
  before: "上期值",
  expected: "序时应达",
  status: "状态",
  counts: "状态统计",
  now: "本期",
  change: "变化",
  total: "合计",
  changed: "较上期变化，上期评估日",
  changedNone: "没有目标的状态发生变化。",
  worse: "变差",
  better: "好转",
  concerns: "存在风险或未完成的目标",
  concernsNone: "没有存在风险或未完成的目标。",
  units: "责任单位",
  silent: "应报未报的主责单位，报告期",
  silentHint: "各主责单位本月应报而未报的数据（cwplan submissions 可列出催报清单）",
  silentNone: "各主责单位本月应报的数据均已报送。",
  never: "从未报送",
  lastReported: "最近报送",
  sep: "；",
  quality: "数据质量",
  qualityNone: "无问题。",
  errors: "个错误",
  warnings: "个警告",
  files: "个文件",
  every: "每年",
};

export function reportWords(lang: Lang): ReportWords {
  return lang === "zh" ? zh : en;
}

/** What `report` says on stderr once it has written: where, and in one line, what. */
export interface ReportDoneWords {
  wrote: (file: string) => string;
  /** open errors and those a later file corrected */
  findings: (errors: number, corrected: number) => string;
  /** between the counts of targets and of findings */
  sep: string;
}

export const REPORT_DONE: Record<Lang, ReportDoneWords> = {
  zh: {
    wrote: (file) => `已写入 ${file}`,
    findings: (e, c) => `未解决的数据错误 ${e} 条，已更正 ${c} 条`,
    sep: "；",
  },
  en: {
    wrote: (file) => `wrote ${file}`,
    findings: (e, c) => `${e} open data error${e === 1 ? "" : "s"}, ${c} corrected`,
    sep: "; ",
  },
};

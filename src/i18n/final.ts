/** Words of the final evaluation report (终期评估报告), in both languages. */
import type { FinalClass, Lang } from "../vocabulary.js";

/** A class's symbol: the words never rely on colour alone. */
export const CLASS_SYMBOLS: Record<FinalClass, string> = {
  done: "✓",
  nearly: "◐",
  "no-data": "○",
  "not-done": "✗",
};

export const CLASS_LABELS: Record<Lang, Record<FinalClass, string>> = {
  zh: { done: "完成", nearly: "基本完成", "no-data": "无数据", "not-done": "未完成" },
  en: { done: "done", nearly: "nearly done", "no-data": "no data", "not-done": "not done" },
};

/** `✓ 完成`: the symbol and the word. */
export function classText(c: FinalClass, lang: Lang): string {
  return `${CLASS_SYMBOLS[c]} ${CLASS_LABELS[lang][c]}`;
}

const en = {
  titleOf: (plan: string, dryRun: boolean) =>
    `${plan}: final evaluation report (${dryRun ? "dry run" : "draft"})`,
  classCount: (label: string, n: number) => `${n} ${label}`,
  points: (n: string) => `${n} pp`,
  period: "Period",
  dryRun: (asOf: string, end: string) =>
    `Dry run: the evaluation date ${asOf} is before the plan's end ${end} (e.g. a mid-term review); targets are judged on the figures to that date.`,
  asOf: "evaluation date",
  cutOff: "data up to",
  noData: "no data",
  targetCount: (n: number) => `${n} targets`,
  overall: "1. Overall",
  overallSentence: (total: number, parts: string) => `Of ${total} targets: ${parts}.`,
  headline: "Headline indicator",
  bySection: "2. By area of work",
  section: "Area",
  measure: "Measure",
  byUnit: "3. By responsible unit",
  unit: "Responsible unit",
  count: "Targets",
  share: "Share",
  klass: "Class",
  table: "4. Every quantified target",
  no: "No.",
  target: "Target",
  baseline: "Baseline",
  goal: "Target value",
  final: "Final value",
  change: "Change",
  rate: "Completion",
  annual: "5. Annual targets, year by year",
  year: "Year",
  value: "Value",
  milestones: "6. Projects and milestones",
  state: "Final state",
  reasons: "7. Reasons and next steps (targets not done or nearly done)",
  reasonsHint:
    "For the owning unit to fill in: why the target was not fully met, and what it will do next.",
  reasonsColumn: "Reasons and next steps",
  reasonsNone: "Every target is done.",
  appendix: "Appendix: the data",
  files: (n: number, rows: number) => `${n} files read, ${rows} rows accepted.`,
  sources: "Sources of the final figures",
  file: "File",
  reportedBy: "Sent by",
  summed: "sum of the towns' figures",
  revisions: "Revised figures",
  revisionsNone: "No figure was revised.",
  revised: (from: string, to: string, fromFile: string, file: string) =>
    `${from} (${fromFile}) → ${to} (${file})`,
  others: "Figures sent by a unit other than the owner",
  othersNone: "Every final figure was sent by its owner.",
  owner: "Owner",
  refused: "Rows refused",
  refusedNone: "No row was refused.",
  none: "—",
};

export type FinalWords = typeof en;

const zh: FinalWords = {
  titleOf: (plan: string, dryRun: boolean) => `${plan}终期评估报告（${dryRun ? "试算" : "草稿"}）`,
  classCount: (label: string, n: number) => `${label}${n}个`,
  points: (n: string) => `${n}个百分点`,
  period: "报告期",
  dryRun: (asOf: string, end: string) =>
    `本报告为试算（如中期评估）：评估日${asOf}早于规划期末${end}，按截至评估日的数据评价。`,
  asOf: "评估日",
  cutOff: "数据截止",
  noData: "无数据",
  targetCount: (n: number) => `${n}个目标`,
  overall: "一、总体完成情况",
  overallSentence: (total: number, parts: string) => `${total}个目标中，${parts}。`,
  headline: "核心指标",
  bySection: "二、分领域完成情况",
  section: "领域",
  measure: "举措",
  byUnit: "三、分单位完成情况",
  unit: "责任单位",
  count: "目标数",
  share: "占比",
  klass: "评价",
  table: "四、各项量化目标完成情况",
  no: "序号",
  target: "目标",
  baseline: "基期值",
  goal: "目标值",
  final: "终期值",
  change: "变化",
  rate: "完成率",
  annual: "五、年度目标逐年完成情况",
  year: "年度",
  value: "完成值",
  milestones: "六、重点项目完成情况",
  state: "终期状态",
  reasons: "七、未完成和基本完成目标的原因分析及下步打算",
  reasonsHint: "由责任单位填写：未完全完成的原因，以及下一步的打算。",
  reasonsColumn: "原因分析及下步打算",
  reasonsNone: "各项目标均已完成。",
  appendix: "附录：数据说明",
  files: (n: number, rows: number) => `共读取${n}个文件，采用${rows}行数据。`,
  sources: "终期值的数据来源",
  file: "文件",
  reportedBy: "报送单位",
  summed: "各镇街合计",
  revisions: "修订的数据",
  revisionsNone: "没有修订的数据。",
  revised: (from: string, to: string, fromFile: string, file: string) =>
    `${from}（${fromFile}）→ ${to}（${file}）`,
  others: "非主责单位报送的数据",
  othersNone: "终期值均由主责单位报送。",
  owner: "主责单位",
  refused: "被拒绝的数据行",
  refusedNone: "没有被拒绝的数据行。",
  none: "—",
};

export function finalWords(lang: Lang): FinalWords {
  return lang === "zh" ? zh : en;
}

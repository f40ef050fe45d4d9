/** Labels of `cwplan submissions` (and the report's silent-unit section), in both languages. */
import type { Lang } from "../vocabulary.js";

const en = {
  title: "Submissions",
  period: "period",
  fromData: "the latest period in the data",
  given: "as asked",
  owe: "owners have not reported every figure they owe",
  figures: "figures missing",
  allIn: "Every owner has reported every figure it owes for this period.",
  owner: "Owner",
  indicator: "Indicator",
  due: "Owed for",
  last: "last reported",
  never: "never reported",
  cadence: "Reporting",
  targets: "Targets",
  complete: "Reported everything owed",
  nothingDue: "Nothing due this period",
  none: "none",
  monthly: "monthly",
  quarterly: "quarterly",
  annual: "annual",
  colUnitId: "unit id",
  colUnitName: "unit name",
  colIndicator: "indicator",
  colIndicatorName: "indicator name",
  colDue: "owed for",
  colReporting: "reporting",
  colLast: "last reported",
  colTargets: "targets",
} as const;

export type SubmissionWords = { [K in keyof typeof en]: string };

const zh: SubmissionWords = {
  title: "催报清单",
  period: "报告期",
  fromData: "数据中最新的报告期",
  given: "按指定",
  owe: "个主责单位有应报未报的数据",
  figures: "项数据未报",
  allIn: "各主责单位本期应报的数据均已报送。",
  owner: "主责单位",
  indicator: "指标",
  due: "应报期",
  last: "最近报送",
  never: "从未报送",
  cadence: "报送频次",
  targets: "目标",
  complete: "本期已报齐",
  nothingDue: "本期无需报送",
  none: "无",
  monthly: "每月",
  quarterly: "每季度",
  annual: "每年",
  colUnitId: "单位编号",
  colUnitName: "单位名称",
  colIndicator: "指标编号",
  colIndicatorName: "指标名称",
  colDue: "应报期",
  colReporting: "报送频次",
  colLast: "最近报送",
  colTargets: "目标",
};

export function submissionWords(lang: Lang): SubmissionWords {
  return lang === "zh" ? zh : en;
}

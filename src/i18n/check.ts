/** Labels of the check outputs, in both languages. */
import type { FailOn, Lang } from "../vocabulary.js";

const en = {
  title: "Plan check",
  asOf: "as of",
  planWide: "Plan-wide target (General requirements)",
  target: "Target",
  goal: "Goal",
  latest: "Latest",
  expected: "expected",
  progress: "Progress",
  status: "Status",
  daysLeft: "days left",
  summary: "Summary",
  overall: "Overall",
  bySection: "By section",
  byUnit: "By unit",
  byMeasure: "Measures (worst target wins)",
  section: "Section",
  unit: "Unit",
  measure: "Measure",
  worst: "Roll-up",
  role: "Role",
  notes: "Notes",
  files: "Files",
  rows: "rows read",
  valid: "valid",
  invalid: "invalid",
  encoding: "encoding",
  findings: "Data findings",
  noFindings: "no findings",
  targets: "targets",
  history: "Earlier years",
  byArea: "By township",
  area: "Area",
  period: "Period",
  indicator: "Indicator",
  every: "every year",
  failing: "targets at or above",
  exitFail: "fail the run",
  none: "none",
  of: "of",
  // markdown, csv and junit
  failOn: "fail on",
  id: "Id",
  dataSuite: "data",
  fileOk: "no errors",
  colTargetId: "target id",
  colMeasure: "measure",
  colSection: "section",
  colUnitId: "unit id",
  colUnitName: "unit name",
  colRole: "role",
  colStatus: "status",
  colDetail: "detail",
  colValue: "value",
  colPeriod: "period",
  colTarget: "target",
  colUom: "unit",
  colExpected: "expected",
  colDaysLeft: "days left",
  colNotes: "notes",
  colOwner: "owner id",
  owner: "Owner",
  shared: "Shared: another unit owns these; they do not count in this unit's status",
  ownsNone: "owns no target",
  units: "Units (targets each owns)",
  attention: "Needs attention",
  attentionNone: "No target is behind, at risk, missed or without data.",
  worstOwned: "worst",
  sharedCount: "shared",
  details: "full tables: --details",
  headline: "Headline",
  noOwner: "no owner",
  short: "pass|behind|risk|missed|no data",
  attentionHow: "latest → goal · owner",
  onlyShare: "{n} more units only share targets (--details lists them)",
  moreFindings: "… {n} more findings: run `cwplan validate` on the files, or `check --details`",
};

export type CheckWords = { [K in keyof typeof en]: string };

const zh: CheckWords = {
  title: "规划目标检查",
  asOf: "评估日",
  planWide: "总体目标（总体要求）",
  target: "目标",
  goal: "目标值",
  latest: "最新值",
  expected: "序时应达",
  progress: "进度",
  status: "状态",
  daysLeft: "剩余天数",
  summary: "汇总",
  overall: "总体",
  bySection: "按部分",
  byUnit: "按责任单位",
  byMeasure: "按措施（取最差）",
  section: "部分",
  unit: "单位",
  measure: "措施",
  worst: "汇总状态",
  role: "职责",
  notes: "说明",
  files: "文件",
  rows: "读取行数",
  valid: "有效",
  invalid: "无效",
  encoding: "编码",
  findings: "数据问题",
  noFindings: "无问题",
  targets: "个目标",
  history: "往年",
  byArea: "按镇街",
  area: "镇街",
  period: "报告期",
  indicator: "指标",
  every: "每年",
  failing: "个目标达到或超过",
  exitFail: "判定失败",
  none: "无",
  of: "/",
  failOn: "判定失败阈值",
  id: "编号",
  dataSuite: "数据",
  fileOk: "无错误",
  colTargetId: "目标编号",
  colMeasure: "措施序号",
  colSection: "部分",
  colUnitId: "单位编号",
  colUnitName: "单位名称",
  colRole: "职责",
  colStatus: "状态",
  colDetail: "达标情况",
  colValue: "最新值",
  colPeriod: "期别",
  colTarget: "目标值",
  colUom: "计量单位",
  colExpected: "序时应达",
  colDaysLeft: "剩余天数",
  colNotes: "说明",
  colOwner: "主责单位编号",
  owner: "主责单位",
  shared: "配合目标：由其他单位主责，不计入本单位状态",
  ownsNone: "无主责目标",
  units: "各单位（只计主责目标）",
  attention: "需要关注的目标",
  attentionNone: "没有进度滞后、存在风险、未完成或未报送数据的目标。",
  worstOwned: "最差",
  sharedCount: "配合",
  details: "完整表格：--details",
  headline: "核心指标",
  noOwner: "无主责单位",
  short: "达标|滞后|风险|未完成|未报送",
  attentionHow: "最新值 → 目标值 · 主责单位",
  onlyShare: "另有 {n} 个单位只承担配合目标（--details 列出）",
  moreFindings: "…… 另有 {n} 条数据问题：请对文件运行 cwplan validate，或用 check --details",
};

export function checkWords(lang: Lang): CheckWords {
  return lang === "zh" ? zh : en;
}

/** Days to the deadline as a reader says it: 剩余184天, 已超期20天 / 184 days left, 20 days overdue. */
export function daysLeftText(days: number, lang: Lang): string {
  if (lang === "zh") return days >= 0 ? `剩余${days}天` : `已超期${-days}天`;
  return days >= 0 ? `${days} days left` : `${-days} days overdue`;
}

/**
 * The pace P (progress over the share of time elapsed, written as a
 * percentage by the caller) as a reader says it: 序时进度的111% / 111% of
 * pace. JSON keeps P itself.
 */
export function paceWords(percent: string, lang: Lang): string {
  return lang === "zh" ? `序时进度的${percent}` : `${percent} of pace`;
}

/** `--fail-on` in words: a status's label, or never. */
export function failOnWords(
  failOn: FailOn,
  lang: Lang,
  statusWord: (s: Exclude<FailOn, "never">) => string,
): string {
  if (failOn === "never") return lang === "zh" ? "不设" : "never";
  return statusWord(failOn);
}

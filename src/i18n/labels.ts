/** Every label the plan views print, in both languages. */
import type { Lang } from "./lang.js";

const en = {
  measure: "No.",
  section: "Section",
  title: "Measure",
  targets: "Targets",
  units: "Responsible units",
  unit: "Unit",
  aliases: "Also named",
  lead: "lead",
  sole: "sole",
  shared: "shared",
  by: "by",
  everyYear: "every year",
  headline: "General requirements",
  measuresLed: "Measures",
  targetCount: "Targets",
  id: "Id",
  indicator: "Indicator",
  kind: "Kind",
  deadline: "Deadline",
  cadence: "Cadence",
  tolerance: "Tolerance",
  baseline: "Baseline",
  quote: "Quote",
  text: "Original text",
  perArea: "Counts areas with",
  none: "none",
  measuresShown: "measures",
  targetsShown: "targets",
} as const;

type Labels = { [K in keyof typeof en]: string };

const zh: Labels = {
  measure: "序号",
  section: "部分",
  title: "措施",
  targets: "目标",
  units: "责任单位",
  unit: "单位",
  aliases: "别称",
  lead: "牵头",
  sole: "负责",
  shared: "分工负责",
  by: "截至",
  everyYear: "每年",
  headline: "总体要求",
  measuresLed: "措施",
  targetCount: "目标",
  id: "编号",
  indicator: "指标",
  kind: "类型",
  deadline: "期限",
  cadence: "频次",
  tolerance: "容差",
  baseline: "基数",
  quote: "原文",
  text: "原文全文",
  perArea: "计数条件",
  none: "无",
  measuresShown: "项措施",
  targetsShown: "个目标",
};

export function labels(lang: Lang): Labels {
  return lang === "zh" ? zh : en;
}

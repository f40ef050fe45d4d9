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
  owner: "Owner",
  ownerAssigned: "the county's assignment, not the document's words",
  ownerFromLead: "the measure's lead or sole unit (no assignment in the plan)",
  ownerNone: "none (the document names no single unit)",
  owns: "owns",
  sharesOnly: "shares",
  ownedTargets: "Owned",
  sharedTargets: "Shared",
  reporting: "Reporting",
  monthly: "monthly",
  quarterly: "quarterly",
  annual: "annual",
  unitsFoot:
    "{units} units; {owners} own the plan's {owned} targets (a unit's status counts only what it owns)",
};

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
  owner: "主责单位",
  ownerAssigned: "县里的分工指定，非方案原文",
  ownerFromLead: "措施的牵头或负责单位（方案文件未另行指定）",
  ownerNone: "无（原文未指明单一责任单位）",
  owns: "主责",
  sharesOnly: "配合",
  ownedTargets: "主责目标",
  sharedTargets: "配合目标",
  reporting: "报送频次",
  monthly: "每月",
  quarterly: "每季度",
  annual: "每年",
  unitsFoot:
    "共 {units} 个单位；其中 {owners} 个单位主责全部 {owned} 个目标（单位的状态只计主责目标）",
};

/**
 * Punctuation in running text: Chinese text takes full-width marks
 * (部分：三; 县发展和改革局（负责）; 甲、乙), English the ASCII ones.
 */
export const PUNCT: Record<
  Lang,
  {
    colon: string;
    open: string;
    close: string;
    list: string;
    semi: string;
    comma: string;
    /** square brackets: a remark set apart (【…】, [...]) */
    openMark: string;
    closeMark: string;
  }
> = {
  zh: {
    colon: "：",
    open: "（",
    close: "）",
    list: "、",
    semi: "；",
    comma: "，",
    openMark: "【",
    closeMark: "】",
  },
  en: {
    colon: ": ",
    open: " (",
    close: ")",
    list: ", ",
    semi: "; ",
    comma: ", ",
    openMark: " [",
    closeMark: "]",
  },
};

/**
 * Chinese line breaking (禁则): the punctuation that may not start a line and
 * the one that may not end it; the help wraps by them (src/cli/help.ts).
 */
export const NO_LINE_START = "、。，；：）」』！？》";
export const NO_LINE_END = "（「『《";

/** The document's own words, quoted as Chinese quotes them (in either language: they are Chinese). */
export function quoted(text: string): string {
  return `「${text}」`;
}

/** `text` in parentheses, as the language writes them (the English ones after a space). */
export function paren(text: string, lang: Lang): string {
  const p = PUNCT[lang];
  return `${p.open}${text}${p.close}`;
}

/**
 * What a line of Chinese text may not separate from a figure (for wrapping):
 * the characters of its unit (万千瓦, 平方米, 人次 …) or of a date (年 月 日
 * 底), and the words that qualify it (53%左右, 4700人以上).
 */
export const FIGURE_AFFIXES = {
  characters: "万亿千瓦平方米公里人次个户家处所名座条项台辆张床元年月日底％",
  qualifiers: ["左右", "以上", "以下"],
} as const;

export function labelWords(lang: Lang): Labels {
  return lang === "zh" ? zh : en;
}

/** An indicator's kind in words. */
export const KIND_LABELS: Record<Lang, Record<string, string>> = {
  zh: {
    level: "水平值",
    increase: "累计新增",
    annual: "年度累计",
    coverage: "覆盖率",
    eliminate: "清零",
    milestone: "节点任务",
  },
  en: {
    level: "level",
    increase: "increase",
    annual: "annual",
    coverage: "coverage",
    eliminate: "eliminate",
    milestone: "milestone",
  },
};

/** A target's cadence in words. */
export const CADENCE_LABELS: Record<Lang, Record<string, string>> = {
  zh: { "by-deadline": "期限内完成", annual: "每年" },
  en: { "by-deadline": "by the deadline", annual: "every year" },
};

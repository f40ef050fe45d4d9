/**
 * The words of `cwplan plan lint` (src/plan/lint.ts, src/cli/run/lint.ts),
 * in English and Chinese.
 */
import type { LintFinding, LintProblems, Listed, TargetLabel } from "../plan/lint.js";
import type { Lang } from "../vocabulary.js";
import { bilingual, type Words } from "./words.js";

const en = (t: TargetLabel) => `target ${t.id} "${t.name}"`;
const zh = (t: TargetLabel) => `目标 ${t.id}（${t.name}）`;

const LISTED_EN: Record<Listed, string> = {
  indicators: "indicator",
  targets: "target",
  measures: "measure",
};
const LISTED_ZH: Record<Listed, string> = { indicators: "指标", targets: "目标", measures: "措施" };

const LINT_EN = {
  quoteNotInText: (t: TargetLabel, measure: number): Words => ({
    message: `${en(t)}: its quote is not in the text of measure ${measure}`,
    hint: "copy the phrase from the measure's `text` as it is written (`quote` is verbatim)",
  }),
  percentAbove100: (t: TargetLabel, value: number): Words => ({
    message: `${en(t)}: ${value}% is above 100%`,
    hint: "a share is at most 100; is the unit right (个, 万人 rather than %)?",
  }),
  ownerNotInMeasure: (t: TargetLabel, owner: string, measure: number): Words => ({
    message: `${en(t)} is owned by ${owner}, whom measure ${measure} does not name among its units`,
    hint: "check the owner, or add the unit to the measure's `units` (role: shared)",
  }),
  noOwner: (t: TargetLabel): Words => ({
    message: `${en(t)} has no owner: nobody will be asked for its figure`,
    hint: "write `owner:` with the unit that reports it (its name or short form will do)",
  }),
  valueNotInQuote: (t: TargetLabel, value: number): Words => ({
    message: `${en(t)}: the value ${value} is not a number its quote states`,
    hint: "check `value` against the quote (万 and 亿 count: 3.5万 is 35000 or 3.5 in 万…)",
  }),
  unusedIndicator: (name: string): Words => ({
    message: `the indicator "${name}" is used by no target`,
    hint: "delete it, or add the target that uses it",
  }),
  duplicateName: (what: Listed, name: string, first: string): Words => ({
    message: `two ${what} are named "${name}" (the first is ${LISTED_EN[what]} ${first})`,
    hint:
      what === "indicators"
        ? "figures are matched to indicators by name: give each its own"
        : "give each its own name, so that a reader can tell them apart",
  }),
  // the command's own words
  planAction: (given: string): Words => ({
    message: `\`cwplan plan ${given}\`: plan takes no argument but \`lint [FILE]\``,
    hint: "`cwplan plan` lists the plan; `cwplan plan lint plan.yaml` checks a plan file",
  }),
  error: (): Words => ({ message: "error: " }),
  warning: (): Words => ({ message: "warning: " }),
  summary: (errors: number, warnings: number): Words => ({
    message:
      errors === 0 && warnings === 0
        ? "no problems found"
        : `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  }),
};

const LINT_ZH: typeof LINT_EN = {
  quoteNotInText: (t, measure) => ({
    message: `${zh(t)}：摘录的原文不在措施 ${measure} 的正文中`,
    hint: "请从该措施的 `text` 中照原样复制这句话（`quote` 须与原文一字不差）",
  }),
  percentAbove100: (t, value) => ({
    message: `${zh(t)}：${value}% 超过 100%`,
    hint: "比例最大为 100；单位是否应为个、万人等，而不是 %？",
  }),
  ownerNotInMeasure: (t, owner, measure) => ({
    message: `${zh(t)}的责任单位${owner}不在措施 ${measure} 列出的单位中`,
    hint: "请核对责任单位，或把该单位加入措施的 `units`（role: shared）",
  }),
  noOwner: (t) => ({
    message: `${zh(t)}没有责任单位：没有人会被要求报送它的数据`,
    hint: "请写上 `owner:`，填报送该数据的单位（写名称或简称即可）",
  }),
  valueNotInQuote: (t, value) => ({
    message: `${zh(t)}：目标值 ${value} 不是摘录原文中写的数字`,
    hint: "请对照原文核对 `value`（注意万、亿：3.5万 即 35000，或以万为单位的 3.5）",
  }),
  unusedIndicator: (name) => ({
    message: `指标“${name}”没有目标使用`,
    hint: "请删除它，或补上使用它的目标",
  }),
  duplicateName: (what, name, first) => ({
    message: `有两个${LISTED_ZH[what]}都叫“${name}”（前一个是${LISTED_ZH[what]} ${first}）`,
    hint:
      what === "indicators"
        ? "报送的数据按名称对应到指标：请给每个指标不同的名称"
        : "请给每一项不同的名称，便于区分",
  }),
  planAction: (given) => ({
    message: `\`cwplan plan ${given}\`：plan 命令只接受 \`lint [文件]\``,
    hint: "`cwplan plan` 列出方案；`cwplan plan lint plan.yaml` 检查方案文件",
  }),
  error: () => ({ message: "错误：" }),
  warning: () => ({ message: "警告：" }),
  summary: (errors, warnings) => ({
    message:
      errors === 0 && warnings === 0 ? "未发现问题" : `共 ${errors} 个错误，${warnings} 个警告`,
  }),
};

export const LINT_WORDS: Record<Lang, typeof LINT_EN> = { en: LINT_EN, zh: LINT_ZH };

type FindingWords = { [K in keyof LintProblems]: (...args: LintProblems[K]) => Words };

/** A finding of `cwplan plan lint` in both languages: the English message and hint, the Chinese in `zh`. */
export function lintWords(f: LintFinding): { message: string; hint?: string; zh: Words } {
  const table: Record<Lang, FindingWords> = LINT_WORDS;
  return bilingual(table, f.problem.key, ...f.problem.args);
}

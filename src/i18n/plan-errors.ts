/**
 * The words of a plan file's problems (src/plan/problems.ts), in English and
 * Chinese: each is a function of the problem's arguments, giving the message
 * and the hint. The plan layer says what is wrong by key; the words are
 * chosen here, at the edge (`planWords`; its shape problems: plan-shape.ts).
 */
import { firstLine } from "../errors.js";
import type { PlanEntry, PlanFileProblems, PlanProblem, PlanProblems } from "../plan/problems.js";
import type { Lang } from "../vocabulary.js";
import { SHAPE_WORDS } from "./plan-shape.js";
import { reason, reasonZh } from "./reasons.js";
import { bilingual, type Words } from "./words.js";

/** A table of words: one function per problem, taking its arguments. */
type WordsOf<P> = { [K in keyof P]: P[K] extends unknown[] ? (...args: P[K]) => Words : never };
type FileWords = WordsOf<PlanFileProblems>;

/** The hint for a unit the plan does not know: the nearest name, else `otherwise`. */
const unitHint = (near: string | undefined, otherwise: string): string =>
  near ? `did you mean ${near}? A unit may be named by its id, its name or an alias` : otherwise;
const unitHintZh = (near: string | undefined, otherwise: string): string =>
  near ? `是否应为 ${near}？单位可写编号、名称或简称` : otherwise;

const PLAN_EN: FileWords = {
  unreadable: (cause) => ({
    message: `cannot read the plan: ${reason(cause)}`,
    hint: "check the path given to --plan",
  }),
  tooLarge: (size: string | undefined, limit: number): Words => ({
    message:
      size === undefined
        ? `the plan is larger than ${limit} MiB; a plan is at most ${limit} MiB`
        : `the plan file is ${size} MiB; a plan is at most ${limit} MiB`,
    hint: "is this the right file? --plan takes a YAML plan file",
  }),
  notText: (): Words => ({
    message: "the plan file is not text (it contains NUL bytes)",
    hint: "--plan takes a YAML plan file",
  }),
  notYaml: (detail: string): Words => ({
    message: `not valid YAML: ${detail}`,
    hint: "fix the YAML syntax at that place",
  }),
  unsafeText: (code: string): Words => ({
    message: `a text holds the invisible control character U+${code}, which a terminal would obey`,
    hint: "delete it (a plan's texts are printed as they are)",
  }),
  aliasBomb: (cause, max) => ({
    message: `the plan uses too many YAML aliases (${firstLine(reason(cause))})`,
    hint: `a plan may expand at most ${max} aliases; write the values out`,
  }),
  notMapping: (): Words => ({
    message: "the plan is not a YAML mapping of plan sections",
    hint: "a plan file starts with keys such as `plan:`, `policy:`, `measures:`",
  }),
  // what the schema cannot say (src/plan/semantics.ts)
  duplicateId: (what: PlanEntry, id: string, first: string): Words => ({
    message: `${ENTRY_EN[what]} "${id}" is defined twice (also ${first})`,
    hint: "give each one its own id",
  }),
  ambiguousName: (name: string, a: string, b: string): Words => ({
    message: `the name "${name}" belongs to both ${a} and ${b}`,
    hint: "a name or alias may stand for one entry only",
  }),
  badWindow: (start: string, end: string): Words => ({
    message: `the window starts (${start}) after it ends (${end})`,
  }),
  measureUnknownSection: (measure: number, section: string): Words => ({
    message: `measure ${measure} is in section "${section}", which the plan does not list`,
  }),
  unknownUnit: (measure: number, unit: string, near: string | undefined): Words => ({
    message: `measure ${measure} names the unit "${unit}", which is not in \`units\``,
    hint: unitHint(
      near,
      "add it to `units`, or use the id, name or an alias of one of the plan's units",
    ),
  }),
  unknownReporter: (indicator: string, unit: string, near: string | undefined): Words => ({
    message: `indicator ${indicator} accepts figures from "${unit}", which is not in \`units\``,
    hint: unitHint(
      near,
      "use the id, name or an alias of one of the plan's units (see `cwplan units`)",
    ),
  }),
  indicatorNoUnit: (name: string): Words => ({
    message: `the indicator "${name}" has no \`unit\``,
    hint: "write the unit its figures are reported in, like `unit: 万平方米` (a milestone needs none)",
  }),
  targetNoSection: (target: string): Words => ({
    message: `target ${target} has neither a measure nor a \`section\``,
    hint: "write the section it belongs to, like `section: 一`",
  }),
  unknownMeasure: (target: string, measure: number): Words => ({
    message: `target ${target} belongs to measure ${measure}, which the plan does not have`,
  }),
  targetUnknownSection: (target: string, section: string): Words => ({
    message: `target ${target} is in section "${section}", which the plan does not list`,
  }),
  unknownIndicator: (target: string, indicator: string): Words => ({
    message: `target ${target} uses the indicator "${indicator}", which is not in \`indicators\``,
  }),
  milestoneComparator: (target: string): Words => ({
    message: `target ${target} is a milestone: its comparator must be "="`,
  }),
  equalsNotMilestone: (target: string): Words => ({
    message: `target ${target}: "=" is for milestones only`,
  }),
  milestoneValue: (target: string): Words => ({
    message: `target ${target} is a milestone: its value must be a state (done)`,
  }),
  numberValue: (target: string): Words => ({
    message: `target ${target} needs a number as its value`,
  }),
  badPerArea: (target: string, indicator: string): Words => ({
    message: `target ${target} counts areas, but the indicator "${indicator}" is not reported by area`,
    hint: "set `byArea: true` on the indicator",
  }),
  badCadence: (target: string): Words => ({
    message: `target ${target} uses an annual indicator: its cadence must be "annual"`,
  }),
  unknownOwner: (target: string, owner: string, near: string | undefined): Words => ({
    message: `target ${target} is owned by "${owner}", which is not in \`units\``,
    hint: unitHint(
      near,
      "use the id, name or an alias of one of the plan's units (see `cwplan units`)",
    ),
  }),
  missingTolerance: (target: string): Words => ({
    message: `target ${target} is an "approximately" (~) target without a tolerance`,
    hint: "add `tolerance: 0.05` (a fraction of the target value)",
  }),
  relativeTolerance: (target: string): Words => ({
    message: `target ${target} is in percent: its "approximately" (~) tolerance is absolute, in percentage points, not a fraction`,
    hint: "remove `tolerance`; policy.percentTolerance (default 1 point) applies, or set the target's `toleranceAbsolute`",
  }),
  deadlineOutsideWindow: (target: string, deadline: string, start: string, end: string): Words => ({
    message: `target ${target} has the deadline ${deadline}, outside the plan window ${start} to ${end}`,
  }),
  badBaseline: (target: string, date: string): Words => ({
    message: `target ${target}'s baseline (${date}) is after its deadline`,
  }),
};

const PLAN_ZH: FileWords = {
  unreadable: (cause) => ({
    message: `无法读取方案文件：${reasonZh(cause)}`,
    hint: "请检查 --plan 后的路径",
  }),
  tooLarge: (size, limit) => ({
    message:
      size === undefined
        ? `方案文件超过 ${limit} MiB；方案文件最大 ${limit} MiB`
        : `方案文件有 ${size} MiB；方案文件最大 ${limit} MiB`,
    hint: "是不是选错了文件？--plan 后应为 YAML 格式的方案文件",
  }),
  notText: () => ({
    message: "方案文件不是文本文件（含有 NUL 字节）",
    hint: "--plan 后应为 YAML 格式的方案文件",
  }),
  notYaml: (detail) => ({
    message: `方案文件不是有效的 YAML：${detail}`,
    hint: "请修改该处的 YAML 写法",
  }),
  unsafeText: (code) => ({
    message: `文字中含有不可见的控制字符 U+${code}，终端会执行它`,
    hint: "请删除该字符（方案中的文字会原样显示）",
  }),
  aliasBomb: (cause, max) => ({
    // the YAML library's own words, in English
    message: `方案使用的 YAML 别名过多（${firstLine(reason(cause))}）`,
    hint: `方案最多展开 ${max} 个别名；请把值直接写出`,
  }),
  notMapping: () => ({
    message: "方案文件不是由各部分组成的 YAML 映射",
    hint: "方案文件应以 `plan:`、`policy:`、`measures:` 等键开头",
  }),
  duplicateId: (what, id, first) => ({
    message: `${ENTRY_ZH[what]}“${id}”重复定义（另见 ${first}）`,
    hint: "每一项都应有自己的编号",
  }),
  ambiguousName: (name, a, b) => ({
    message: `名称“${name}”同时属于 ${a} 和 ${b}`,
    hint: "一个名称或简称只能指一项",
  }),
  badWindow: (start, end) => ({ message: `方案期的开始日期（${start}）晚于结束日期（${end}）` }),
  measureUnknownSection: (measure, section) => ({
    message: `措施 ${measure} 属于第“${section}”部分，方案中没有这一部分`,
  }),
  unknownUnit: (measure, unit, near) => ({
    message: `措施 ${measure} 列出的单位“${unit}”不在 \`units\` 中`,
    hint: unitHintZh(near, "请把它加入 `units`，或改写为已有单位的编号、名称或简称"),
  }),
  unknownReporter: (indicator, unit, near) => ({
    message: `指标 ${indicator} 的认可报送单位（reporters）“${unit}”不在 \`units\` 中`,
    hint: unitHintZh(near, "请改写为方案中某个单位的编号、名称或简称（见 `cwplan units`）"),
  }),
  indicatorNoUnit: (name) => ({
    message: `指标“${name}”没有写 \`unit\``,
    hint: "请写上报送数据所用的单位，如 `unit: 万平方米`（进度类指标不用写）",
  }),
  targetNoSection: (target) => ({
    message: `目标 ${target} 既没有所属措施，也没有写 \`section\``,
    hint: "请写上它所属的部分，如 `section: 一`",
  }),
  unknownMeasure: (target, measure) => ({
    message: `目标 ${target} 属于措施 ${measure}，方案中没有这项措施`,
  }),
  targetUnknownSection: (target, section) => ({
    message: `目标 ${target} 属于第“${section}”部分，方案中没有这一部分`,
  }),
  unknownIndicator: (target, indicator) => ({
    message: `目标 ${target} 使用的指标“${indicator}”不在 \`indicators\` 中`,
  }),
  milestoneComparator: (target) => ({
    message: `目标 ${target} 是进度类目标：比较方式必须是“=”`,
  }),
  equalsNotMilestone: (target) => ({ message: `目标 ${target}：“=”只用于进度类目标` }),
  milestoneValue: (target) => ({
    message: `目标 ${target} 是进度类目标：目标值必须是进度状态（done）`,
  }),
  numberValue: (target) => ({ message: `目标 ${target} 的目标值应为数字` }),
  badPerArea: (target, indicator) => ({
    message: `目标 ${target} 按镇街计数，但指标“${indicator}”不按镇街统计`,
    hint: "请在该指标上写 `byArea: true`",
  }),
  badCadence: (target) => ({
    message: `目标 ${target} 使用年度指标：其 cadence 必须是“annual”`,
  }),
  unknownOwner: (target, owner, near) => ({
    message: `目标 ${target} 的责任单位“${owner}”不在 \`units\` 中`,
    hint: unitHintZh(near, "请改写为方案中某个单位的编号、名称或简称（见 `cwplan units`）"),
  }),
  missingTolerance: (target) => ({
    message: `目标 ${target} 是“约”（~）目标，但没有写允许误差`,
    hint: "请加上 `tolerance: 0.05`（目标值的比例）",
  }),
  relativeTolerance: (target) => ({
    message: `目标 ${target} 以百分比计：“约”（~）的允许误差是百分点数，不是比例`,
    hint: "请删去 `tolerance`，按 policy.percentTolerance（默认 1 个百分点）判定，或为该目标写 `toleranceAbsolute`",
  }),
  deadlineOutsideWindow: (target, deadline, start, end) => ({
    message: `目标 ${target} 的完成时限 ${deadline} 不在方案期 ${start} 至 ${end} 内`,
  }),
  badBaseline: (target, date) => ({
    message: `目标 ${target} 的基期（${date}）晚于完成时限`,
  }),
};

const ENTRY_EN: Record<PlanEntry, string> = {
  units: "unit id",
  areas: "area id",
  indicators: "indicator id",
  targets: "target id",
  measures: "measure number",
  sections: "section",
};

const ENTRY_ZH: Record<PlanEntry, string> = {
  units: "单位编号",
  areas: "地区编号",
  indicators: "指标编号",
  targets: "目标编号",
  measures: "措施序号",
  sections: "部分",
};

export const PLAN_ERRORS: Record<Lang, WordsOf<PlanProblems>> = {
  en: { ...PLAN_EN, ...SHAPE_WORDS.en },
  zh: { ...PLAN_ZH, ...SHAPE_WORDS.zh },
};

/** A plan's problem in both languages: the English message and hint, the Chinese in `zh`. */
export function planWords(p: PlanProblem): { message: string; hint?: string; zh: Words } {
  return bilingual(PLAN_ERRORS, p.key, ...p.args);
}

/**
 * The words of the errors in a config file (cwplan.yaml) and a plan file,
 * in English and Chinese: each message is a function of its particulars,
 * giving the message and the hint. `said(table, key, …args)` gives both
 * languages, as CwplanError takes them.
 */
import { FAIL_ON, type Lang, STATUSES } from "../vocabulary.js";
import { STATUS_LABELS } from "./vocabulary.js";

interface Words {
  message: string;
  hint?: string;
}

const CONFIG_EN = {
  unreadable: (reason: string): Words => ({
    message: `cannot read the config: ${reason}`,
    hint: "check the path given to --config",
  }),
  notYaml: (detail: string): Words => ({
    message: `not valid YAML: ${detail}`,
    hint: "fix the YAML syntax at that place",
  }),
  notMapping: (keys: string): Words => ({
    message: "the config is not a mapping of settings",
    hint: `write settings as \`key: value\` lines; the keys are ${keys}`,
  }),
  takesText: (key: string): Words => ({
    message: `\`${key}\` takes text`,
    hint: `write \`${key}: …\` with a value`,
  }),
  takesYesNo: (key: string): Words => ({
    message: `\`${key}\` takes true or false`,
    hint: `write \`${key}: true\` or \`${key}: false\``,
  }),
  notOneOf: (key: string, value: string, choices: string): Words => ({
    message: `\`${key}: ${value}\` is not one of ${choices}`,
    hint: `write one of ${choices}`,
  }),
  emptyDrops: (): Words => ({
    message: "`drops` is an empty list",
    hint: "name at least one file or folder",
  }),
  outsideFolder: (key: string, path: string): Words => ({
    message: `\`${key}\` names ${path}, outside the config's folder`,
    hint: "a config names only files under its own folder; give another path on the command line",
  }),
  noFormatCommand: (cmd: string, commands: string): Words => ({
    message: `\`format\` has no command \`${cmd}\``,
    hint: `the commands with formats are ${commands}`,
  }),
  unknownSetting: (key: string, near: string | undefined, keys: string): Words => ({
    message: `unknown setting \`${key}\``,
    hint: near ? `did you mean \`${near}\`?` : `the settings are ${keys}`,
  }),
};

const CONFIG_ZH: typeof CONFIG_EN = {
  unreadable: (reason) => ({
    message: `无法读取配置文件：${reason}`,
    hint: "请检查 --config 后的路径",
  }),
  notYaml: (detail) => ({
    message: `配置文件不是有效的 YAML：${detail}`,
    hint: "请修改该处的 YAML 写法",
  }),
  notMapping: (keys) => ({
    message: "配置文件应当是一组设置项",
    hint: `每行写一项 \`设置名: 值\`；设置名有 ${keys}`,
  }),
  takesText: (key) => ({
    message: `\`${key}\` 应当填一个值`,
    hint: `请写成 \`${key}: …\`，冒号后填上值`,
  }),
  takesYesNo: (key) => ({
    message: `\`${key}\` 应当填 true 或 false`,
    hint: `请写成 \`${key}: true\` 或 \`${key}: false\``,
  }),
  notOneOf: (key, value, choices) => ({
    message: `\`${key}: ${value}\` 不是可选值（${choices}）之一`,
    hint: `请填 ${choices} 中的一个`,
  }),
  emptyDrops: () => ({
    message: "`drops` 是空列表",
    hint: "请至少写一个文件或文件夹",
  }),
  outsideFolder: (key, path) => ({
    message: `\`${key}\` 指向配置文件所在文件夹之外的 ${path}`,
    hint: "配置文件只能指向其所在文件夹内的文件；其他路径请在命令行中给出",
  }),
  noFormatCommand: (cmd, commands) => ({
    message: `\`format\` 中没有命令 \`${cmd}\``,
    hint: `可以设置输出格式的命令有 ${commands}`,
  }),
  unknownSetting: (key, near, keys) => ({
    message: `未知的设置项 \`${key}\``,
    hint: near ? `是不是要写 \`${near}\`？` : `可用的设置项有 ${keys}`,
  }),
};

const PLAN_EN = {
  unreadable: (reason: string): Words => ({
    message: `cannot read the plan: ${reason}`,
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
  aliasBomb: (detail: string, max: number): Words => ({
    message: `the plan uses too many YAML aliases (${detail})`,
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
    hint: near
      ? `did you mean ${near}? A unit may be named by its id, its name or an alias`
      : "add it to `units`, or use the id, name or an alias of one of the plan's units",
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
    hint: near
      ? `did you mean ${near}? A unit may be named by its id, its name or an alias`
      : "use the id, name or an alias of one of the plan's units (see `cwplan units`)",
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

const PLAN_ZH: typeof PLAN_EN = {
  unreadable: (reason) => ({
    message: `无法读取方案文件：${reason}`,
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
  aliasBomb: (detail, max) => ({
    message: `方案使用的 YAML 别名过多（${detail}）`,
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
    hint: near
      ? `是否应为 ${near}？单位可写编号、名称或简称`
      : "请把它加入 `units`，或改写为已有单位的编号、名称或简称",
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
    hint: near
      ? `是否应为 ${near}？单位可写编号、名称或简称`
      : "请改写为方案中某个单位的编号、名称或简称（见 `cwplan units`）",
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

/** The kinds of entry whose ids must be unique. */
export type PlanEntry = "units" | "areas" | "indicators" | "targets" | "measures" | "sections";

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

export const CONFIG_ERRORS: Record<Lang, typeof CONFIG_EN> = { en: CONFIG_EN, zh: CONFIG_ZH };
export const PLAN_ERRORS: Record<Lang, typeof PLAN_EN> = { en: PLAN_EN, zh: PLAN_ZH };

/** The arguments each message of a table takes: `{ notYaml: [detail: string], ... }`. */
export type MessageArgs<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Words ? A : never;
};

/**
 * A message in both languages, as CwplanError takes it: the English message
 * and hint, and the Chinese in `zh`. (The table's type is written from the
 * arguments' so that `table[lang][key]` takes `args` whatever the key.)
 */
export function said<A extends Record<string, unknown[]>, K extends keyof A & string>(
  table: Record<Lang, { [P in keyof A]: (...args: A[P]) => Words }>,
  key: K,
  ...args: A[K]
): { message: string; hint?: string; zh: Words } {
  const call = (lang: Lang) => table[lang][key](...args);
  const en = call("en");
  return { ...en, zh: call("zh") };
}

/** Operating-system errors in words, by errno code (src/errors.ts: reason, reasonZh). */
const CODE_ZH: Readonly<Record<string, string>> = {
  ENOENT: "文件不存在",
  EISDIR: "这是一个文件夹",
  EACCES: "没有权限",
  EPERM: "没有权限",
  ENOSPC: "磁盘已满",
  EDQUOT: "磁盘配额已用完",
  EIO: "读写出错（磁盘或网络故障）",
  EROFS: "文件系统是只读的",
  EFBIG: "文件超过文件系统允许的大小",
};

/** An error while reading, by errno code; another code is said by its own message. */
export const READ_REASONS: Record<Lang, Readonly<Record<string, string>>> = {
  en: {
    ENOENT: "no such file",
    EISDIR: "it is a folder",
    EACCES: "permission denied",
  },
  zh: CODE_ZH,
};

/** An error while writing, by errno code (src/errors.ts: writeReason, reasonZh). */
export const WRITE_REASONS: Record<Lang, Readonly<Record<string, string>>> = {
  en: {
    ENOENT: "its folder does not exist",
    ENOSPC: "the disk is full (no space left on the device)",
    EDQUOT: "the disk quota is used up",
    EIO: "an input/output error (a disk or network fault)",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "the file system is read-only",
    EISDIR: "it is a folder",
    EPIPE: "the reader closed the pipe",
    EFBIG: "the file is too large for the file system",
  },
  zh: { ...CODE_ZH, ENOENT: "所在文件夹不存在" },
};

/** The statuses in Chinese, as a list (the English codes are said as they are written). */
const zhStatuses = (list: readonly string[]) =>
  STATUSES.filter((x) => list.includes(x))
    .map((x) => STATUS_LABELS.zh[x])
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

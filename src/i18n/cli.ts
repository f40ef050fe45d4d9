/**
 * The command line's own words: help text (descriptions of the program, its
 * commands, options and arguments, commander's headings) and commander's
 * usage errors, in English and Chinese. The help is keyed by what it
 * describes: `option.<key>` for an option (src/cli/options.ts), `command.<name>`
 * for a command (src/cli/commands/), `argument.<what>` for an argument, and
 * `<command>.<option>` or `option.<key>.<variant>` where one command words an
 * option its own way. test/cli/help.test.ts fails on a key no command uses.
 */
import type { Lang } from "../vocabulary.js";

const HELP_EN = {
  program: "Check the Chengwu County urbanization plan's targets against reported figures",
  version: "output the version number",
  help: "display help for command",
  // global options
  "option.plan": "use this plan file instead of the embedded Chengwu plan",
  "option.config": "use this config file instead of the nearest cwplan.yaml",
  "option.lang":
    "language of labels and messages: zh or en (default: cwplan.yaml, then LANG, then the system's)",
  "option.color": "force colour on",
  "option.noColor": "turn colour off",
  "option.debug": "show a stack trace for unexpected errors",
  // commands
  "command.plan": "list measures and their targets; `plan lint FILE` checks a plan file",
  "command.units":
    "list every unit: the measures naming it, the targets it owns, how many it shares",
  "command.show": "everything about one measure or target, the original text included",
  "command.validate": "validate data drops against the plan and the row schema",
  "command.template": "a CSV or .xlsx form ready to fill in: one row per indicator (and area)",
  "command.check": "classify every target as pass / behind / at-risk / missed / no-data",
  "command.submissions": "催报: which owners have not reported which figures they owe for a month",
  "command.notices":
    "a plain-text notice per unit: rows returned for correction (退回) and figures owed (催报)",
  "command.report":
    "the monthly meeting's report: headline, changes, targets at risk, who has not reported",
  "command.config": "print the settings in force and where each comes from (cwplan.yaml, options)",
  "command.init":
    "start a project: cwplan.yaml, plan.yaml (drafted from the plan's text, or a skeleton), drops/, 使用说明.md",
  "command.draft":
    "draft a plan file from a plan's text (.txt, .docx, .html, .pdf); every guess is marked 待确认",
  // arguments
  "argument.show": "a measure number (1–27) or a target id",
  "argument.draft":
    "the plan's text: .txt (UTF-8 or GB18030), .docx, .html saved from a site, or .pdf",
  "argument.init": "the project's folder (default: the current folder)",
  "argument.plan":
    "lint [FILE]: check a plan file (FILE, else --plan) and list every problem, file:line:col",
  "argument.files": "CSV or .xlsx files, or folders of them (default: drops in cwplan.yaml)",
  "argument.drops":
    "CSV or .xlsx drops, or folders of them (every .csv and .xlsx inside; default: drops in cwplan.yaml)",
  "argument.csvDrops":
    "CSV drops, or folders of them (every .csv inside; default: drops in cwplan.yaml)",
  // command options
  "option.section": "only this section (一 … 七, or its title)",
  "option.measure": "only this measure",
  "option.unit": "only the targets of this unit (any name, alias or id)",
  "option.encoding": "the drops' encoding: utf-8, gb18030 or gbk (default: detected)",
  "option.delimiter": "the drops' delimiter: , ; or tab (default: detected)",
  "option.maxErrors": "keep at most this many findings about rows, across all files and formats",
  "option.sheet": "in .xlsx drops, read this sheet (default: the first with a header)",
  "option.recursive": "in folders, read the subfolders too",
  "option.output": "write the output to a file",
  "option.period": "the period to fill in (default: this month)",
  "option.bom": "start with the UTF-8 byte-order mark that Excel needs",
  "option.bom.csv": "with --format csv: start with the UTF-8 byte-order mark",
  "option.force": "with -o: replace a file that exists (it may be a filled-in drop)",
  "option.asOf": "judge as of this date, YYYY-MM-DD (default: the latest observation)",
  "option.status":
    "only targets with these statuses, in Chinese or English, e.g. 进度滞后,存在风险 or behind,at-risk",
  "option.failOn":
    "exit 1 when a target is at or above this status (behind, at-risk, missed, no-data, never; or 进度滞后, 存在风险 …)",
  "option.byArea": "add a table per township for indicators reported by area",
  "option.previous": "compare with this older drop (default: the date before)",
  "option.final":
    "the final evaluation before the plan's end, e.g. a mid-term dry run (on by itself from the plan's end)",
  "option.details": "table format: the full per-unit tables instead of the one screen",
  "option.shared": "with --unit: also the indicators of targets it only shares",
  "option.baseline":
    "the baseline form: the year before the plan (2023) for every indicator judged from a baseline, per area where reported by area",
  "option.format": "output format",
  // options worded for one command
  "plan.unit": "only measures of this unit (any name, alias or id)",
  "template.unit": "only the indicators this unit owns",
  "template.output": "write the template to a file",
  "draft.output": "write the drafted plan to a file (plan.yaml)",
  "baseline.asOf": "the date the old plan's figures are taken as of, YYYY-MM-DD (e.g. 2025-12-31)",
  "baseline.output": "write the baseline rows to a CSV file (baselines.csv)",
  "option.from": "the folder of the old plan's drops",
  "option.fromPlan":
    "the plan those drops were reported under: chengwu (the bundled plan, the default) or a plan file",
  "command.baseline":
    "an old plan's last accepted figures as baseline rows of the new plan (--plan), each with where it came from",
  "init.force": "replace cwplan.yaml, plan.yaml and 使用说明.md where they exist",
  "option.fromText": "draft plan.yaml from the plan's text (.txt, .docx, .html, .pdf)",
  "option.unitsFrom":
    "reuse the units and areas of another plan: chengwu (the bundled plan) or a plan file",
  "check.unit": "only the targets this unit owns or shares (any name, alias or id)",
  "check.measure": "only the targets of this measure",
  "submissions.period": "the month, YYYY-MM (default: the latest period in the data)",
  "submissions.output": "write the list to a file",
  "notices.output": "write one .txt per unit into this folder",
  "report.asOf": "report as of this date (default: the latest observation)",
  "report.output": "write the report to a file",
} as const;

/** A help text's key. */
export type HelpKey = keyof typeof HELP_EN;

const HELP_ZH: Record<HelpKey, string> = {
  program: "对照成武县新型城镇化建设行动提升方案的目标，检查各单位报送的数据",
  version: "显示版本号",
  help: "显示命令的帮助",
  "option.plan": "使用指定的方案文件，而不是内置的成武县方案",
  "option.config": "使用指定的配置文件，而不是最近的 cwplan.yaml",
  "option.lang":
    "界面和提示的语言：zh（中文）或 en（英文）（默认依次取 cwplan.yaml、LANG 环境变量、系统语言）",
  "option.color": "强制使用颜色",
  "option.noColor": "不使用颜色",
  "option.debug": "出现意外错误时显示调用栈",
  "command.plan": "列出各项措施及其目标；`plan lint 文件` 检查方案文件",
  "command.units": "列出每个单位：涉及的措施、负责的目标、参与的目标数",
  "command.show": "查看一项措施或一个目标的全部信息，含方案原文",
  "command.validate": "按方案和填报格式校验各单位报送的数据",
  "command.template": "生成待填报的 CSV 或 .xlsx 模板：每个指标（及镇街）一行",
  "command.check": "逐项判定目标状态：达标/序时推进、进度滞后、存在风险、未完成、未报送",
  "command.submissions": "催报：某月哪些责任单位还有哪些数据没报",
  "command.notices": "每个单位一份纯文本通知：退回修改的数据（退回）和应报未报的数据（催报）",
  "command.report": "生成月度调度会材料：核心指标、变化情况、存在风险的目标、未报送单位",
  "command.config": "显示当前生效的设置及其来源（cwplan.yaml、命令行选项等）",
  "command.init":
    "新建项目：cwplan.yaml、plan.yaml（从方案原文起草，或一个带注释的样例）、drops/ 和 使用说明.md",
  "command.draft": "从方案原文（.txt、.docx、.html、.pdf）起草方案文件，推测之处标“待确认”",
  "argument.show": "措施序号（1–27）或目标编号",
  "argument.draft": "方案原文：.txt（UTF-8 或 GB18030）、.docx、网站另存的 .html 或 .pdf",
  "argument.init": "项目文件夹（默认为当前文件夹）",
  "argument.plan":
    "lint [文件]：检查方案文件（该文件，否则 --plan 指定的方案），逐条列出问题及其位置",
  "argument.files": "CSV 或 .xlsx 文件，或其所在文件夹（默认取 cwplan.yaml 中的 drops）",
  "argument.drops":
    "报送的 CSV 或 .xlsx 文件，或其所在文件夹（读取其中每个 .csv 和 .xlsx；默认取 cwplan.yaml 中的 drops）",
  "argument.csvDrops":
    "报送的 CSV 文件或其所在文件夹（读取其中每个 .csv；默认取 cwplan.yaml 中的 drops）",
  "option.section": "只看这一部分（一至七，或部分标题）",
  "option.measure": "只看这一项措施",
  "option.unit": "只看这个单位的目标（全称、简称或编号均可）",
  "option.encoding": "数据文件的编码：utf-8、gb18030 或 gbk（默认自动识别）",
  "option.delimiter": "数据文件的分隔符：逗号、分号或制表符（默认自动识别）",
  "option.maxErrors": "数据问题最多列出的条数（所有文件合计）",
  "option.sheet": "读取 .xlsx 文件中的这张工作表（默认取第一张有表头的）",
  "option.recursive": "读取文件夹时，子文件夹也一并读取",
  "option.output": "把结果写入文件",
  "option.period": "填报的报告期（默认本月）",
  "option.bom": "在文件开头写入 UTF-8 字节顺序标记（BOM），Excel 打开时中文不乱码",
  "option.bom.csv": "与 --format csv 同用：在文件开头写入 UTF-8 字节顺序标记（BOM）",
  "option.force": "与 -o 同用：覆盖已有文件（注意它可能是已填好的报表）",
  "option.asOf": "按这一天评估，格式 YYYY-MM-DD（默认取最新数据的日期）",
  "option.status": "只看这些状态的目标，中英文均可，如 进度滞后,存在风险 或 behind,at-risk",
  "option.failOn":
    "有目标达到或超过这一状态时以代码 1 退出（进度滞后、存在风险、未完成、未报送、不设，或英文 behind、at-risk …）",
  "option.byArea": "分镇（街道）报送的指标，每个镇街加一张表",
  "option.previous": "与这份较早的数据比较（默认取上一个评估日）",
  "option.final":
    "在规划期末之前也生成终期评估（如中期评估试算；评估日在规划期末及以后时自动生成）",
  "option.details": "表格格式下：按单位列出完整表格，而不是一屏摘要",
  "option.shared": "与 --unit 同用：也列出它参与的目标的指标",
  "option.baseline":
    "基期值填报表：规划开始前一年（2023年）各需基期值的指标，按地区报送的分地区列出",
  "option.format": "输出格式",
  "plan.unit": "只看这个单位的措施（全称、简称或编号均可）",
  "template.unit": "只列这个单位负责的指标",
  "template.output": "把模板写入文件",
  "draft.output": "把起草的方案写入文件（plan.yaml）",
  "baseline.asOf": "取旧方案数据的截止日期，格式 YYYY-MM-DD（如 2025-12-31）",
  "baseline.output": "把基期数据写入 CSV 文件（baselines.csv）",
  "option.from": "旧方案报送文件所在的文件夹",
  "option.fromPlan": "这些文件所依据的方案：chengwu（内置的成武县方案，默认）或方案文件",
  "command.baseline": "把旧方案最后一期有效数据转成新方案（--plan）的基期数据，逐行注明来源",
  "init.force": "覆盖已有的 cwplan.yaml、plan.yaml 和 使用说明.md",
  "option.fromText": "从方案原文（.txt、.docx、.html、.pdf）起草 plan.yaml",
  "option.unitsFrom": "沿用另一方案的单位和镇街：chengwu（内置的成武县方案）或方案文件",
  "check.unit": "只看这个单位负责或参与的目标（全称、简称或编号均可）",
  "check.measure": "只看这一项措施的目标",
  "submissions.period": "月份，格式 YYYY-MM（默认取数据中最新的报告期）",
  "submissions.output": "把名单写入文件",
  "notices.output": "每个单位一份 .txt，写入这个文件夹",
  "report.asOf": "按这一天出材料（默认取最新数据的日期）",
  "report.output": "把材料写入文件",
};

/** Every help text, by language and key. */
export const HELP: Readonly<Record<Lang, Readonly<Record<HelpKey, string>>>> = {
  en: HELP_EN,
  zh: HELP_ZH,
};

/** A help text in the language asked for. */
export function helpText(key: HelpKey, lang: Lang): string {
  return HELP[lang][key];
}

/** commander's headings and placeholders, in Chinese. */
export const HELP_TITLES_ZH: Readonly<Record<string, string>> = {
  "Usage:": "用法：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Arguments:": "参数：",
  "Global Options:": "全局选项：",
};

/** A usage line with commander's [options] and [command] in the language asked for. */
export function placeholders(line: string, lang: Lang): string {
  return lang === "zh" ? line.replace("[options]", "[选项]").replace("[command]", "[命令]") : line;
}

/** "(choices: …)", "(default: …)" after an option's description. */
export function helpExtras(
  lang: Lang,
  choices: readonly string[] | undefined,
  dflt: string | undefined,
): string {
  const parts: string[] = [];
  if (lang === "zh") {
    if (choices) parts.push(`可选：${choices.join("、")}`);
    if (dflt !== undefined) parts.push(`默认：${dflt}`);
    return parts.length ? `（${parts.join("；")}）` : "";
  }
  if (choices) parts.push(`choices: ${choices.map((c) => JSON.stringify(c)).join(", ")}`);
  if (dflt !== undefined) parts.push(`default: ${JSON.stringify(dflt)}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/** The line after a usage error. */
export function helpAfterError(command: string | undefined, lang: Lang): string {
  const run = command ? `cwplan ${command} --help` : "cwplan --help";
  return lang === "zh" ? `（运行 ${run} 查看用法）` : `(run \`${run}\` for usage)`;
}

const ERRORS_ZH: [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/, "错误：没有选项 '$1'"],
  [/^error: unknown command '(.+?)'/, "错误：没有命令 '$1'"],
  [/^error: missing required argument '(.+?)'/, "错误：缺少参数 '$1'"],
  [/^error: option '(.+?)' argument missing/, "错误：选项 '$1' 缺少取值"],
  [
    /^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\./,
    "错误：选项 '$1' 的取值 '$2' 无效，可选：$3。",
  ],
  [
    /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./,
    "错误：参数过多（应为 $2 个，实际 $3 个）。",
  ],
  [/\(Did you mean one of (.+)\?\)/, "（是否要输入以下之一：$1？）"],
  [/\(Did you mean (.+)\?\)/, "（是否要输入 $1？）"],
];

/** One of commander's usage errors in the language asked for. */
export function commanderError(message: string, lang: Lang): string {
  if (lang !== "zh") return message;
  let out = message;
  for (const [re, zh] of ERRORS_ZH) out = out.replace(re, zh);
  return out;
}

/** "error", "hint", "N errors" for the errors cwplan reports. */
export function errorWords(lang: Lang): {
  error: string;
  hint: string;
  count: (n: number) => string;
  bug: string;
} {
  return lang === "zh"
    ? {
        error: "错误：",
        hint: "  提示：",
        count: (n) => `共 ${n} 个错误`,
        bug: "  （这是 cwplan 的缺陷；请加 --debug 重新运行查看详情，并报告给开发人员）",
      }
    : {
        error: "error: ",
        hint: "  hint: ",
        count: (n) => `${n} errors`,
        bug: "  (this is a bug in cwplan; run again with --debug for details and report it)",
      };
}

/** `cwplan config`'s words (src/format/config.ts). */
export const CONFIG_WORDS = {
  zh: {
    file: "配置文件",
    none: "（未找到 cwplan.yaml，使用默认设置）",
    setting: "设置",
    value: "取值",
    from: "来源",
    option: (o: string) => `命令行 ${o}`,
    env: (n: string, v: string) => `环境变量 ${n}=${v}`,
    system: (l: string) => `系统语言 ${l}`,
    default: "默认",
    embedded: "内置成武县方案",
    noDrops: "（未设置：须在命令行指定）",
    inForce: (file: string, plan: string | undefined) =>
      `配置文件：${file} · 方案：${plan ?? "内置成武县方案"}`,
    ignoredInInput: (file: string, input: string) =>
      `警告：配置文件 ${file} 在作为输入的文件夹 ${input} 中，随报送数据而来，未使用（方案、输出格式、--fail-on 等均按默认或命令行）。如需使用，请用 --config 指定。`,
  },
  en: {
    file: "config file",
    none: "(no cwplan.yaml found; defaults in force)",
    setting: "setting",
    value: "value",
    from: "from",
    option: (o: string) => `command line ${o}`,
    env: (n: string, v: string) => `environment ${n}=${v}`,
    system: (l: string) => `the system's locale ${l}`,
    default: "default",
    embedded: "the embedded Chengwu plan",
    noDrops: "(not set: name them on the command line)",
    inForce: (file: string, plan: string | undefined) =>
      `config: ${file} · plan: ${plan ?? "the embedded Chengwu plan"}`,
    ignoredInInput: (file: string, input: string) =>
      `warning: config ${file} lies inside ${input}, a folder given as input: it came with the data and was not used (plan, format, --fail-on and the rest are the defaults or the command line's). To use it, name it with --config.`,
  },
} as const;

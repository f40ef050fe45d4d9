/**
 * The command line's own words in Chinese: help text (descriptions of the
 * program, its commands, options and arguments, commander's headings) and
 * commander's usage errors. The English text, declared with each option in
 * src/cli/options.ts and each command in src/cli/main.ts, is the key (a
 * message catalogue, as gettext keeps one); test/cli/help.test.ts proves that
 * every description has its Chinese.
 */
import type { Lang } from "../vocabulary.js";

export const HELP_ZH: Readonly<Record<string, string>> = {
  // the program
  "Check the Chengwu County urbanization plan's targets against reported figures":
    "对照成武县新型城镇化建设行动提升方案的目标，检查各单位报送的数据",
  "output the version number": "显示版本号",
  "display help for command": "显示命令的帮助",
  // global options
  "use this plan file instead of the embedded Chengwu plan":
    "使用指定的方案文件，而不是内置的成武县方案",
  "use this config file instead of the nearest cwplan.yaml":
    "使用指定的配置文件，而不是最近的 cwplan.yaml",
  "language of labels and messages: zh or en (default: cwplan.yaml, then LANG, then the system's)":
    "界面和提示的语言：zh（中文）或 en（英文）（默认依次取 cwplan.yaml、LANG 环境变量、系统语言）",
  "force colour on": "强制使用颜色",
  "turn colour off": "不使用颜色",
  "show a stack trace for unexpected errors": "出现意外错误时显示调用栈",
  // commands
  "list measures and their targets": "列出各项措施及其目标",
  "list every responsible unit with the measures and targets it leads or shares":
    "列出每个责任单位牵头或参与的措施和目标",
  "everything about one measure or target, the original text included":
    "查看一项措施或一个目标的全部信息，含方案原文",
  "validate data drops against the plan and the row schema": "按方案和填报格式校验各单位报送的数据",
  "print a CSV ready to fill in: one row per indicator": "生成待填报的 CSV 模板：每个指标一行",
  "classify every target as pass / behind / at-risk / missed / no-data":
    "逐项判定目标状态：达标/序时推进、进度滞后、存在风险、未完成、未报送",
  "the monthly meeting's report: headline, changes, targets at risk, silent units":
    "生成月度调度会材料：核心指标、变化情况、存在风险的目标、未报送单位",
  "print the settings in force and where each comes from (cwplan.yaml, options)":
    "显示当前生效的设置及其来源（cwplan.yaml、命令行选项等）",
  // arguments
  "a measure number (1–27) or a target id": "措施序号（1–27）或目标编号",
  "CSV files, or folders of them (default: drops in cwplan.yaml)":
    "CSV 文件或其所在文件夹（默认取 cwplan.yaml 中的 drops）",
  "CSV drops, or folders of them (every .csv inside; default: drops in cwplan.yaml)":
    "报送的 CSV 文件或其所在文件夹（读取其中每个 .csv；默认取 cwplan.yaml 中的 drops）",
  // command options
  "only this section (一 … 七, or its title)": "只看这一部分（一至七，或部分标题）",
  "only this measure": "只看这一项措施",
  "only the targets of this measure": "只看这一项措施的目标",
  "only the targets of this unit (any name, alias or id)":
    "只看这个单位的目标（全称、简称或编号均可）",
  "only measures of this unit (any name, alias or id)":
    "只看这个单位的措施（全称、简称或编号均可）",
  "only the targets of this unit": "只列这个单位的目标",
  "the drops' encoding: utf-8, gb18030 or gbk (default: detected)":
    "数据文件的编码：utf-8、gb18030 或 gbk（默认自动识别）",
  "the drops' delimiter: , ; or tab (default: detected)":
    "数据文件的分隔符：逗号、分号或制表符（默认自动识别）",
  "keep at most this many findings about rows, across all files and formats":
    "数据问题最多列出的条数（所有文件合计）",
  "write the output to a file": "把结果写入文件",
  "write the template to a file": "把模板写入文件",
  "write the report to a file": "把材料写入文件",
  "the period to fill in (default: this month)": "填报的报告期（默认本月）",
  "start with the UTF-8 byte-order mark that Excel needs":
    "在文件开头写入 UTF-8 字节顺序标记（BOM），Excel 打开时中文不乱码",
  "with --format csv: start with the UTF-8 byte-order mark":
    "与 --format csv 同用：在文件开头写入 UTF-8 字节顺序标记（BOM）",
  "with -o: replace a file that exists (it may be a filled-in drop)":
    "与 -o 同用：覆盖已有文件（注意它可能是已填好的报表）",
  "judge as of this date, YYYY-MM-DD (default: the latest observation)":
    "按这一天评估，格式 YYYY-MM-DD（默认取最新数据的日期）",
  "report as of this date (default: the latest observation)":
    "按这一天出材料（默认取最新数据的日期）",
  "only targets with these statuses, in Chinese or English, e.g. 进度滞后,存在风险 or behind,at-risk":
    "只看这些状态的目标，中英文均可，如 进度滞后,存在风险 或 behind,at-risk",
  "exit 1 when a target is at or above this status (behind, at-risk, missed, no-data, never; or 进度滞后, 存在风险 …)":
    "有目标达到或超过这一状态时以代码 1 退出（进度滞后、存在风险、未完成、未报送、不设，或英文 behind、at-risk …）",
  "add a table per township for indicators reported by area":
    "分镇（街道）报送的指标，每个镇街加一张表",
  "compare with this older drop (default: the date before)":
    "与这份较早的数据比较（默认取上一个评估日）",
  "output format": "输出格式",
  "in .xlsx drops, read this sheet (default: the first with a header)":
    "读取 .xlsx 文件中的这张工作表（默认取第一张有表头的）",
  "in folders, read the subfolders too": "读取文件夹时，子文件夹也一并读取",
  "CSV or .xlsx files, or folders of them (default: drops in cwplan.yaml)":
    "CSV 或 .xlsx 文件，或其所在文件夹（默认取 cwplan.yaml 中的 drops）",
  "a CSV or .xlsx form ready to fill in: one row per indicator (and area)":
    "生成待填报的 CSV 或 .xlsx 模板：每个指标（及镇街）一行",
  "CSV or .xlsx drops, or folders of them (every .csv and .xlsx inside; default: drops in cwplan.yaml)":
    "报送的 CSV 或 .xlsx 文件，或其所在文件夹（读取其中每个 .csv 和 .xlsx；默认取 cwplan.yaml 中的 drops）",
  "list every unit: the measures naming it, the targets it owns, how many it shares":
    "列出每个单位：涉及的措施、负责的目标、参与的目标数",
  "only the indicators this unit owns": "只列这个单位负责的指标",
  "with --unit: also the indicators of targets it only shares":
    "与 --unit 同用：也列出它参与的目标的指标",
  "only the targets this unit owns or shares (any name, alias or id)":
    "只看这个单位负责或参与的目标（全称、简称或编号均可）",
  "table format: the full per-unit tables instead of the one screen":
    "表格格式下：按单位列出完整表格，而不是一屏摘要",
  "催报: which owners have not reported which figures they owe for a month":
    "催报：某月哪些责任单位还有哪些数据没报",
  "the month, YYYY-MM (default: the latest period in the data)":
    "月份，格式 YYYY-MM（默认取数据中最新的报告期）",
  "write the list to a file": "把名单写入文件",
  "the monthly meeting's report: headline, changes, targets at risk, who has not reported":
    "生成月度调度会材料：核心指标、变化情况、存在风险的目标、未报送单位",
};

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

/** English help texts asked for in Chinese that have no Chinese yet (for the coverage test). */
export const UNTRANSLATED = new Set<string>();

/** A help text in the language asked for (English is the key). */
export function helpText(en: string, lang: Lang): string {
  if (lang !== "zh" || en === "") return en;
  const zh = HELP_ZH[en];
  if (zh === undefined) UNTRANSLATED.add(en);
  return zh ?? en;
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
  },
} as const;

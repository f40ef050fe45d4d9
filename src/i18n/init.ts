/**
 * The words of `cwplan init`: the files it writes for a new project (the
 * skeleton plan's comments and example content, the config, 使用说明.md)
 * and what it says, in Chinese and English. The example plan's content is
 * Chinese whatever the language: a plan is written in Chinese.
 */
import type { Lang } from "../vocabulary.js";

/** The guide's file name, as the issue names it. */
export const GUIDE_FILE = "使用说明.md";

/**
 * The two units the skeleton's measure names (by `ref`), added when the
 * reused units have no such body.
 */
export const SKELETON_UNITS = [
  { id: "housing", name: "县住房和城乡建设局", aliases: ["县住建局"], ref: "县住建局" },
  { id: "water", name: "县水务局", aliases: ["县水利局"], ref: "县水务局" },
];

/** The skeleton plan's parts before `units:` and after it, around the units and areas. */
export function skeletonHead(lang: Lang): string {
  const c =
    lang === "zh"
      ? [
          "方案文件：把方案原文中的量化目标写成数据。各字段的写法见 docs/plan-format.md。",
          "英文名称（en）、policy、areas 都可以不写；单位可写编号、全称或简称。",
          "改完后运行 cwplan plan lint 检查，再运行 cwplan template 生成报表模板。",
          "方案名称、文号、发文机关、成文日期和方案期",
          "方案的部分（一、二、……）",
          "责任单位：编号（小写字母、数字和 -）、全称、简称",
        ]
      : [
          "The plan file: the plan's quantified targets as data. docs/plan-format.md describes every field.",
          "English names (en), policy and areas may be left out; a unit may be named by id, full name or short form.",
          "Then run cwplan plan lint to check it, and cwplan template for the forms to fill in.",
          "title, document number, issuer, date issued and the plan's window",
          "the plan's sections (一, 二, ...)",
          "responsible units: id (lower-case letters, digits and -), full name, short forms",
        ];
  return `# ${c[0]}
# ${c[1]}
# ${c[2]}

# ${c[3]}
plan:
  title: { zh: 某某县城镇化建设行动方案（2026—2027年） }
  number: 某政发〔2026〕1号
  issuer: 某某县人民政府
  issued: 2026-01-15
  window: { start: 2026-01-01, end: 2027-12-31 }

# ${c[4]}
sections:
  - { numeral: 一, title: { zh: 重点任务 } }

# ${c[5]}
`;
}

export function skeletonTail(lang: Lang): string {
  const c =
    lang === "zh"
      ? [
          "指标：各单位报送的数据。kind：level（水平值）、increase（累计新增）、annual（每年）、coverage（覆盖率）、eliminate（清零）、milestone（工程进度）",
          "措施：text 照抄原文；units 为原文列出的责任单位，role：lead（牵头）、sole（负责）、shared（配合）",
          "目标：quote 照抄原文中写出目标的那句话；owner 为报送该数据的单位",
        ]
      : [
          "indicators: the figures units report. kind: level, increase (added since the start), annual (every year), coverage, eliminate, milestone",
          "measures: text as the document writes it; units as it names them, role: lead, sole or shared",
          "targets: quote is the document's phrase stating the target; owner the unit that reports its figure",
        ];
  return `
# ${c[0]}
indicators:
  - { id: green-area, name: { zh: 新增绿色建筑面积 }, unit: 万平方米, kind: increase, rollup: sum }
  - { id: water-loss, name: { zh: 公共供水管网漏损率 }, unit: "%", kind: level, max: 100 }

# ${c[1]}
measures:
  - number: 1
    section: 一
    title: { zh: 城市建设 }
    text: 1.城市建设。到2027年，新增绿色建筑10万平方米以上，公共供水管网漏损率控制在9%以内。（责任单位：县住建局、县水务局）
    units:
      - { unit: 县住建局, role: lead }
      - { unit: 县水务局, role: shared }

# ${c[2]}
targets:
  - id: green-area-2027
    measure: 1
    indicator: green-area
    name: { zh: 新增绿色建筑10万平方米 }
    comparator: ">="
    value: 10
    deadline: 2027-12-31
    quote: 新增绿色建筑10万平方米以上
    owner: 县住建局
  - id: water-loss-2027
    measure: 1
    indicator: water-loss
    name: { zh: 漏损率控制在9%以内 }
    comparator: "<="
    value: 9
    deadline: 2027-12-31
    quote: 公共供水管网漏损率控制在9%以内
    owner: 县水务局
`;
}

/** cwplan.yaml of a new project. */
export function configText(lang: Lang): string {
  const c =
    lang === "zh"
      ? [
          "cwplan 的项目设置（cwplan config 可查看生效的设置）",
          "方案文件",
          "各单位报送的文件放在这里",
          "界面语言",
        ]
      : [
          "cwplan's project settings (cwplan config shows those in force)",
          "the plan file",
          "the files units send go here",
          "the language",
        ];
  return `# ${c[0]}
# ${c[1]}
plan: plan.yaml
# ${c[2]}
drops: drops
# ${c[3]}
lang: ${lang}
`;
}

/** 使用说明.md: the monthly round, step by step. */
export function guideText(drafted: boolean): string {
  const first = drafted
    ? "1. 核对方案：plan.yaml 是从方案原文起草的，标有“# 待确认”的地方都要对照原文核对、修改，尤其是每个目标的责任单位（owner）。"
    : "1. 编写方案：plan.yaml 是一个小样例，请按方案原文改写（字段写法见 docs/plan-format.md）。";
  return `# 使用说明

本文件夹是一个 cwplan 项目：cwplan.yaml 是设置，plan.yaml 是方案，drops/ 放各单位报送的数据。

${first}
2. 检查方案：运行 \`cwplan plan lint\`，按提示改到没有错误为止；\`cwplan plan\` 可列出全部措施和目标。
3. 下发模板：运行 \`cwplan template --format xlsx --period 2026-06 -o 报表模板.xlsx\`，发给各责任单位填报。
4. 收回数据：把各单位填好的文件放进 drops/，运行 \`cwplan validate\` 校验，\`cwplan submissions --period 2026-06\` 查看谁还没报。
5. 评估目标：运行 \`cwplan check\` 查看每个目标的状态。
6. 出材料：运行 \`cwplan report --format html -o 调度报告.html\`（或 --format docx）生成调度会材料。

上一期方案的年末数据可用 \`cwplan baseline\` 转成本方案的基期数据。
`;
}

const INIT_EN = {
  exists: (file: string) => ({
    message: `${file} exists already`,
    hint: "init writes a new project: choose an empty folder (cwplan init DIR), or add --force to replace it",
  }),
};

const INIT_ZH: typeof INIT_EN = {
  exists: (file) => ({
    message: `${file} 已经存在`,
    hint: "init 用于新建项目：请换一个空文件夹（cwplan init 文件夹），或加 --force 覆盖",
  }),
};

export const INIT_ERRORS: Record<Lang, typeof INIT_EN> = { en: INIT_EN, zh: INIT_ZH };

/** What init says when it is done. */
export const INIT_DONE: Record<Lang, (dir: string, files: string[]) => string> = {
  en: (dir, files) =>
    `wrote ${files.join(", ")} in ${dir}\nnext: edit plan.yaml, then run cwplan plan lint`,
  zh: (dir, files) =>
    `已在 ${dir} 中写入 ${files.join("、")}\n下一步：修改 plan.yaml，然后运行 cwplan plan lint`,
};

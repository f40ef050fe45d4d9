/**
 * The phrasings of Chinese plan texts (行动方案, 实施方案, 工作要点, 专项规划)
 * that the drafter reads: headings, deadlines, comparators, units of
 * measure, responsibility lines. Input vocabulary, not words cwplan says;
 * every pattern is of the genre, none of one document's sentences.
 */

/** Chinese numerals of headings: 一 … 九十九. */
export const NUMERAL = "[一二三四五六七八九十]{1,3}";

/** Heading levels: 第一章, 第一节, 一、, （一）, 1. and （1）/①. */
export const HEADINGS: readonly RegExp[] = [
  new RegExp(`^第(${NUMERAL})章\\s*`),
  new RegExp(`^第(${NUMERAL})节\\s*`),
  new RegExp(`^(${NUMERAL})[、．.]\\s*`),
  new RegExp(`^[（(](${NUMERAL})[）)]\\s*[、．.]?\\s*`),
  /^(\d{1,3})[.．、](?!\d)\s*/,
  /^[（(](\d{1,3})[）)]\s*[、．.]?\s*|^([①-⑳])\s*/,
];

/** The value of a Chinese numeral 1–99 (一, 十二, 二十七). */
export function numeralValue(s: string): number {
  const d = (c: string | undefined) => (c === undefined ? 0 : "零一二三四五六七八九".indexOf(c));
  if (s === "十") return 10;
  const [a, b, c] = [...s];
  if (s.length === 1) return d(a);
  if (a === "十") return 10 + d(b);
  if (b === "十") return d(a) * 10 + (c === undefined ? 0 : d(c));
  return d(a);
}

/** Where the document proper ends: attachments, distribution lines. */
export const DOCUMENT_END =
  /^(附件\s*[:：\d]|抄送[:：]|主送[:：]|.{2,30}\d{4}年\d{1,2}月\d{1,2}日印发$)/;

/** A plan's title: what it is called ends in one of these (with its years after). */
export const TITLE =
  /^(?!.*[。；，])(.{2,60}?(?:方案|规划|要点|计划|意见|纲要|措施|办法|行动|细则))(?:[（(]\s*(?:20\d{2})\s*[—–\-－~～至到]+\s*(?:20\d{2})\s*年?\s*[）)])?$/;
export const NOTICE_TITLE = /关于印发(?:《)?(.{4,80}?)(?:》)?的通知/;
export const DOC_NUMBER =
  /[\u4e00-\u9fa5]{1,10}[〔[［(（【]\s*(20\d{2})\s*[〕\]］)）】]\s*\d{1,4}\s*号/;
export const ISSUER_LINE =
  /^(.{2,30}?(?:人民政府|人民政府办公室|政府办公室|委员会|委员会办公室|办公室|领导小组|指挥部))$/;
export const ISSUER_PREFIX = /^(.{2,30}?(?:人民政府办公室|人民政府|办公室|委员会))关于/;
export const DATE_LINE = /^(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
export const CN_DATE_LINE =
  /^二[〇○零0]([〇○零0一二三四五六七八九])([〇○零0一二三四五六七八九])年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/;
/** A page's metadata as government sites label it: 发文字号：…, 成文日期：… */
export const LABELS = {
  title: /^(?:标\s*题|名\s*称)\s*[:：]\s*(.+)$/,
  number: /^(?:发文字号|文\s*号)\s*[:：]\s*(.+)$/,
  issuer: /^(?:发文机关|发布机构|发文单位)\s*[:：]\s*(.+)$/,
  date: /^(?:成文日期|发文日期|印发日期)\s*[:：]\s*(20\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/,
};
/** The plan's years in its title: （2024—2025年）, 2026年, 十五五. */
export const TITLE_YEARS = /(20\d{2})\s*[—–\-－~～至到]+\s*(20\d{2})/;
export const TITLE_YEAR = /(20\d{2})\s*年/;
export const FIVE_YEAR = /[“"]?(十四五|十五五|十六五)[”"]?/;
export const FIVE_YEAR_START: Readonly<Record<string, number>> = {
  十四五: 2021,
  十五五: 2026,
  十六五: 2031,
};
/** A county, district or city named at the start of a title or an issuer. */
export const LOCALITY = /^(.{1,8}?[县区市旗])(?!委|政府)/;

// ---- sentences ----------------------------------------------------------------------

/** Sentence ends (a deadline governs to the sentence's end). */
export const SENTENCE_END = /[。！？!?\n]/;
/** Clause ends inside a sentence. */
export const CLAUSE_END = /[，,；;：:。！？!?\n]/;

/**
 * A deadline: 到2025年, 2024年底, 力争2027年前, 至2030年末, 2025年6月底. The
 * year is not a deadline when it is a base (较2020年, 在2020年基础上, 比2020年).
 */
export const DEADLINE =
  /(?<![较比与和同自从由在—–\-－~～至])(?:(?:到|至|截至|截止到?|力争到?|争取到?|于)\s*)?(20\d{2})\s*年\s*(?:(\d{1,2})\s*月)?\s*(?:底|末|前|年底|年末)?(?!\s*(?:基础|水平|相比|同期|以来|起|的基础|比|度[^内]|[—–\-－~～至]\s*20\d{2}))/g;
/** A starting value: 由2025年的51.6%（提高到…）, 从…. Groups: year, value. */
export const FROM_BASE = /(?:由|从)\s*(?:(20\d{2})\s*年(?:底|末)?的?)?\s*(\d+(?:\.\d+)?)/;
/** A base year: 较2020年, 在2020年基础上, 比2020年. */
export const BASE_YEAR = /(?:较|比|与|同)(20\d{2})年|在(20\d{2})年(?:的)?基础上/;

// ---- quantities ------------------------------------------------------------------

/**
 * Units of measure a target states, longest first (so 平方公里 before 公里,
 * 人次 before 人). 万/亿/千 in front scale them and stay in the unit (40万千瓦).
 */
export const UOMS = [
  "个百分点",
  "微克/立方米",
  "毫克/立方米",
  "毫克/升",
  "公里/平方公里",
  "万吨/日",
  "吨/日",
  "立方米/日",
  "平方米/人",
  "万吨标准煤",
  "吨标准煤",
  "个工作日",
  "工作日",
  "平方公里",
  "平方千米",
  "平方米",
  "立方米",
  "千瓦时",
  "万吨",
  "万千瓦",
  "千瓦",
  "兆瓦",
  "公里",
  "千米",
  "公顷",
  "标准箱",
  "人次",
  "户次",
  "个",
  "家",
  "处",
  "所",
  "座",
  "条",
  "项",
  "套",
  "辆",
  "张",
  "间",
  "栋",
  "台",
  "床",
  "件",
  "宗",
  "批",
  "支",
  "亩",
  "吨",
  "元",
  "人",
  "名",
  "户",
  "米",
  "km",
  "MW",
  "kW",
  "%",
  "％",
  "‰",
  "倍",
  "次",
  "天",
];
/** Units whose figure counts things, people or events: their targets are totals. */
export const COUNT_UOMS =
  /^(?:[万亿千]?(?:个|家|处|所|座|条|项|套|辆|张|间|栋|台|床|件|宗|批|支|人次|户次|人|名|户|次))$/;
/** Percentage points: a change, not a share (no maximum of 100). */
export const POINTS = /百分点/;
export const PERCENT_UOMS = /^(?:%|％|个百分点|‰)$/;

const uomAlternatives = UOMS.map((u) => u.replace(/[%.]/g, "\\$&")).join("|");
/**
 * A quantity: an optional 约 before, the number, a scale word, a unit, and a
 * suffix (以上, 以内, 左右 …). Groups: approx, number, scale, unit, suffix.
 */
export const QUANTITY = new RegExp(
  `(约|大约|近)?(?<![\\dA-Za-z.])(\\d+(?:\\.\\d+)?)(?![\\d.])\\s*(万|亿|千|百万)?\\s*(${uomAlternatives})?\\s*(及以上|以上|以下|以内|之内|左右|上下)?`,
  "g",
);

/** Comparator words before a value (nearest first wins; see targets.ts). */
export const BEFORE = {
  le: /(?:控制在|不超过|不高于|不大于|压缩至|压缩到|压减为|缩短至|缩短到|降至|降到|降低到|降低至|下降到|下降至|压减到|压减至|压降到|(?<!不)低于|(?<!不)少于|缩小到|缩小至|减少到|减少至)\s*$/,
  gt: /(?:突破|(?<!不)高于|(?<!不)多于)\s*$/,
  ge: /(?:达到|达|不低于|不少于|不小于|超过|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增至|稳定在|保持在|力争达到|力争|超)\s*$/,
  change: /(?:提高|提升|增长|增加|下降|降低|减少|压减|压降|缩小)\s*$/,
  approx: /(?:约|大约)\s*$/,
};
/** An action that makes a count a target: 新增, 建成, 实施, 培育 … */
export const ACTION =
  /(?:新增|累计|完成|建成|建设|新建|改建|扩建|改造|实施|培育|打造|创建|认定|招引|引进|引育|集聚|吸纳|培训|选派|安置|发放|开展|举办|办理|组建|推进|提供|开工|投用|建立|设立|创成|争创|创评|评定|申报|落地|签约|种植|造林|治理|整治|修复|提升|落实|帮扶|带动|转移|增加|实现|达成|发展|储备|谋划|争取|运营|开通|设置|铺设|敷设|新增开通)/;
/** An action that states a target even without a year: 建成1座X, 新建3所X (not 推进7条X). */
export const BUILD_ACTION =
  /(?:新建|新增|建成|建设|创建|培育|打造|完成|新改建|改扩建|引进|招引|创成)\s*$/;
/** A noun that makes a quantity before it a qualifier: 投资500万元以上项目, 8度及以上地区. */
export const QUALIFIER_BEFORE =
  /(?:投资|总投资|产值|营收|营业收入|规模|面积|功率|容量|烈度|年龄|年满|单体|单笔|每|金额|额度|标准|限额|年产)\s*$/;
/** A number read as part of a name, not a value: 5G, 4A级, 第3, 3岁. */
export const NOT_A_VALUE_AFTER =
  /^(?:[A-Za-z]|级|岁|周岁|星|年|月|日|号|届|期|点|度|小时|分钟|天|时|寸|类|大|项目)/;
export const NOT_A_VALUE_BEFORE = /(?:第|前|后|近|每|这|共|GB|T|\/|[—–\-－~～])\s*$/;

/** 每年, 年均 and their kind: the target is judged each year. */
export const ANNUAL = /每年|年均|每年度|逐年|年度/;
/** 新增, 累计新增: a total counted from the plan's start. */
export const INCREASE = /新增|累计新增|新建|新培育|新认定|新引进|完成.{0,8}改造|实施.{0,8}改造/;
/** A coverage: 全覆盖, 覆盖率. */
export const COVERAGE = /覆盖率|覆盖面|全覆盖/;
/** A share or rate, read with a maximum of 100. */
export const RATE = /率|比例|比重|占比|覆盖|份额|达标|合格|满意度|普及/;
/** 左右, 约: about. */
export const APPROX_SUFFIX = /^(?:左右|上下)$/;
export const AT_LEAST_SUFFIX = /^(?:及以上|以上)$/;
export const AT_MOST_SUFFIX = /^(?:以下|以内|之内)$/;

/** 全覆盖 as a clause's end: a coverage of 100%. */
export const FULL_COVERAGE = /(基本)?(?:实现|达到)?(全面)?全覆盖$/;
/** 消除, 清零 as a clause's end, or 基本消除X at its start: an eliminate target. */
export const ELIMINATE_END =
  /(全面|基本|全部|彻底|动态|实现)?(?:消除|清零|销号|动态清零|全部消除)$/;
export const ELIMINATE_START = /^(?:全面|基本|全部|彻底|动态)(?:消除|清零)(.{2,30})$/;

/**
 * A named project's completion: 建成通车, 竣工, 投入使用; a project named with
 * its phase (二期工程) and 建设/建成.
 */
export const MILESTONE_VERB =
  /建成通车|建成投用|建成投运|建成使用|建成运营|竣工验收|竣工|完工|投入使用|投入运营|正式运营|通车运营|建成通水|通车/;
export const PHASE_PROJECT = /[一二三四五六七八九]期(?:工程|项目)?(?:建设|建成)$/;
export const PROJECT_NAME = /路|段|桥|港|站|厂|馆|院|园|场|工程|项目|中心|线|隧道|枢纽|期/;

/** Words stripped from the front of a clause to leave an indicator's name. */
export const NAME_LEAD =
  /^(?:[，、\s]|到|至|截至|力争|争取|确保|全县|全区|全市|全镇|全省|我县|我区|每年|年均|累计|实现|基本实现|基本达到|全面|全部|进一步|持续|稳定|稳步|努力|要|使|并|且|同时|其中|分别|达到|计划|预计|目标)+/;
/** Words stripped from the end of an indicator's name. */
export const NAME_TAIL =
  /(?:[，、\s]|的|达到|达|不低于|不少于|超过|突破|控制在|保持在|稳定在|提高到|提高至|提升到|提升至|增加到|降至|降到|降低到|下降到|不超过|不高于|力争|分别|实现|完成|约|为|在|均)+$/;

// ---- responsibility lines ---------------------------------------------------------------

/** A responsibility line's marks: a role word or a label. */
export const RESPONSIBILITY = /负责|牵头|责任单位|配合|参与|协办|主办|承办/;
export const RESPONSIBILITY_LABEL =
  /^(?:主要)?(?:责任单位|牵头单位|配合单位|参与单位|责任部门|牵头部门|配合部门|协办单位|主办单位|承办单位)\s*[:：]\s*/;
/** Role words after the names of a group. */
export const ROLE_LEAD = /(?:共同)?牵头(?:负责)?$|^牵头|（牵头）$|\(牵头\)$/;
export const ROLE_SHARED =
  /(?:按职责分工负责|按职责负责|按照职责分工负责|分工负责|按职责分工|配合|参与|共同负责|协助|协办|落实)$/;
export const ROLE_SOLE = /负责$/;
/** A responsible body's name ends in one of these. */
export const ORG_SUFFIX =
  /(?:局|委|部|办|室|中心|站|队|社|院|会|所|公司|政府|处|支局|分局|大队|支队|集团|银行|支行|街道|镇|乡|组|团|联|厂|园区|管委会|办事处|协会|小组|馆|台)$/;
/** Names that are not one body: 各有关部门, 相关单位. */
export const NOT_A_BODY = /^(?:各)?(?:有关|相关)(?:部门|单位)|^各(?:部门|单位)$|^其他|^等$/;

/**
 * The words of `cwplan draft`: what each guess in a drafted plan asks the
 * reader to confirm (a `# 待确认` comment in YAML, `review` in JSON), and the
 * errors reading a plan document, in Chinese and English.
 */
import type { Lang } from "../vocabulary.js";

/** What a required field of the plan holds when the text does not give it (marked for review). */
export const MISSING_FIELD = "（待补充）";

/** The mark before every guess in a YAML draft. */
export const REVIEW_MARK: Record<Lang, string> = { zh: "待确认", en: "to confirm" };

/** Between the mark and the words, and between two guesses on one line. */
export const REVIEW_SEPARATORS: Record<Lang, { colon: string; join: string }> = {
  zh: { colon: "：", join: "；" },
  en: { colon: ": ", join: "; " },
};

/**
 * What each review code asks (the codes: DraftReview in src/draft/build.ts,
 * which checks that every code has its words in both languages and no words
 * lack a code).
 */
export const REVIEW_WORDS = {
  zh: {
    "comparator-default": "原文未写“达到/以上/不低于”等词，按“不低于”（≥）起草",
    "comparator-greater": "“突破/高于”按“大于”（>）起草；如指“达到”请改为 >=",
    "approx-tolerance": "“左右/约”：按默认相对容差 5% 判定，请按本地口径确认",
    "deadline-plan-end": "原文未写年份：期限取方案末年",
    "unit-guessed": "原文只写了“万/亿”，计量单位请核对",
    "change-from-base": "目标是较基年的变化幅度：请补充基期值（baseline）",
    "per-area-count":
      "目标是达到门槛的镇（村、街道）个数，门槛值见原文；按镇报送请设 byArea 与 perArea",
    basically: "原文为“基本”实现：按完全实现起草",
    milestone: "按工程项目里程碑（建成 = done）起草",
    "eliminate-unit": "消除/清零目标：计量单位（个/公里）为推测",
    "coverage-full": "“全覆盖”按覆盖率 100% 起草",
    "table-row": "取自主要指标表：目标值为表中最后一年的数值，请核对比较方式和单位",
    "baseline-read": "基期值取自原文“由…提高到…”",
    "no-number": "未找到文号",
    "no-issuer": "未找到发文机关",
    "no-date": "未找到成文日期：暂取方案起始日",
    "window-from-deadlines": "标题中无起止年份：期限按正文“到20XX年”推定",
    "window-from-issued": "标题和正文中无起止年份：期限取成文年份",
    "window-extended": "有目标的期限超出标题年份：已放宽方案期限",
    "no-window": "未找到方案期限：暂取今年",
    "made-section": "原文无“一、二、”分部分：全文作为一个部分",
    "owner-first-named": "原文未指明牵头单位：目标责任单位取所列第一个单位",
    "owner-none": "原文未写责任单位：请指定 owner",
    "unit-new": "常用单位表中没有此单位：请核对名称并补充简称",
    "no-target": "未找到量化目标：请对照原文补充",
  },
  en: {
    "comparator-default": "no 达到/以上/不低于 in the text: drafted as at least (>=)",
    "comparator-greater": "突破/高于 drafted as more than (>); use >= if it means reach",
    "approx-tolerance":
      "左右/约: judged with the default 5% relative tolerance; confirm the local practice",
    "deadline-plan-end": "no year in the text: the deadline is the plan's last year",
    "unit-guessed": "the text gives only 万/亿: check the unit",
    "change-from-base": "a change from a base year: add the baseline",
    "per-area-count":
      "a count of towns (villages, subdistricts) reaching a threshold (see the quote); set byArea and perArea to judge it per town",
    basically: "基本 (basically) drafted as fully",
    milestone: "drafted as a project milestone (built = done)",
    "eliminate-unit": "an eliminate target: its unit (个/公里) is a guess",
    "coverage-full": "全覆盖 drafted as a coverage of 100%",
    "table-row":
      "from a table of main indicators: the target is the last year's figure; check the comparator and unit",
    "baseline-read": "the baseline is read from the text's 由…提高到…",
    "no-number": "no document number (文号) found",
    "no-issuer": "no issuer found",
    "no-date": "no date of issue found: the window's start is used",
    "window-from-deadlines": "no years in the title: the window is read from the text's 到20XX年",
    "window-from-issued": "no years in the title or text: the window is the year of issue",
    "window-extended": "a target's deadline lies beyond the title's years: the window was widened",
    "no-window": "no plan period found: this year is used",
    "made-section": "the text has no numbered parts (一、二、): it is one section",
    "owner-first-named": "the text names no lead: the owner is the first unit named",
    "owner-none": "the text names no unit: set an owner",
    "unit-new": "not in the table of usual county bodies: check the name and add its short forms",
    "no-target": "no quantified target found: add them from the text",
  },
} satisfies Record<Lang, Record<string, string>>;

interface Words {
  message: string;
  hint?: string;
}

const DRAFT_EN = {
  unreadable: (reason: string): Words => ({
    message: `cannot read the plan document: ${reason}`,
    hint: "check the path of the plan text (.txt, .docx, .html or .pdf)",
  }),
  tooLarge: (mib: number): Words => ({
    message: `the plan document is larger than ${mib} MiB`,
    hint: "give the plan's own text, not a collection of documents",
  }),
  notText: (): Words => ({
    message: "this is not a text, Word, web page or PDF document",
    hint: "save the plan as .txt (UTF-8 or GB18030), .docx, .html or .pdf",
  }),
  badDocx: (reason: string): Words => ({
    message: `cannot read the Word document: ${reason}`,
    hint: "open it in Word or WPS and save it again as .docx (not .doc)",
  }),
  oldDoc: (): Words => ({
    message: "an old Word document (.doc) cannot be read",
    hint: "open it in Word or WPS and save it as .docx",
  }),
  noPdftotext: (): Words => ({
    message: "reading a PDF needs pdftotext, which is not installed",
    hint: "install poppler-utils (apt-get install poppler-utils), or save the plan as .txt or .docx",
  }),
  badPdf: (reason: string): Words => ({
    message: `pdftotext cannot read this PDF: ${reason}`,
    hint: "save the plan as .txt or .docx; a scanned PDF has no text to read",
  }),
  emptyPdf: (): Words => ({
    message: "this PDF holds no text (a scan?)",
    hint: "use the text of the plan (.txt or .docx) instead of a scanned page",
  }),
  noBody: (): Words => ({
    message: "no plan text found: no numbered parts (一、 1.) and no targets",
    hint: "give the plan's full text; a page of links or a scan has none",
  }),
};

const DRAFT_ZH: typeof DRAFT_EN = {
  unreadable: (reason) => ({
    message: `无法读取方案文件：${reason}`,
    hint: "请检查方案原文（.txt、.docx、.html 或 .pdf）的路径",
  }),
  tooLarge: (mib) => ({
    message: `方案文件超过 ${mib} MiB`,
    hint: "请只提供方案本身的文本",
  }),
  notText: () => ({
    message: "这不是文本、Word、网页或 PDF 文件",
    hint: "请将方案另存为 .txt（UTF-8 或 GB18030）、.docx、.html 或 .pdf",
  }),
  badDocx: (reason) => ({
    message: `无法读取 Word 文件：${reason}`,
    hint: "请用 Word 或 WPS 打开后另存为 .docx（不是 .doc）",
  }),
  oldDoc: () => ({
    message: "无法读取旧版 Word 文件（.doc）",
    hint: "请用 Word 或 WPS 打开后另存为 .docx",
  }),
  noPdftotext: () => ({
    message: "读取 PDF 需要 pdftotext，本机未安装",
    hint: "请安装 poppler-utils（apt-get install poppler-utils），或将方案另存为 .txt 或 .docx",
  }),
  badPdf: (reason) => ({
    message: `pdftotext 无法读取此 PDF：${reason}`,
    hint: "请改用 .txt 或 .docx；扫描件没有可读取的文字",
  }),
  emptyPdf: () => ({
    message: "此 PDF 中没有文字（可能是扫描件）",
    hint: "请改用方案的文字版（.txt 或 .docx）",
  }),
  noBody: () => ({
    message: "未找到方案正文：既没有“一、”“1.”等编号，也没有量化目标",
    hint: "请提供方案全文；链接页或扫描件中没有正文",
  }),
};

export const DRAFT_ERRORS: Record<Lang, typeof DRAFT_EN> = { en: DRAFT_EN, zh: DRAFT_ZH };

/** The words around a draft: its header comment and the summary on standard error. */
export const DRAFT_WORDS: Record<
  Lang,
  {
    header: (source: string, guesses: number, mark: string) => string;
    summary: (measures: number, targets: number, units: number, guesses: number) => string;
  }
> = {
  zh: {
    header: (source, guesses, mark) =>
      `由 cwplan draft 从 ${source} 起草的方案文件。共 ${guesses} 处推测，已标“${mark}”，请对照原文逐条核对后使用；英文名称可不填。`,
    summary: (measures, targets, units, guesses) =>
      `已起草：${measures} 项措施、${targets} 个目标、${units} 个责任单位；${guesses} 处推测标有“待确认”。`,
  },
  en: {
    header: (source, guesses, mark) =>
      `A plan file drafted by cwplan draft from ${source}. ${guesses} guesses are marked "${mark}": check each against the text before use.`,
    summary: (measures, targets, units, guesses) =>
      `drafted: ${measures} measures, ${targets} targets, ${units} units; ${guesses} guesses marked "to confirm".`,
  },
};

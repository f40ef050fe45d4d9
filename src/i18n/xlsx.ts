/**
 * The words of the workbooks cwplan writes, in both languages: the results
 * workbook (src/format/xlsx/results.ts) and the template a department fills
 * in (src/format/xlsx/template.ts).
 */
import type { IndicatorKind } from "../plan/types.js";
import type { Lang } from "../vocabulary.js";

/** The results workbook's sheet names and column heads. */
export const RESULT_WORDS = {
  zh: {
    summary: "汇总",
    targets: "全部目标",
    title: "目标进展情况",
    asOf: "评估日期",
    status: "状态",
    count: "目标数",
    unit: "责任单位",
    total: "合计",
    worst: "最差状态",
    files: "读取的文件",
    file: "文件",
    sheet: "工作表",
    rowsRead: "读取行数",
    rowsValid: "有效行数",
    rowsInvalid: "无效行数",
    errors: "错误",
    warnings: "警告",
    silent: "未报送单位（主责目标均无数据）",
    targetName: "目标",
    targetId: "目标代码",
    measure: "措施",
    indicator: "指标",
    goal: "目标值",
    deadline: "截止日期",
    latest: "最新值",
    unitOfValue: "单位",
    period: "报告期",
    // another unit's figure, used because the owner gave none (issue 20, item 3)
    source: "代报单位",
    expected: "序时进度值",
    pace: "进度比",
    daysLeft: "剩余天数",
    expired: "已到期",
    previous: "上期状态",
    role: "职责",
    units: "责任单位",
    notes: "说明",
    findings: "问题清单",
    cell: "单元格或行",
    code: "代码",
    severity: "级别",
    value: "填报内容",
    message: "问题及修改方法",
    senderUnknown: "报送单位不明",
    error: "错误",
    warning: "警告",
    note: "提示",
  },
  en: {
    summary: "Summary",
    targets: "Targets",
    title: "Progress on the plan's targets",
    asOf: "As of",
    status: "Status",
    count: "Targets",
    unit: "Unit",
    total: "Total",
    worst: "Worst",
    files: "Files read",
    file: "File",
    sheet: "Sheet",
    rowsRead: "Rows read",
    rowsValid: "Valid",
    rowsInvalid: "Invalid",
    errors: "Errors",
    warnings: "Warnings",
    silent: "Units with no data on any target they own",
    targetName: "Target",
    targetId: "Target id",
    measure: "Measure",
    indicator: "Indicator",
    goal: "Goal",
    deadline: "Deadline",
    latest: "Latest value",
    unitOfValue: "Unit",
    period: "Period",
    source: "Reported by (not the owner)",
    expected: "Expected by now",
    pace: "Pace P",
    daysLeft: "Days left",
    expired: "past the deadline",
    previous: "Previous status",
    role: "Role",
    units: "Responsible units",
    notes: "Notes",
    findings: "Findings",
    cell: "Cell or line",
    code: "Code",
    severity: "Severity",
    value: "As sent",
    message: "Problem and fix",
    senderUnknown: "sender unknown",
    error: "error",
    warning: "warning",
    note: "note",
  },
} as const;

/** What a value means for each kind of indicator, for the instructions. */
const MEANING: Record<Lang, Record<IndicatorKind, string>> = {
  zh: {
    level: "报告期末的水平值（期末数，如年末城镇化率）",
    coverage: "报告期末的覆盖率（期末数，0–100）",
    eliminate: "报告期末尚存的数量（期末数，目标为清零）",
    increase: "自方案实施起（2024年1月1日）至报告期末的累计新增数（自开始以来累计，不是当月数）",
    annual: "本年1月1日至报告期末的年内累计数（年内累计，每年1月重新起算）",
    milestone: "报告期末的进度状态：未开工、推进中或已完成",
  },
  en: {
    level: "the level at the end of the period (e.g. the year-end rate)",
    coverage: "the coverage at the end of the period (0–100)",
    eliminate: "what remains at the end of the period (the target is zero)",
    increase:
      "the total added since the plan began (1 January 2024) up to the end of the period, not the month's own figure",
    annual:
      "the year-to-date total, from 1 January of the year to the end of the period (starts again each January)",
    milestone: "the state at the end of the period: not_started, in_progress or done",
  },
};

/** The template's sheets, its drop-down lists' error boxes ([title, text]) and its instructions. */
export interface TemplateWords {
  sheet: string;
  helpSheet: string;
  period: [string, string];
  area: [string, string];
  reportedBy: [string, string];
  state: [string, string];
  value: (min: number, max: number | undefined) => [string, string];
  /** the instructions sheet's lines, above the table of indicators */
  instructions: (title: string, unitName: string | undefined) => string[];
  helpHead: readonly [string, string, string, string];
  meaning: Record<IndicatorKind, string>;
}

export const TEMPLATE_WORDS: Record<Lang, TemplateWords> = {
  zh: {
    sheet: "填报",
    helpSheet: "填报说明",
    period: ["报告期", "请从下拉列表选择报告期，如 2025-06。"],
    area: ["地区", "请从下拉列表选择镇（街道）；全县数留空。"],
    reportedBy: ["填报单位", "请从下拉列表选择填报单位。"],
    state: ["进度状态", "请选择 未开工、推进中 或 已完成。"],
    value: (min, max) => [
      "数值",
      `请填写数字（${max === undefined ? `不小于 ${min}` : `${min} 至 ${max}`}），单位见“单位”列。`,
    ],
    instructions: (title, unitName) => [
      `${title} 指标填报表${unitName ? `（${unitName}）` : ""}`,
      "",
      "怎样填写",
      "1. 在“填报”表中，每行一个指标（按镇街统计的指标每个镇街一行）。灰色的列已锁定，不必修改。",
      "2. 报告期：从下拉列表选择，如 2025-06（月）、2025-Q2（季度）或 2025（年）。",
      "3. 数值：只填数字，按“单位”列的单位；不写单位、不写文字。进度类指标从下拉列表选择 未开工、推进中 或 已完成。",
      "4. 地区：按镇街统计的指标已填好镇街名；全县数留空。",
      "5. 填报单位：从下拉列表选择本单位。",
      "6. 可以在表头上方加标题行，也可以加合计行：系统会识别并跳过（合计由系统计算）。",
      "7. 不要删除或改动表头；不要另存为 .xls 或加打开密码。保存为 .xlsx（Excel 工作簿）后报送。",
      "",
      "各指标数值的含义",
    ],
    helpHead: ["指标代码", "指标名称", "单位", "填报口径"],
    meaning: MEANING.zh,
  },
  en: {
    sheet: "Figures",
    helpSheet: "Instructions",
    period: ["Period", "Pick a period from the list, e.g. 2025-06."],
    area: ["Area", "Pick a town or street; leave blank for the county."],
    reportedBy: ["Reporting unit", "Pick the reporting unit from the list."],
    state: ["State", "Pick not_started, in_progress or done."],
    value: (min, max) => [
      "Value",
      `Type a number (${max === undefined ? `at least ${min}` : `${min} to ${max}`}) in the unit shown.`,
    ],
    instructions: (title, unitName) => [
      `${title}: reporting form${unitName ? ` (${unitName})` : ""}`,
      "",
      "How to fill it in",
      "1. In the sheet Figures, one row per indicator (one per town or street for indicators reported by area). Grey columns are locked.",
      "2. Period: pick from the list, e.g. 2025-06 (month), 2025-Q2 (quarter) or 2025 (year).",
      "3. Value: a number only, in the unit of the unit column; no words. For a milestone pick not_started, in_progress or done.",
      "4. Area: filled in for indicators reported by area; leave blank for the county.",
      "5. Reporting unit: pick your unit from the list.",
      "6. A title line above the header and a total row are recognised and skipped (totals are worked out by cwplan).",
      "7. Do not change the header; do not save as .xls or with a password. Save as .xlsx (Excel Workbook) and send it.",
      "",
      "What each value means",
    ],
    helpHead: ["indicator", "name", "unit", "what to report"],
    meaning: MEANING.en,
  },
};

/**
 * The .xlsx template a department fills in, in Excel or WPS: the rows of
 * the CSV template (src/data/template.ts), with the indicator's name and
 * unit beside its id, drop-down lists (period, area, reporting unit,
 * milestone state) from a hidden sheet, number validation on the value,
 * the fixed columns locked (sheet protection without a password), the
 * header frozen, and a sheet of instructions. Pure apart from exceljs:
 * returns the workbook's bytes.
 */
import type { Workbook, Worksheet } from "exceljs";
import { HEADER_WORDS, TEMPLATE_COLUMNS, type TemplateColumn } from "../../data/headers.js";
import { stateChoices, type TemplateRow, templateCells } from "../../data/template.js";
import { columnLetters } from "../../data/xlsx/cells.js";
import { loadExcel } from "../../data/xlsx/excel.js";
import type { Lang } from "../../i18n/lang.js";
import type { Indicator, IndicatorKind, Plan } from "../../plan/types.js";

export interface XlsxTemplateOptions {
  period: string;
  lang: Lang;
  /** the unit's name, for the title of the instructions */
  unitName?: string;
}

type Column = TemplateColumn;

/** The columns, in order: the CSV template's (headers.ts), every one known to the reader. */
export const XLSX_COLUMNS: readonly Column[] = TEMPLATE_COLUMNS;

/** Columns the department fills in (unlocked); the others are fixed. */
const OPEN: ReadonlySet<Column> = new Set(["period", "value", "area", "reported_by", "note"]);

const WIDTHS: Record<Column, number> = {
  indicator: 28,
  indicator_name: 30,
  period: 12,
  value: 14,
  unit: 10,
  area: 14,
  reported_by: 24,
  note: 40,
};

export const LISTS_SHEET = "lists";

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

/** Periods a drop may name: the baseline year and the plan's window, by month, quarter and year. */
export function periodChoices(plan: Plan): string[] {
  const first = Number(plan.plan.window.start.slice(0, 4)) - 1;
  const last = Number(plan.plan.window.end.slice(0, 4));
  const lastMonth = plan.plan.window.end.slice(0, 7);
  const months: string[] = [];
  const quarters: string[] = [];
  const years: string[] = [];
  for (let y = first; y <= last; y++) {
    years.push(String(y));
    for (let q = 1; q <= 4; q++) quarters.push(`${y}-Q${q}`);
    for (let m = 1; m <= 12; m++) {
      const p = `${y}-${m < 10 ? "0" : ""}${m}`;
      if (p <= lastMonth) months.push(p);
    }
  }
  return [...months, ...quarters, ...years];
}

/** A run of rows whose value column takes the same validation. */
interface Run {
  from: number;
  to: number;
  key: string;
  indicator: Indicator;
}

function valueKey(ind: Indicator): string {
  return ind.kind === "milestone" ? "state" : `n:${ind.min ?? 0}:${ind.max ?? ""}`;
}

function runs(rows: TemplateRow[], firstRow: number): Run[] {
  const out: Run[] = [];
  rows.forEach((r, i) => {
    const n = firstRow + i;
    const key = valueKey(r.indicator);
    const last = out[out.length - 1];
    if (last && last.key === key && last.to === n - 1) last.to = n;
    else out.push({ from: n, to: n, key, indicator: r.indicator });
  });
  return out;
}

/** The template workbook's bytes. */
export async function renderXlsxTemplate(
  plan: Plan,
  rows: TemplateRow[],
  o: XlsxTemplateOptions,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = "cwplan";
  const zh = o.lang === "zh";
  const ws = wb.addWorksheet(zh ? "填报" : "Figures", {
    views: [{ state: "frozen", xSplit: 2, ySplit: 1, topLeftCell: "C2", activeCell: "C2" }],
  });
  const help = wb.addWorksheet(zh ? "填报说明" : "Instructions");
  const lists = wb.addWorksheet(LISTS_SHEET, { state: "hidden" });

  // the hidden lists: one a column (1-based), under its name; `listColumn` returns its range
  const listColumn = (c: number, name: string, values: readonly string[]): string => {
    const col = columnLetters(c);
    lists.getCell(`${col}1`).value = name;
    values.forEach((v, i) => {
      const cell = lists.getCell(`${col}${i + 2}`);
      cell.value = v;
      cell.numFmt = "@";
    });
    return `${LISTS_SHEET}!$${col}$2:$${col}$${values.length + 1}`;
  };
  const periodList = listColumn(1, "period", periodChoices(plan));
  const areaList = listColumn(
    2,
    "area",
    plan.areas.map((a) => a.name),
  );
  const unitList = listColumn(
    3,
    "reported_by",
    plan.units.map((u) => u.name),
  );
  const stateList = listColumn(4, "state", stateChoices(o.lang));

  // the sheet to fill in
  const letter = (c: Column): string => columnLetters(XLSX_COLUMNS.indexOf(c) + 1);
  ws.columns = XLSX_COLUMNS.map((c) => ({
    key: c,
    width: WIDTHS[c],
    ...(c === "period" || c === "area" || c === "reported_by" || c === "note"
      ? { style: { numFmt: "@" } }
      : {}),
  }));
  const header = ws.getRow(1);
  XLSX_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = HEADER_WORDS[o.lang][c];
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.protection = { locked: true };
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    // the note is left to the department (the CSV's note names the targets)
    const values: Record<Column, string> = { ...templateCells(r, o.period, o.lang), note: "" };
    XLSX_COLUMNS.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      if (values[c] !== "") cell.value = values[c];
      if (c === "period" || c === "area" || c === "reported_by" || c === "note") cell.numFmt = "@";
      cell.protection = { locked: !OPEN.has(c) };
      if (!OPEN.has(c)) {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
      }
    });
  });
  const last = rows.length + 1;
  if (rows.length > 0) {
    const dv = ws.dataValidations;
    const err = (title: string, text: string) => ({
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: title,
      error: text,
    });
    dv.add(`${letter("period")}2:${letter("period")}${last}`, {
      type: "list",
      allowBlank: false,
      formulae: [periodList],
      ...err(
        zh ? "报告期" : "Period",
        zh ? "请从下拉列表选择报告期，如 2025-06。" : "Pick a period from the list, e.g. 2025-06.",
      ),
    });
    dv.add(`${letter("area")}2:${letter("area")}${last}`, {
      type: "list",
      allowBlank: true,
      formulae: [areaList],
      ...err(
        zh ? "地区" : "Area",
        zh
          ? "请从下拉列表选择镇（街道）；全县数留空。"
          : "Pick a town or street; leave blank for the county.",
      ),
    });
    dv.add(`${letter("reported_by")}2:${letter("reported_by")}${last}`, {
      type: "list",
      allowBlank: true,
      formulae: [unitList],
      ...err(
        zh ? "填报单位" : "Reporting unit",
        zh ? "请从下拉列表选择填报单位。" : "Pick the reporting unit from the list.",
      ),
    });
    for (const run of runs(rows, 2)) {
      const range =
        run.from === run.to
          ? `${letter("value")}${run.from}`
          : `${letter("value")}${run.from}:${letter("value")}${run.to}`;
      if (run.key === "state") {
        dv.add(range, {
          type: "list",
          allowBlank: true,
          formulae: [stateList],
          ...err(
            zh ? "进度状态" : "State",
            zh ? "请选择 未开工、推进中 或 已完成。" : "Pick not_started, in_progress or done.",
          ),
        });
      } else {
        const min = run.indicator.min ?? 0;
        const max = run.indicator.max;
        dv.add(range, {
          type: "decimal",
          operator: max === undefined ? "greaterThanOrEqual" : "between",
          allowBlank: true,
          formulae: max === undefined ? [min] : [min, max],
          ...err(
            zh ? "数值" : "Value",
            zh
              ? `请填写数字（${max === undefined ? `不小于 ${min}` : `${min} 至 ${max}`}），单位见“单位”列。`
              : `Type a number (${max === undefined ? `at least ${min}` : `${min} to ${max}`}) in the unit shown.`,
          ),
        });
      }
    }
  }
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });

  writeInstructions(help, plan, rows, o);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function writeInstructions(
  help: Worksheet,
  plan: Plan,
  rows: TemplateRow[],
  o: XlsxTemplateOptions,
): void {
  const zh = o.lang === "zh";
  help.columns = [{ width: 28 }, { width: 30 }, { width: 10 }, { width: 80 }];
  const lines: string[] = zh
    ? [
        `${plan.plan.title.zh} 指标填报表${o.unitName ? `（${o.unitName}）` : ""}`,
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
      ]
    : [
        `${plan.plan.title.en}: reporting form${o.unitName ? ` (${o.unitName})` : ""}`,
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
      ];
  for (const l of lines) help.addRow([l]);
  help.getRow(1).font = { bold: true, size: 14 };
  const head = help.addRow(
    zh
      ? ["指标代码", "指标名称", "单位", "填报口径"]
      : ["indicator", "name", "unit", "what to report"],
  );
  head.font = { bold: true };
  const seen = new Set<string>();
  for (const r of rows) {
    const ind = r.indicator;
    if (seen.has(ind.id)) continue;
    seen.add(ind.id);
    const row = help.addRow([
      ind.id,
      zh ? ind.name.zh : ind.name.en,
      ind.unit,
      MEANING[o.lang][ind.kind],
    ]);
    row.alignment = { wrapText: true, vertical: "top" };
  }
}

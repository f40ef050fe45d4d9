/**
 * The results workbook (`check --format xlsx`, `report --format xlsx`): a
 * summary sheet (status counts, per-unit counts, the files read), the full
 * target list, and one sheet per responsible unit. Chinese names first;
 * status cells coloured as 督查督办 practice has it (green on track, amber
 * behind, red at risk or missed, grey no data) and carrying the status
 * word, so that a black-and-white print still says it; numbers stored as
 * numbers; widths set; every table's header frozen and filtered. A
 * function of the evaluation: returns the workbook's bytes.
 */
import type { Workbook, Worksheet } from "exceljs";
import { bookOf } from "../../data/source.js";
import type { FileResult } from "../../data/types.js";
import { loadExcel } from "../../data/xlsx/excel.js";
import type { CheckResult, Status, TargetResult } from "../../evaluate/types.js";
import { labelWords, PUNCT } from "../../i18n/labels.js";
import type { Lang } from "../../i18n/lang.js";
import { noteMessage } from "../../i18n/notes.js";
import { sourceUnit } from "../../i18n/source.js";
import { statusLabel } from "../../i18n/status.js";
import { stateLabel } from "../../i18n/vocabulary.js";
import { RESULT_WORDS } from "../../i18n/xlsx.js";
import type { Plan } from "../../plan/types.js";
import { STATUSES } from "../../vocabulary.js";
import { digitsFor, plainNumber } from "../numbers.js";
import { targetExpression } from "../plan.js";
import { paintCell } from "../status-look.js";
import { HEADER_FILL, solidFill } from "./fill.js";
import { FINDINGS_WIDTHS, findingsHeader, writeFindings } from "./findings-sheet.js";
import { sheetName } from "./sheet-name.js";

export interface ResultsInput {
  plan: Plan;
  check: CheckResult;
  files: FileResult[];
  /** the previous picture (`report`), for a column of earlier statuses */
  previous?: CheckResult;
}

type Words = (typeof RESULT_WORDS)[Lang];

function headerRow(ws: Worksheet, values: string[], at: number): void {
  const row = ws.getRow(at);
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    cell.value = v;
    cell.font = { bold: true };
    cell.fill = solidFill(HEADER_FILL);
    cell.alignment = { vertical: "middle", wrapText: true };
  });
}

/** A table sheet: header in row 1, frozen and filtered. */
function tableSheet(wb: Workbook, name: string, header: string[], widths: number[]): Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  ws.columns = widths.map((w) => ({ width: w }));
  headerRow(ws, header, 1);
  return ws;
}

function finishTable(ws: Worksheet, columns: number): void {
  const last = Math.max(1, ws.rowCount);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: columns } };
}

export async function renderResultsWorkbook(input: ResultsInput, lang: Lang): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = "cwplan";
  const words = RESULT_WORDS[lang];
  const taken = new Set<string>();
  const summary = wb.addWorksheet(sheetName(words.summary, taken));
  writeSummary(summary, input, lang, words);
  const previous = new Map(input.previous?.results.map((r) => [r.target.id, r.status]) ?? []);
  const targets = tableSheet(
    wb,
    sheetName(words.targets, taken),
    targetHeader(words, false, input),
    WIDTHS(false, input),
  );
  for (const r of input.check.results) addTargetRow(targets, r, input, lang, previous);
  finishTable(targets, targetHeader(words, false, input).length);

  const byId = new Map(input.check.results.map((r) => [r.target.id, r]));
  const roleWord = labelWords(lang);
  for (const u of input.check.byUnit) {
    const rows = u.targets
      .map((t) => ({
        r: byId.get(t.id),
        role: t.owns ? roleWord.owner : t.role ? roleWord[t.role] : roleWord.shared,
      }))
      .filter((x): x is { r: TargetResult; role: string } => x.r !== undefined);
    if (rows.length === 0) continue;
    const ws = tableSheet(
      wb,
      sheetName(lang === "zh" ? u.unit.name : u.unit.en, taken),
      targetHeader(words, true, input),
      WIDTHS(true, input),
    );
    for (const { r, role } of rows) addTargetRow(ws, r, input, lang, previous, role);
    finishTable(ws, targetHeader(words, true, input).length);
  }
  // every finding, with the unit that sent it: filtered per unit, sent back
  const problems = tableSheet(
    wb,
    sheetName(words.findings, taken),
    findingsHeader(words),
    FINDINGS_WIDTHS,
  );
  writeFindings(problems, input.plan, input.files, lang);
  finishTable(problems, FINDINGS_WIDTHS.length);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function writeSummary(ws: Worksheet, input: ResultsInput, lang: Lang, words: Words): void {
  const { plan, check } = input;
  ws.views = [{ state: "frozen", ySplit: 4 }];
  ws.columns = [
    { width: 34 },
    ...STATUSES.map(() => ({ width: 14 })),
    { width: 10 },
    { width: 14 },
  ];
  ws.getCell("A1").value =
    `${lang === "zh" ? plan.plan.title.zh : plan.plan.title.en} — ${words.title}`;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = words.asOf;
  ws.getCell("B2").value = check.asOf;

  // the per-unit table first, so that its header is the frozen row
  const head = [words.unit, ...STATUSES.map((s) => statusLabel(s, lang)), words.total, words.worst];
  headerRow(ws, head, 4);
  STATUSES.forEach((s, i) => {
    paintCell(ws.getRow(4).getCell(i + 2), s);
  });
  let n = 5;
  const all = ws.getRow(n++);
  all.getCell(1).value = words.total;
  all.font = { bold: true };
  STATUSES.forEach((s, i) => {
    all.getCell(i + 2).value = check.summary[s];
  });
  all.getCell(STATUSES.length + 2).value = check.results.length;
  const worstAll = all.getCell(STATUSES.length + 3);
  worstAll.value = statusLabel(check.worst, lang);
  paintCell(worstAll, check.worst);
  for (const u of check.byUnit) {
    const row = ws.getRow(n++);
    row.getCell(1).value = lang === "zh" ? u.unit.name : u.unit.en;
    STATUSES.forEach((s, i) => {
      row.getCell(i + 2).value = u.summary[s];
    });
    const owned = u.targets.filter((t) => t.owns).length;
    row.getCell(STATUSES.length + 2).value = owned;
    // a unit that owns no target has no worst status (its cell stays empty, not 达标)
    if (owned > 0) {
      const worst = row.getCell(STATUSES.length + 3);
      worst.value = statusLabel(u.worst, lang);
      paintCell(worst, u.worst);
    }
  }
  ws.autoFilter = {
    from: { row: 4, column: 1 },
    to: { row: n - 1, column: STATUSES.length + 3 },
  };

  // units that reported nothing usable
  const silent = check.byUnit.filter((u) => {
    const owned = u.targets.filter((t) => t.owns);
    return owned.length > 0 && owned.every((t) => t.status === "no-data");
  });
  n++;
  ws.getRow(n++).getCell(1).value = words.silent;
  ws.getRow(n - 1).font = { bold: true };
  for (const u of silent) {
    const row = ws.getRow(n++);
    row.getCell(1).value = lang === "zh" ? u.unit.name : u.unit.en;
    row.getCell(2).value = u.targets.filter((t) => t.owns).length;
    paintCell(row.getCell(1), "no-data");
  }

  // the files read
  n++;
  headerRow(
    ws,
    [
      words.file,
      words.rowsRead,
      words.rowsValid,
      words.rowsInvalid,
      words.errors,
      words.warnings,
      words.sheet,
    ],
    n++,
  );
  for (const f of input.files) {
    const row = ws.getRow(n++);
    row.getCell(1).value = bookOf(f.path, f.sheet);
    row.getCell(2).value = f.rowsRead;
    row.getCell(3).value = f.rowsValid;
    row.getCell(4).value = f.rowsInvalid;
    row.getCell(5).value = f.findings.filter((x) => x.severity === "error").length;
    row.getCell(6).value = f.findings.filter((x) => x.severity === "warning").length;
    if (f.sheet !== undefined) row.getCell(7).value = f.sheet;
  }
}

function targetHeader(words: Words, perUnit: boolean, input: ResultsInput): string[] {
  return [
    words.targetName,
    words.status,
    ...(input.previous ? [words.previous] : []),
    words.indicator,
    words.goal,
    words.deadline,
    words.latest,
    words.unitOfValue,
    words.period,
    words.source,
    words.expected,
    words.pace,
    words.daysLeft,
    words.measure,
    words.targetId,
    perUnit ? words.role : words.units,
    words.notes,
  ];
}

function WIDTHS(perUnit: boolean, input: ResultsInput): number[] {
  return [
    40,
    14,
    ...(input.previous ? [14] : []),
    28,
    16,
    12,
    12,
    10,
    10,
    20,
    12,
    10,
    10,
    8,
    30,
    perUnit ? 10 : 36,
    60,
  ];
}

function addTargetRow(
  ws: Worksheet,
  r: TargetResult,
  input: ResultsInput,
  lang: Lang,
  previous: Map<string, Status>,
  role?: string,
): void {
  const t = r.target;
  const ind = input.plan.indicators.find((i) => i.id === t.indicator);
  const w = r.working;
  const value = w?.value;
  const measure =
    t.measure === null ? undefined : input.plan.measures.find((m) => m.number === t.measure);
  const unitNames = new Map(input.plan.units.map((u) => [u.id, lang === "zh" ? u.name : u.en]));
  const before = previous.get(t.id);
  const cells: (string | number | null)[] = [
    lang === "zh" ? t.name.zh : t.name.en,
    statusLabel(r.status, lang, r.detail),
    ...(input.previous ? [before === undefined ? null : statusLabel(before, lang)] : []),
    ind ? (lang === "zh" ? ind.name.zh : ind.name.en) : t.indicator,
    targetExpression(t, lang),
    t.cadence === "annual" ? labelWords(lang).everyYear : t.deadline,
    value === undefined
      ? null
      : typeof value === "number"
        ? plainNumber(value)
        : stateLabel(value, lang),
    t.unit === "state" ? null : t.unit,
    w?.period ?? null,
    // another unit's figure: who sent it (the owner's own: empty)
    w?.source ? sourceUnit(w.source, lang) : null,
    w?.expected === undefined ? null : plainNumber(w.expected),
    w?.P === undefined ? null : plainNumber(w.P),
    // days left, never negative: past the deadline it says so (已到期)
    r.daysLeft >= 0 ? r.daysLeft : RESULT_WORDS[lang].expired,
    t.measure,
    t.id,
    role ??
      (measure
        ? measure.units.map((u) => unitNames.get(u.unit) ?? u.unit).join(PUNCT[lang].list)
        : ""),
    r.notes.map((x) => noteMessage(x.code, x.args, lang)).join(PUNCT[lang].semi),
  ];
  const row = ws.addRow(cells);
  // the expected value keeps its digits, shown as the terminal and the page round it
  const words = RESULT_WORDS[lang];
  const expectedColumn = targetHeader(words, role !== undefined, input).indexOf(words.expected) + 1;
  const digits = digitsFor(t.unit, typeof t.value === "number" ? t.value : undefined);
  row.getCell(expectedColumn).numFmt = digits === 0 ? "#,##0" : `#,##0.${"0".repeat(digits)}`;
  paintCell(row.getCell(2), r.status);
  if (input.previous && before !== undefined) paintCell(row.getCell(3), before);
  row.alignment = { vertical: "top" };
  const notesCell = row.getCell(cells.length);
  notesCell.alignment = { wrapText: true, vertical: "top" };
}

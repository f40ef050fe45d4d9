/**
 * Row validation of one file, fed record by record (see csv.ts), so that a
 * file of any length is checked in flat memory apart from one compact key
 * per valid row. This file holds the order of the checks and the findings'
 * places; the concerns live apart, pure where they can be: the header
 * (headers.ts `readHeader`), what lies around the data: titles, blank lines,
 * totals, the header repeated (layout.ts), a value and its unit (value.ts `checkValue`),
 * the row schema (schema.ts), names against the plan (plan-index.ts),
 * duplicates across the files of a drop (duplicates.ts), and the cache of
 * what a cell's text resolved to (memo.ts).
 */
import { periodMonths } from "../calendar.js";
import type { Indicator, Plan } from "../plan/types.js";
import { MILESTONE_STATES, type MilestoneState } from "../vocabulary.js";
import { type FindingCode, severityOf } from "./codes.js";
import type { RecordHandler } from "./csv.js";
import { CUT_MARK, cellColumns, MAX_CELLS } from "./csv.js";
import { DuplicateIndex } from "./duplicates.js";
import { type Field, type Header, readHeader } from "./headers.js";
import { firstText, isBlank, isTitle, MAX_TITLE_LINES, namesAField, skipReason } from "./layout.js";
import { lookalikeChars } from "./lookalike.js";
import { type MemoCache, memo } from "./memo.js";
import { type Period, parsePeriod, periodProblem } from "./period.js";
import {
  findIndicatorId,
  indexPlan,
  keyOf,
  type PlanIndex,
  periodOrdinal,
  suggestIndicator,
} from "./plan-index.js";
import { checkRow, fitsLength, periodFitsSchema, type RowObject } from "./schema.js";
import { type FileSender, fileSender, rowSender } from "./sender.js";
import type { Finding, Observation, RefusedRow } from "./types.js";
import { checkValue } from "./value.js";

export interface ValidatorOptions {
  /** receives each observation instead of the result collecting them */
  onObservation?: (o: Observation) => void;
  /** findings kept per code and file; the rest are counted in `findings-truncated` (default 1000) */
  maxFindingsPerCode?: number;
  /** shared between the files of one drop, so that duplicates across files are found */
  duplicates?: DuplicateIndex;
  /**
   * The worksheet the records come from (an .xlsx drop): findings name it,
   * a cell's column is its sheet column (the records start at column A),
   * and rows shorter than the header are padded (Excel leaves trailing
   * cells empty).
   */
  sheet?: string;
  /**
   * Findings about rows kept across all the files that share it (`--max-errors`);
   * the rest are counted in `findings-truncated`. Findings about a file as a whole
   * are always kept.
   */
  budget?: FindingBudget;
  /** who sent the file (the .xlsx reader passes its template metadata); else from its name */
  sender?: FileSender;
}

/** A cell the reader could not turn into text (an .xlsx formula without a value, an error value). */
export interface FlaggedCell {
  /** 0-based column */
  index: number;
  code: FindingCode;
  value: string;
}

/** How many more row findings may be kept, shared by the files of one run. */
export class FindingBudget {
  constructor(public left: number) {}
}

/** A period cell as parsed, with what every row of that period needs of it. */
interface PeriodCell {
  period: Period;
  /** the canonical period passes the row schema's pattern */
  fitsSchema: boolean;
  /** inside the plan's window (else `period-outside-window`) */
  inWindow: boolean;
  /** its part of the row key (`periodOrdinal`); -1 outside the window, where no key is made */
  ordinal: number;
  /** its length in months (1, 3, 12): with the ordinal, the period as written */
  months: number;
}

/** An indicator cell resolved, with the indicator's part of the row key. */
interface IndicatorCell {
  indicator: Indicator;
  order: number;
}

/** An area cell resolved, with the area's part of the row key. */
interface AreaCell {
  id: string;
  order: number;
}

/**
 * The record being checked, for the findings about it (they name its cells
 * and columns) and its count of errors. One a record, made by `checkRecord`
 * and dropped with it: no state of a row outlives the row.
 */
class RecordInCheck {
  /** errors found in the record so far */
  errors = 0;
  /** cell columns of the record, worked out only when a finding needs one */
  private cols: (number | undefined)[] | undefined;

  constructor(
    readonly header: Header,
    readonly cells: string[],
    readonly line: number,
    private readonly raw: string,
  ) {}

  /** The trimmed cell of `field`; "" when empty or not a column. */
  cell(field: Field): string {
    const i = this.header.index[field];
    return i === undefined ? "" : (this.cells[i] ?? "").trim();
  }

  /** The column each cell starts at (in the raw line, for CSV). */
  columns(delimiter: string): (number | undefined)[] {
    this.cols ??= cellColumns(this.raw, delimiter);
    return this.cols;
  }
}

/** Refused rows kept per file (what 催报 needs of them; their findings are capped apart). */
const MAX_REFUSED = 10_000;

/** The schema's verdict on a row it had nothing against. */
const NO_PROBLEMS: ReadonlySet<Field> = new Set();

const CSV_CODES: Record<string, FindingCode> = {
  CSV_QUOTE_NOT_CLOSED: "unclosed-quote",
  CSV_INVALID_CLOSING_QUOTE: "bad-quote",
  INVALID_OPENING_QUOTE: "bad-quote",
  CSV_MAX_RECORD_SIZE: "record-too-large",
};

export class FileValidator implements RecordHandler {
  readonly findings: Finding[] = [];
  readonly observations: Observation[] = [];
  /** rows refused, with the figure each was for and its sender */
  readonly refused: RefusedRow[] = [];
  /** who sent the file, where a row does not say (src/data/sender.ts) */
  readonly sender: FileSender;
  rowsRead = 0;
  rowsValid = 0;
  rowsInvalid = 0;

  private readonly ix: PlanIndex;
  private header: Header | undefined;
  private blankRun: { start: number; end: number } | undefined;
  private readonly seen: DuplicateIndex;
  private readonly perCode = new Map<FindingCode, number>();
  private readonly suppressed = new Map<FindingCode, number>();
  private readonly maxPerCode: number;
  private readonly unitName = new Map<string, string>();
  /**
   * What the cells of the last many rows resolved to (null: to nothing), by
   * their trimmed text: a drop repeats its periods, indicators, areas, units.
   */
  private readonly periods: MemoCache<PeriodCell> = new Map();
  private readonly indicatorCells: MemoCache<IndicatorCell> = new Map();
  private readonly areaCells: MemoCache<AreaCell> = new Map();
  private readonly unitIds: MemoCache<string> = new Map();
  private readonly oddUnitNames: MemoCache<string> = new Map();

  constructor(
    readonly path: string,
    readonly plan: Plan,
    readonly delimiter: string,
    private readonly opts: ValidatorOptions = {},
  ) {
    this.ix = indexPlan(plan);
    this.maxPerCode = opts.maxFindingsPerCode ?? 1000;
    this.seen = opts.duplicates ?? new DuplicateIndex();
    for (const u of plan.units) this.unitName.set(u.id, u.name);
    this.sender = opts.sender ?? fileSender(plan, path);
  }

  /**
   * Whether the next finding of `code` would be kept (not only counted): the
   * work that only a kept finding needs (a suggestion) is done only then.
   */
  keeps(code: FindingCode): boolean {
    const budget = this.opts.budget;
    return (this.perCode.get(code) ?? 0) < this.maxPerCode && (!budget || budget.left > 0);
  }

  /** Adds a finding (counted against the per-code cap and the shared budget). */
  add(code: FindingCode, f: Omit<Finding, "code" | "severity" | "file"> = {}): void {
    const n = (this.perCode.get(code) ?? 0) + 1;
    this.perCode.set(code, n);
    const budget = f.line === undefined ? undefined : this.opts.budget;
    if (n > this.maxPerCode || (budget && budget.left <= 0)) {
      this.suppressed.set(code, (this.suppressed.get(code) ?? 0) + 1);
      return;
    }
    if (budget) budget.left--;
    const finding: Finding = { code, severity: severityOf(code), file: this.path };
    if (this.opts.sheet !== undefined) finding.sheet = this.opts.sheet;
    if (f.line !== undefined) finding.line = f.line;
    if (f.col !== undefined) finding.col = f.col;
    if (f.column !== undefined) finding.column = f.column;
    if (f.value !== undefined) finding.value = f.value;
    if (f.args !== undefined) finding.args = f.args;
    this.findings.push(finding);
  }

  // ---- records --------------------------------------------------------------

  /** The field of a column once the header is read (the .xlsx reader asks, for merged cells). */
  fieldOf(index: number): Field | undefined {
    return this.header?.fields[index];
  }

  /** Whether the header has been read. */
  get headerRead(): boolean {
    return this.header !== undefined;
  }

  /** The header as written, per column (empty before the header). */
  headerNames(): string[] {
    return this.header?.names ?? [];
  }

  /** Blank lines `start`–`end` at once (a gap between a sheet's rows, never iterated). */
  blankLines(start: number, end: number): void {
    this.record([], start, "");
    if (this.blankRun && end > this.blankRun.end) this.blankRun.end = end;
  }

  record(cells: string[], line: number, raw: string, flagged?: FlaggedCell[]): void {
    if (cells.length > MAX_CELLS || (cells[cells.length - 1] ?? "").startsWith(CUT_MARK)) {
      this.tooManyCells(cells, line);
      return;
    }
    if (isBlank(cells) && !flagged?.length) {
      if (this.blankRun && this.blankRun.end === line - 1) this.blankRun.end = line;
      else {
        this.flushBlank();
        this.blankRun = { start: line, end: line };
      }
      return;
    }
    this.flushBlank();
    if (!this.header) {
      if (this.titles.length < MAX_TITLE_LINES && isTitle(cells)) {
        this.titles.push({ cells, line, raw });
        return;
      }
      if (this.titles.length > 0 && !namesAField(cells)) {
        // not a header below the "titles": the first of them was the header
        this.replayTitles();
        this.record(cells, line, raw, flagged);
        return;
      }
      for (const t of this.titles)
        this.add("title-row", { line: t.line, value: firstText(t.cells) });
      this.titles = [];
      this.readHeader(cells, line);
      return;
    }
    const skip = skipReason(this.header, cells);
    if (skip) {
      this.add(skip, { line, value: firstText(cells) });
      return;
    }
    this.rowsRead++;
    if (flagged?.length) {
      this.rowsInvalid++;
      const h = this.header;
      for (const c of flagged) {
        const field = h.fields[c.index];
        const f: Omit<Finding, "code" | "severity" | "file"> = { line, col: c.index + 1 };
        f.column = h.names[c.index] ?? field ?? "";
        if (c.value !== "") f.value = c.value;
        this.add(c.code, f);
      }
      const ind = cells[h.index.indicator ?? -1]?.trim();
      this.refuse(line, ind ? this.findIndicator(ind)?.indicator.id : undefined);
      return;
    }
    if (this.checkRecord(this.header, cells, line, raw)) this.rowsValid++;
    else this.rowsInvalid++;
  }

  broken(csvCode: string, line: number, endLine: number): void {
    this.flushBlank();
    const code = CSV_CODES[csvCode] ?? "csv-error";
    const args: Record<string, string | number> = {};
    if (endLine > line) args.endLine = endLine;
    if (code === "csv-error") args.reason = csvCode;
    this.add(code, { line, ...(Object.keys(args).length > 0 ? { args } : {}) });
    if (!this.header) {
      // the header itself could not be read
      this.header = { line, fields: [], names: [], index: {}, fatal: true, broken: true };
      return;
    }
    this.rowsRead++;
    this.rowsInvalid++;
  }

  /** A record (or header) with more than MAX_CELLS cells: reported, never held. */
  private tooManyCells(cells: string[], line: number): void {
    this.flushBlank();
    const cut = (cells[cells.length - 1] ?? "").startsWith(CUT_MARK);
    this.add("too-many-cells", {
      line,
      args: cut ? { max: MAX_CELLS } : { max: MAX_CELLS, count: cells.length },
    });
    if (!this.header) {
      this.header = { line, fields: [], names: [], index: {}, fatal: true, broken: true };
      return;
    }
    this.rowsRead++;
    this.rowsInvalid++;
  }

  /**
   * Single-cell lines above the header, held until the next line shows
   * whether they were a title (a header follows) or the header itself.
   */
  private titles: { cells: string[]; line: number; raw: string }[] = [];

  /** The held lines read as they are: the first as the header, the rest as rows. */
  private replayTitles(): void {
    const [first, ...rest] = this.titles;
    this.titles = [];
    if (!first) return;
    this.readHeader(first.cells, first.line);
    for (const t of rest) this.record(t.cells, t.line, t.raw);
  }

  private flushBlank(): void {
    const b = this.blankRun;
    if (!b) return;
    this.blankRun = undefined;
    // blank lines before the header are reported once the header is found
    this.add("blank-row", {
      line: b.start,
      ...(b.end > b.start ? { args: { endLine: b.end } } : {}),
    });
  }

  // ---- header ---------------------------------------------------------------

  private readHeader(cells: string[], line: number): void {
    const { header, findings } = readHeader(cells, line);
    for (const f of findings) this.add(f.code, f);
    this.header = header;
  }

  // ---- one row --------------------------------------------------------------
  //
  // A row is checked with one small object (RecordInCheck) and no others
  // unless something is wrong with it: the cells are read straight from the
  // record, what a cell
  // resolves to (period, indicator, area, unit) is cached by its text, and
  // the row schema is asked only when a cheap look (`fitsSchema`) cannot
  // vouch for the row. Findings carry the same codes, columns and values, in
  // the same order, as the plain reading of the checks below suggests.

  /** A finding about one cell of the record being checked. */
  private at(
    row: RecordInCheck,
    code: FindingCode,
    field: Field,
    args?: Record<string, string | number>,
  ): void {
    const h = row.header;
    const i = h.index[field];
    const f: Omit<Finding, "code" | "severity" | "file"> = { line: row.line };
    if (i !== undefined && this.opts.sheet !== undefined) {
      f.col = i + 1;
      f.column = h.names[i] ?? field;
    } else if (i !== undefined) {
      const c = row.columns(this.delimiter)[i];
      if (c !== undefined) f.col = c;
      f.column = h.names[i] ?? field;
    } else f.column = field;
    const v = row.cell(field);
    if (v !== "") f.value = v;
    if (args) f.args = args;
    if (severityOf(code) === "error") row.errors++;
    this.add(code, f);
  }

  /** Checks a data record; true when it has no error. */
  private checkRecord(h: Header, record: string[], line: number, raw: string): boolean {
    if (h.fatal) return false;
    const cells =
      this.opts.sheet !== undefined && record.length < h.fields.length
        ? [...record, ...new Array<string>(h.fields.length - record.length).fill("")]
        : record;
    if (cells.length !== h.fields.length) {
      this.add("ragged-row", {
        line,
        args: { expected: h.fields.length, got: cells.length },
      });
      return false;
    }
    const row = new RecordInCheck(h, cells, line, raw);

    const indicatorText = row.cell("indicator");
    const periodText = row.cell("period");
    const valueText = row.cell("value");
    const unitText = row.cell("unit");
    const areaText = row.cell("area");
    const byText = row.cell("reported_by");

    let pc: PeriodCell | undefined;
    if (periodText !== "") pc = memo(this.periods, periodText, this.parsePeriodCell);
    const bad = this.fitsSchema(row, indicatorText, valueText, unitText, areaText, byText, pc)
      ? NO_PROBLEMS
      : this.schemaProblems(row, pc);
    if (bad.has("period")) pc = undefined;

    // indicator
    let ic: IndicatorCell | undefined;
    if (indicatorText !== "" && !bad.has("indicator")) {
      ic = memo(this.indicatorCells, indicatorText, this.findIndicator);
      if (!ic) {
        const s = this.keeps("unknown-indicator")
          ? suggestIndicator(this.ix, indicatorText)
          : undefined;
        this.at(row, "unknown-indicator", "indicator", s ? { suggestion: s } : undefined);
      }
    }
    const ind = ic?.indicator;

    // period
    const period = pc?.period;
    if (pc && period) {
      if (period.fromDate) this.at(row, "period-from-date", "period", { period: period.period });
      if (!pc.inWindow) {
        this.at(row, "period-outside-window", "period", {
          period: period.period,
          earliest: this.ix.earliest,
          latest: this.ix.latest,
        });
      }
    }

    // value and unit
    let value: number | MilestoneState | undefined;
    if (valueText !== "" && !bad.has("value")) {
      const checked = checkValue(valueText, unitText, ind);
      if (typeof checked === "object") this.at(row, checked.code, checked.field, checked.args);
      else value = checked;
    }

    // area
    let ac: AreaCell | undefined;
    if (areaText !== "" && !bad.has("area")) {
      ac = memo(this.areaCells, areaText, this.findArea);
      if (!ac) {
        const s = this.keeps("unknown-area") ? this.ix.suggestArea(areaText) : undefined;
        this.at(row, "unknown-area", "area", s ? { suggestion: s } : undefined);
      } else if (ind && !ind.byArea && ind.rollup !== "sum") {
        this.at(row, "area-not-expected", "area", { indicator: ind.id });
      }
    }
    const area = ac ? ac.id : null;
    if (area === null && ind && areaText === "" && this.ix.areaOnly.has(ind.id)) {
      this.at(row, "area-missing", "area", { indicator: ind.id });
    }

    // reporting unit
    let reportedBy: string | null = null;
    const odd = byText === "" ? undefined : memo(this.oddUnitNames, byText, oddChars);
    if (odd !== undefined) {
      // invisible or look-alike characters: not a name to count a figure under
      this.at(row, "unit-name-lookalike", "reported_by", { chars: odd });
    } else if (byText !== "" && !bad.has("reported_by")) {
      const id = memo(this.unitIds, byText, this.ix.findUnit);
      if (!id) {
        const s = this.keeps("unknown-unit") ? this.ix.suggestUnit(byText) : undefined;
        this.at(row, "unknown-unit", "reported_by", s ? { suggestion: s } : undefined);
      } else {
        reportedBy = id;
        const resp = ind ? this.ix.responsible.get(ind.id) : undefined;
        if (ind && resp && resp.size > 0 && !resp.has(id)) {
          this.at(row, "not-responsible", "reported_by", {
            indicator: ind.id,
            responsible: [...resp].map((u) => this.unitName.get(u) ?? u).join("、"),
          });
        }
      }
    }

    // duplicates, among rows otherwise free of errors
    if (row.errors > 0 || !ic || !pc || !period || value === undefined) {
      if (row.errors > 0) this.refuse(line, ic?.indicator.id, period, ac?.id, reportedBy);
      return row.errors === 0;
    }
    const key = keyOf(this.ix, ic.order, pc.ordinal, ac ? ac.order : 0);
    const code = typeof value === "number" ? value : MILESTONE_STATES.indexOf(value);
    // the same indicator, observation date and area again: within one file a
    // repeat (warning) or a conflict (error); from a later file a repeat, or a
    // revision that supersedes the earlier figure (STATUS-RULES v2)
    const first = this.seen.firstOrAdd(key, this.path, line, code, pc.months);
    let revises: Observation["revises"];
    if (first) {
      const where: Record<string, string | number> = { firstLine: first.line };
      const sameFile = first.file === this.path;
      if (!sameFile) where.firstFile = first.file;
      const shown = (v: number): string =>
        typeof value === "number" ? `${v}${ic.indicator.unit}` : (MILESTONE_STATES[v] ?? "");
      if (sameValue(first.value, code)) {
        this.at(row, "duplicate-row", "value", where);
        // a later file repeating the figure: its row now stands for the key
        if (!sameFile) this.seen.replace(first.entry, this.path, line, first.value, pc.months);
        return row.errors === 0;
      }
      where.firstValue = shown(first.value);
      if (sameFile) {
        this.at(row, "conflicting-row", "value", where);
        this.refuse(line, ic.indicator.id, period, ac?.id, reportedBy);
        return row.errors === 0;
      }
      where.newValue = shown(code);
      this.at(row, "value-revised", "value", where);
      this.seen.replace(first.entry, this.path, line, code, pc.months);
      revises = {
        value:
          typeof value === "number" ? first.value : (MILESTONE_STATES[first.value] ?? first.value),
        file: first.file,
        line: first.line,
      };
    }
    const o: Observation = {
      indicator: ic.indicator.id,
      period: period.period,
      date: period.end,
      value,
      area,
      reportedBy,
      ...rowSender(reportedBy, this.sender),
      file: this.path,
      line,
    };
    if (revises) o.revises = revises;
    if (this.opts.onObservation) this.opts.onObservation(o);
    else this.observations.push(o);
    return true;
  }

  /** Records a refused row: the figure it was for, as far as it was read, and who sent it. */
  private refuse(
    line: number,
    indicator?: string,
    period?: { period: string; end: string },
    area?: string,
    reportedBy: string | null = null,
  ): void {
    if (this.refused.length >= MAX_REFUSED) return;
    this.refused.push({
      indicator: indicator ?? null,
      period: period?.period ?? null,
      date: period?.end ?? null,
      area: area ?? null,
      ...rowSender(reportedBy, this.sender),
      line,
    });
  }

  /**
   * True when the row schema surely has nothing to say about the record: the
   * required cells are there, the period is one whose canonical form passes
   * the schema, and no cell is longer than the schema allows. False means
   * "ask the schema" (`schemaProblems`), not that the record is bad.
   */
  private fitsSchema(
    row: RecordInCheck,
    indicator: string,
    value: string,
    unit: string,
    area: string,
    reportedBy: string,
    pc: PeriodCell | undefined,
  ): boolean {
    return (
      pc?.fitsSchema === true &&
      indicator !== "" &&
      value !== "" &&
      fitsLength("indicator", indicator) &&
      fitsLength("value", value) &&
      fitsLength("unit", unit) &&
      fitsLength("area", area) &&
      fitsLength("reported_by", reportedBy) &&
      fitsLength("note", row.cell("note"))
    );
  }

  /**
   * The row schema's verdict on the current record, as the set of fields it
   * finds fault with (each reported): the normalised row it checks has the
   * trimmed cells, empty ones left out, and the period in canonical form.
   */
  private schemaProblems(row: RecordInCheck, pc: PeriodCell | undefined): ReadonlySet<Field> {
    const normalised: RowObject = {};
    row.header.fields.forEach((field, i) => {
      if (!field) return;
      const v = (row.cells[i] ?? "").trim();
      if (v !== "") normalised[field] = v;
    });
    if (pc && normalised.period !== undefined) normalised.period = pc.period.period;
    const bad = new Set<Field>();
    for (const p of checkRow(normalised)) {
      bad.add(p.field);
      const why =
        p.code === "bad-period"
          ? periodProblem(row.cell("period"), Number(this.ix.latest.slice(0, 4)))
          : undefined;
      if (why) this.at(row, why.code, p.field, { example: why.example });
      else this.at(row, p.code, p.field);
    }
    return bad;
  }

  /** A period cell as the rows need it (for the cache of periods). */
  private readonly parsePeriodCell = (text: string): PeriodCell | undefined => {
    const period = parsePeriod(text);
    if (!period) return undefined;
    // by observation date (the period's last day): from ten years before the window to its end
    const inWindow = !(period.end < this.ix.earliest || period.end > this.ix.latest);
    return {
      period,
      fitsSchema: periodFitsSchema(period.period),
      inWindow,
      ordinal: inWindow ? periodOrdinal(this.ix, period.period) : -1,
      // only a period in the window has a key; only such a period is surely canonical (YYYY…)
      months: inWindow ? periodMonths(period.period) : 0,
    };
  };

  /** An indicator by its id (in any case or width) or by its name (`findIndicatorId`). */
  private readonly findIndicator = (input: string): IndicatorCell | undefined => {
    const id = findIndicatorId(this.ix, input);
    const indicator = id === undefined ? undefined : this.ix.indicators.get(id);
    if (!indicator) return undefined;
    return { indicator, order: this.ix.indicatorOrder.get(indicator.id) ?? 0 };
  };

  private readonly findArea = (input: string): AreaCell | undefined => {
    const id = this.ix.findArea(input);
    return id === undefined ? undefined : { id, order: this.ix.areaOrder.get(id) ?? 0 };
  };

  // ---- end ------------------------------------------------------------------

  /** Closes the file: empty / header-only checks, the cap note, sorting. */
  finish(): void {
    if (!this.header && this.titles.length > 0) this.replayTitles();
    if (!this.header) {
      this.blankRun = undefined;
      this.findings.length = 0;
      this.perCode.clear();
      this.suppressed.clear();
      this.add("empty-file");
    } else {
      this.flushBlank();
      if (this.rowsRead === 0 && !this.header.broken)
        this.add("header-only", { line: this.header.line });
    }
    for (const [code, n] of this.suppressed) {
      this.findings.push({
        code: "findings-truncated",
        severity: severityOf("findings-truncated"),
        file: this.path,
        args: { code, count: n },
      });
    }
    sortFindings(this.findings);
  }
}

/** The invisible or look-alike characters of a unit name, listed; undefined when there are none. */
function oddChars(name: string): string | undefined {
  const odd = lookalikeChars(name);
  return odd.length > 0 ? odd.join(", ") : undefined;
}

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Sorts findings by file, then line (file-level findings first), stable otherwise. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return (a.line ?? 0) - (b.line ?? 0);
  });
}

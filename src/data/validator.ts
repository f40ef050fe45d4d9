/**
 * Row validation of one file: header mapping, the row schema, and the checks
 * against the plan. Fed record by record (see csv.ts), so that a file of any
 * length is checked in flat memory apart from one compact key per valid row
 * (for duplicates).
 */
import type { Indicator, MilestoneState, Plan } from "../plan/types.js";
import { type FindingCode, severityOf } from "./codes.js";
import type { RecordHandler } from "./csv.js";
import { cellColumns } from "./csv.js";
import { type Field, mapHeader, REQUIRED_FIELDS } from "./headers.js";
import { parseNumber, parseState } from "./number.js";
import { type Period, parsePeriod } from "./period.js";
import { indexPlan, type PlanIndex, rowKey, suggestIndicator } from "./plan-index.js";
import { checkRow, type RowObject } from "./schema.js";
import { lookupKey, nearest } from "./text.js";
import type { Finding, Observation } from "./types.js";
import { convert, normalizeUnit } from "./units.js";

export interface ValidatorOptions {
  /** receives each observation instead of the result collecting them */
  onObservation?: (o: Observation) => void;
  /** findings kept per code and file; the rest are counted in `findings-truncated` (default 1000) */
  maxFindingsPerCode?: number;
  /** shared between the files of one drop, so that duplicates across files are found */
  duplicates?: DuplicateIndex;
}

interface Header {
  line: number;
  /** field of each column, undefined for an unknown column */
  fields: (Field | undefined)[];
  /** the header as written, per column */
  names: string[];
  /** column index of each field */
  index: Partial<Record<Field, number>>;
  /** the header cannot be used: every row is invalid */
  fatal: boolean;
  /** the header record itself could not be parsed */
  broken?: boolean;
}

const STATES: MilestoneState[] = ["not_started", "in_progress", "done"];

const CSV_CODES: Record<string, FindingCode> = {
  CSV_QUOTE_NOT_CLOSED: "unclosed-quote",
  CSV_INVALID_CLOSING_QUOTE: "bad-quote",
  INVALID_OPENING_QUOTE: "bad-quote",
  CSV_MAX_RECORD_SIZE: "record-too-large",
};

function isPercent(unit: string): boolean {
  const n = normalizeUnit(unit);
  return n === "%" || n === "百分比";
}

/**
 * The rows seen so far, for duplicate detection. A row's key is a whole
 * number (see `rowKey` in plan-index.ts: indicator × area × period, each by
 * its index), kept with the first row's file, line and value in typed arrays
 * and found through an open-addressing hash table of entry numbers: under 30
 * bytes a row, where string keys in a Map took over 100. One index may be shared by the files of a
 * drop.
 */
export class DuplicateIndex {
  /** entry + 1 per hash slot (0: empty) */
  private table = new Uint32Array(1 << 12);
  private size = 0;
  private files: string[] = [];
  private fileIds = new Map<string, number>();
  private keys = new Uint32Array(1024);
  private fileOf = new Uint32Array(1024);
  private lines = new Uint32Array(1024);
  private values = new Float64Array(1024);

  /**
   * The first row with this key; or, when there is none, undefined after
   * recording this row as the first.
   */
  firstOrAdd(
    key: number,
    file: string,
    line: number,
    value: number,
  ): { file: string; line: number; value: number } | undefined {
    const mask = this.table.length - 1;
    let h = hash(key) & mask;
    for (let e = this.table[h] as number; e !== 0; e = this.table[h] as number) {
      const i = e - 1;
      if (this.keys[i] === key) {
        return {
          file: this.files[this.fileOf[i] ?? 0] ?? "",
          line: this.lines[i] ?? 0,
          value: this.values[i] ?? 0,
        };
      }
      h = (h + 1) & mask;
    }
    const i = this.size++;
    if (i === this.lines.length) {
      this.keys = grow(this.keys, new Uint32Array(i * 2));
      this.fileOf = grow(this.fileOf, new Uint32Array(i * 2));
      this.lines = grow(this.lines, new Uint32Array(i * 2));
      this.values = grow(this.values, new Float64Array(i * 2));
    }
    let f = this.fileIds.get(file);
    if (f === undefined) {
      f = this.files.length;
      this.files.push(file);
      this.fileIds.set(file, f);
    }
    this.table[h] = i + 1;
    this.keys[i] = key;
    this.fileOf[i] = f;
    this.lines[i] = line;
    this.values[i] = value;
    if (this.size * 4 > this.table.length * 3) this.rehash();
    return undefined;
  }

  /** Doubles the hash table (kept at most three quarters full). */
  private rehash(): void {
    this.table = new Uint32Array(this.table.length * 2);
    const mask = this.table.length - 1;
    for (let i = 0; i < this.size; i++) {
      let h = hash(this.keys[i] as number) & mask;
      while (this.table[h] !== 0) h = (h + 1) & mask;
      this.table[h] = i + 1;
    }
  }
}

function grow<T extends Float64Array | Uint32Array>(a: T, b: T): T {
  b.set(a);
  return b;
}

/** Spreads consecutive keys over the table (a 32-bit integer mix). */
function hash(key: number): number {
  let x = key >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}

export class FileValidator implements RecordHandler {
  readonly findings: Finding[] = [];
  readonly observations: Observation[] = [];
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
  private readonly areaNames: string[];
  private readonly unitNames: string[];
  private readonly unitName = new Map<string, string>();
  /** what the cells of the last many rows resolved to: a drop repeats its periods, areas, units */
  private readonly periods = new Map<string, Period | undefined>();
  private readonly areaIds = new Map<string, string | undefined>();
  private readonly unitIds = new Map<string, string | undefined>();

  constructor(
    readonly path: string,
    readonly plan: Plan,
    readonly delimiter: string,
    private readonly opts: ValidatorOptions = {},
  ) {
    this.ix = indexPlan(plan);
    this.maxPerCode = opts.maxFindingsPerCode ?? 1000;
    this.seen = opts.duplicates ?? new DuplicateIndex();
    this.areaNames = plan.areas.flatMap((a) => [a.name, ...a.aliases, a.id]);
    this.unitNames = plan.units.flatMap((u) => [u.name, ...u.aliases, u.id]);
    for (const u of plan.units) this.unitName.set(u.id, u.name);
  }

  /** Adds a finding (counted against the per-code cap). */
  add(code: FindingCode, f: Omit<Finding, "code" | "severity" | "file"> = {}): void {
    const n = (this.perCode.get(code) ?? 0) + 1;
    this.perCode.set(code, n);
    if (n > this.maxPerCode) {
      this.suppressed.set(code, (this.suppressed.get(code) ?? 0) + 1);
      return;
    }
    const finding: Finding = { code, severity: severityOf(code), file: this.path };
    if (f.line !== undefined) finding.line = f.line;
    if (f.col !== undefined) finding.col = f.col;
    if (f.column !== undefined) finding.column = f.column;
    if (f.value !== undefined) finding.value = f.value;
    if (f.args !== undefined) finding.args = f.args;
    this.findings.push(finding);
  }

  // ---- records --------------------------------------------------------------

  record(cells: string[], line: number, raw: string): void {
    if (cells.every((c) => c.trim() === "")) {
      if (this.blankRun && this.blankRun.end === line - 1) this.blankRun.end = line;
      else {
        this.flushBlank();
        this.blankRun = { start: line, end: line };
      }
      return;
    }
    this.flushBlank();
    if (!this.header) {
      this.readHeader(cells, line);
      return;
    }
    this.rowsRead++;
    if (this.checkRecord(cells, line, raw)) this.rowsValid++;
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
    const h: Header = { line, fields: [], names: [], index: {}, fatal: false };
    cells.forEach((cell, i) => {
      const name = cell.replace(/\uFEFF/g, "").trim();
      const field = mapHeader(name);
      h.names.push(name);
      if (!field) {
        h.fields.push(undefined);
        this.add("unknown-column", {
          line,
          column: name,
          value: name,
          args: { position: i + 1 },
        });
        return;
      }
      const first = h.index[field];
      if (first !== undefined) {
        h.fields.push(undefined);
        h.fatal = true;
        this.add("duplicate-header", {
          line,
          column: name,
          value: name,
          args: { field, first: h.names[first] ?? field, position: i + 1 },
        });
        return;
      }
      h.fields.push(field);
      h.index[field] = i;
    });
    for (const f of REQUIRED_FIELDS) {
      if (h.index[f] === undefined) {
        h.fatal = true;
        this.add("missing-header", { line, column: f, args: { field: f } });
      }
    }
    this.header = h;
  }

  // ---- one row --------------------------------------------------------------

  /** Checks a data record; true when it has no error. */
  private checkRecord(cells: string[], line: number, raw: string): boolean {
    const h = this.header as Header;
    if (h.fatal) return false;
    if (cells.length !== h.fields.length) {
      this.add("ragged-row", {
        line,
        args: { expected: h.fields.length, got: cells.length },
      });
      return false;
    }
    let cols: (number | undefined)[] | undefined;
    const colOf = (i: number): number | undefined => {
      cols ??= cellColumns(raw, this.delimiter);
      return cols[i];
    };
    const pending: [FindingCode, Omit<Finding, "code" | "severity" | "file">][] = [];
    let errors = 0;
    const cell: Partial<Record<Field, string>> = {};
    const at = (code: FindingCode, field: Field, args?: Record<string, string | number>): void => {
      const i = h.index[field];
      const f: Omit<Finding, "code" | "severity" | "file"> = { line };
      if (i !== undefined) {
        const c = colOf(i);
        if (c !== undefined) f.col = c;
        f.column = h.names[i] ?? field;
      } else f.column = field;
      const v = cell[field];
      if (v !== undefined && v !== "") f.value = v;
      if (args) f.args = args;
      if (severityOf(code) === "error") errors++;
      pending.push([code, f]);
    };

    // normalised row: trimmed cells, empty ones left out, period canonical
    const row: RowObject = {};
    h.fields.forEach((field, i) => {
      if (!field) return;
      const v = (cells[i] ?? "").trim();
      cell[field] = v;
      if (v !== "") row[field] = v;
    });
    let period: Period | undefined;
    if (row.period !== undefined) {
      period = memo(this.periods, row.period, parsePeriod);
      if (period) row.period = period.period;
    }
    const schemaBad = new Set<Field>();
    for (const p of checkRow(row)) {
      schemaBad.add(p.field);
      at(p.code, p.field);
    }
    if (schemaBad.has("period")) period = undefined;

    // indicator
    let ind: Indicator | undefined;
    if (row.indicator !== undefined && !schemaBad.has("indicator")) {
      ind = this.ix.indicators.get(row.indicator) ?? this.findIndicator(row.indicator);
      if (!ind) {
        const s = suggestIndicator(this.ix, row.indicator);
        at("unknown-indicator", "indicator", s ? { suggestion: s } : undefined);
      }
    }

    // period
    if (period) {
      if (period.fromDate) at("period-from-date", "period", { period: period.period });
      if (period.start < this.ix.earliest || period.end > this.ix.latest) {
        at("period-outside-window", "period", {
          period: period.period,
          earliest: this.ix.earliest,
          latest: this.ix.latest,
        });
      }
    }

    // value and unit
    let value: number | MilestoneState | undefined;
    if (row.value !== undefined && !schemaBad.has("value")) {
      value = this.checkValue(row, ind, at);
    }

    // area
    let area: string | null = null;
    if (row.area !== undefined && !schemaBad.has("area")) {
      const id = memo(this.areaIds, row.area, this.ix.findArea);
      if (!id) {
        const s = nearest(row.area, this.areaNames);
        at("unknown-area", "area", s ? { suggestion: s } : undefined);
      } else {
        area = id;
        if (ind && !ind.byArea && ind.rollup !== "sum") {
          at("area-not-expected", "area", { indicator: ind.id });
        }
      }
    }

    // reporting unit
    let reportedBy: string | null = null;
    if (row.reported_by !== undefined && !schemaBad.has("reported_by")) {
      const id = memo(this.unitIds, row.reported_by, this.ix.findUnit);
      if (!id) {
        const s = nearest(row.reported_by, this.unitNames);
        at("unknown-unit", "reported_by", s ? { suggestion: s } : undefined);
      } else {
        reportedBy = id;
        const resp = ind ? this.ix.responsible.get(ind.id) : undefined;
        if (ind && resp && resp.size > 0 && !resp.has(id)) {
          at("not-responsible", "reported_by", {
            indicator: ind.id,
            responsible: [...resp].map((u) => this.unitName.get(u) ?? u).join("、"),
          });
        }
      }
    }

    // duplicates, among rows otherwise free of errors
    let emit = errors === 0 && ind !== undefined && period !== undefined && value !== undefined;
    if (emit && ind && period && value !== undefined) {
      const key = rowKey(this.ix, ind.id, period.period, area);
      const code = typeof value === "number" ? value : STATES.indexOf(value);
      const first = this.seen.firstOrAdd(key, this.path, line, code);
      if (first) {
        const where: Record<string, string | number> = { firstLine: first.line };
        if (first.file !== this.path) where.firstFile = first.file;
        if (sameValue(first.value, code)) {
          at("duplicate-row", "value", where);
        } else {
          where.firstValue =
            typeof value === "number" ? `${first.value}${ind.unit}` : (STATES[first.value] ?? "");
          at("conflicting-row", "value", where);
        }
        emit = false;
      }
    }

    for (const [code, f] of pending) this.add(code, f);
    if (emit && ind && period && value !== undefined) {
      const o: Observation = {
        indicator: ind.id,
        period: period.period,
        date: period.end,
        value,
        area,
        reportedBy,
        file: this.path,
        line,
      };
      if (this.opts.onObservation) this.opts.onObservation(o);
      else this.observations.push(o);
    }
    return errors === 0;
  }

  private findIndicator(input: string): Indicator | undefined {
    const key = lookupKey(input);
    for (const i of this.ix.indicators.values()) if (lookupKey(i.id) === key) return i;
    return undefined;
  }

  private checkValue(
    row: RowObject,
    ind: Indicator | undefined,
    at: (code: FindingCode, field: Field, args?: Record<string, string | number>) => void,
  ): number | MilestoneState | undefined {
    const raw = row.value as string;
    if (ind?.kind === "milestone") {
      const st = parseState(raw);
      if (!st) at("bad-state", "value");
      return st;
    }
    const num = parseNumber(raw);
    if (!num.ok) {
      if (parseState(raw) !== undefined) {
        if (ind) at("unexpected-state", "value", { indicator: ind.id });
      } else at("value-not-number", "value");
      return undefined;
    }
    if (!ind) return undefined;
    if (num.percent && !isPercent(ind.unit)) {
      at("percent-not-allowed", "value", { unit: ind.unit });
      return undefined;
    }
    let value = num.value;
    if (row.unit !== undefined) {
      const converted =
        num.percent && !isPercent(row.unit) ? undefined : convert(value, row.unit, ind.unit);
      if (converted === undefined) {
        at("unit-mismatch", "unit", { expected: ind.unit });
        return undefined;
      }
      value = converted;
    }
    const min = ind.min ?? 0;
    if (value < min) {
      at("value-below-min", "value", { min, unit: ind.unit });
      return undefined;
    }
    if (ind.max !== undefined && value > ind.max) {
      at("value-above-max", "value", { max: ind.max, unit: ind.unit });
      return undefined;
    }
    return value;
  }

  // ---- end ------------------------------------------------------------------

  /** Closes the file: empty / header-only checks, the cap note, sorting. */
  finish(): void {
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

/** Entries a lookup cache holds before it starts again (bounds memory on any input). */
const MEMO_SIZE = 4096;

/** `f(key)`, remembered in `cache` (for a pure `f`). */
function memo<V>(cache: Map<string, V>, key: string, f: (key: string) => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  if (cache.size >= MEMO_SIZE) cache.clear();
  const v = f(key);
  cache.set(key, v);
  return v;
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

import type { Indicator } from "../plan/types.js";
import { type FindingCode, severityOf } from "./codes.js";
import { cellColumns } from "./csv.js";
import type { DuplicateIndex } from "./duplicates.js";
import type { Field, Header } from "./headers.js";
import { lookalikeChars } from "./lookalike.js";
import type { Period } from "./period.js";
import { drawsOnBudget } from "./rank.js";
import type { FileSender } from "./sender.js";
import type { Finding, Observation } from "./types.js";

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

/**
 * How many more row findings may be kept, shared by the files of one run
 * (`--max-errors N`): N errors and N other findings, so that warnings read
 * first never take the room of an error read later. The warnings that change
 * what a figure means are not counted (rank.ts, `drawsOnBudget`).
 */
export class FindingBudget {
  private errors: number;
  private others: number;

  constructor(max: number) {
    this.errors = max;
    this.others = max;
  }

  /** Whether a finding of `code` would be kept. */
  has(code: FindingCode): boolean {
    if (!drawsOnBudget(code)) return true;
    return severityOf(code) === "error" ? this.errors > 0 : this.others > 0;
  }

  /** Keeps a finding of `code` if there is room for it; false if not. */
  take(code: FindingCode): boolean {
    if (!this.has(code)) return false;
    if (!drawsOnBudget(code)) return true;
    if (severityOf(code) === "error") this.errors--;
    else this.others--;
    return true;
  }
}

/** A period cell as parsed, with what every row of that period needs of it. */
export interface PeriodCell {
  period: Period;
  /** the canonical period passes the row schema's pattern */
  fitsSchema: boolean;
  /** inside the plan's window (else `period-outside-window`) */
  inWindow: boolean;
  /** inside the window but ending before the baseline year (`period-before-baseline` without a note) */
  beforeBaseline: boolean;
  /** its part of the row key (`periodOrdinal`); -1 outside the window, where no key is made */
  ordinal: number;
  /** its length in months (1, 3, 12): with the ordinal, the period as written */
  months: number;
}

/** An indicator cell resolved, with the indicator's part of the row key. */
export interface IndicatorCell {
  indicator: Indicator;
  order: number;
}

/** An area cell resolved, with the area's part of the row key. */
export interface AreaCell {
  id: string;
  order: number;
}

/**
 * The record being checked, for the findings about it (they name its cells
 * and columns) and its count of errors. One a record, made by `checkRecord`
 * and dropped with it: no state of a row outlives the row.
 */
export class RecordInCheck {
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
export const MAX_REFUSED = 10_000;

/** The schema's verdict on a row it had nothing against. */
export const NO_PROBLEMS: ReadonlySet<Field> = new Set();

export const CSV_CODES: Record<string, FindingCode> = {
  CSV_QUOTE_NOT_CLOSED: "unclosed-quote",
  CSV_INVALID_CLOSING_QUOTE: "bad-quote",
  INVALID_OPENING_QUOTE: "bad-quote",
  CSV_MAX_RECORD_SIZE: "record-too-large",
};

/** The invisible or look-alike characters of a unit name, listed; undefined when there are none. */
export function oddChars(name: string): string | undefined {
  const odd = lookalikeChars(name);
  return odd.length > 0 ? odd.join(", ") : undefined;
}

export function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Sorts findings by file, then line (file-level findings first), stable otherwise. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return (a.line ?? 0) - (b.line ?? 0);
  });
}

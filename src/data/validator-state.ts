import type { Plan } from "../plan/types.js";
import { type FindingCode, severityOf } from "./codes.js";
import { DuplicateIndex } from "./duplicates.js";
import type { Field, Header } from "./headers.js";
import type { MemoCache } from "./memo.js";
import { indexPlan, type PlanIndex } from "./plan-index.js";
import { type FileSender, fileSender } from "./sender.js";
import type { Finding, Observation, RefusedRow } from "./types.js";
import type {
  AreaCell,
  IndicatorCell,
  PeriodCell,
  RecordInCheck,
  ValidatorOptions,
} from "./validator-types.js";

/** The validator's state and its findings: what every phase of checking a file shares. */
export class ValidatorState {
  readonly findings: Finding[] = [];
  readonly observations: Observation[] = [];
  /** rows refused, with the figure each was for and its sender */
  readonly refused: RefusedRow[] = [];
  /** who sent the file, where a row does not say (src/data/sender.ts) */
  readonly sender: FileSender;
  rowsRead = 0;
  rowsValid = 0;
  rowsInvalid = 0;

  protected readonly planIndex: PlanIndex;
  protected header: Header | undefined;
  protected blankRun: { start: number; end: number } | undefined;
  protected readonly seen: DuplicateIndex;
  protected readonly perCode = new Map<FindingCode, number>();
  protected readonly suppressed = new Map<FindingCode, number>();
  protected readonly maxPerCode: number;
  protected readonly unitName = new Map<string, string>();
  /**
   * What the cells of the last many rows resolved to (null: to nothing), by
   * their trimmed text: a drop repeats its periods, indicators, areas, units.
   */
  protected readonly periods: MemoCache<PeriodCell> = new Map();
  protected readonly indicatorCells: MemoCache<IndicatorCell> = new Map();
  protected readonly areaCells: MemoCache<AreaCell> = new Map();
  protected readonly unitIds: MemoCache<string> = new Map();
  protected readonly oddUnitNames: MemoCache<string> = new Map();

  constructor(
    readonly path: string,
    readonly plan: Plan,
    readonly delimiter: string,
    protected readonly opts: ValidatorOptions = {},
  ) {
    this.planIndex = indexPlan(plan);
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
    return (this.perCode.get(code) ?? 0) < this.maxPerCode && (!budget || budget.has(code));
  }

  /** Adds a finding (counted against the per-code cap and the shared budget). */
  add(code: FindingCode, f: Omit<Finding, "code" | "severity" | "file"> = {}): void {
    const n = (this.perCode.get(code) ?? 0) + 1;
    this.perCode.set(code, n);
    const budget = f.line === undefined ? undefined : this.opts.budget;
    if (n > this.maxPerCode || (budget && !budget.take(code))) {
      this.suppressed.set(code, (this.suppressed.get(code) ?? 0) + 1);
      return;
    }
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

  /** A finding about one cell of the record being checked. */
  protected at(
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
}

/**
 * Figures that pass validation but cannot be right, found once every row of
 * a run is read (they need the series' history): a post-read pass of the
 * data layer. A likely fraction is an error: the row is refused (readDrops
 * takes it out, src/data/refuse.ts) and never becomes a figure. The others
 * are warnings: the row stays valid and is used; the analyst is told to
 * check it. docs/findings.md defines each rule exactly.
 *
 * - likely-fraction: a percent value in (0, 1] where an earlier value of the
 *   same series was above 1, or a target on the indicator is above 1
 *   (0.503 typed for 50.3%).
 * - total-went-down: a since-start total (kind increase) or a year-to-date
 *   total (kind annual, within one calendar year) lower than the series'
 *   previous value (June YTD 2500, July 400).
 * - sudden-jump: two values of consecutive months (YYYY-MM then the next
 *   month) where one is more than `policy.jumpFactor` (default 3) times the
 *   other, both above 0 (a fall in a total is total-went-down instead; a
 *   year-to-date total is not compared across a new year). A likely
 *   fraction is only that: it is not compared with its neighbours.
 * - far-above-target: a value above 10 times the largest target on the
 *   indicator (for area rows of a target that counts areas, 10 times the
 *   areas' threshold); not for targets of at most 0 (eliminate).
 *
 * Values outside the indicator's possible range (a share above 100, a
 * negative count) are already errors of the row itself (value-above-max,
 * value-below-min): such a value is never used.
 *
 * Memory: none of its own while rows are read. The rows it judges are the
 * duplicate index's entries (duplicates.ts), which already hold the row that
 * stands for each indicator × area × observation date (the first, or the
 * latest revision or repeat from a later file), with its file, line, value
 * and period; the pass groups them by series (4 bytes an entry, for its
 * duration) and builds an object only for a warning.
 */
import type { Plan } from "../plan/types.js";
import { type FindingCode, severityOf } from "./codes.js";
import type { DuplicateIndex } from "./duplicates.js";
import { indexPlan, ordinalPeriod, type PlanIndex, seriesCount } from "./plan-index.js";
import type { Finding } from "./types.js";
import type { FindingBudget } from "./validator.js";

/** a value beyond this many times the target is a warning */
export const FAR_ABOVE_TARGET = 10;
export const DEFAULT_JUMP_FACTOR = 3;

const round = (v: number): number => Number(v.toPrecision(6));

type Columns = ReturnType<DuplicateIndex["columns"]>;

/** The rows of each series, as entry numbers of the index grouped by series, each group in date order. */
interface Grouped {
  /** series s holds order[start[s]] … order[start[s + 1] - 1] */
  start: Int32Array;
  order: Int32Array;
}

export class PlausibilityCheck {
  private readonly planIndex: PlanIndex;
  /** every row found a likely fraction (kept or only counted): each is refused */
  readonly refused: { file: string; line: number }[] = [];

  constructor(
    private readonly plan: Plan,
    private readonly rows: DuplicateIndex,
    private readonly maxPerCode = 1000,
  ) {
    this.planIndex = indexPlan(plan);
  }

  /**
   * A counting sort of the entries by series (`keyOf`: key = ordinal ×
   * series + series), then each series by its ordinal: an insertion sort, as
   * a series holds at most one entry a month and usually arrives in order.
   */
  private grouped(keys: Columns["keys"]): Grouped {
    const per = seriesCount(this.planIndex);
    const n = this.rows.size;
    const start = new Int32Array(per + 1);
    for (let i = 0; i < n; i++) {
      const s = ((keys[i] ?? 0) % per) + 1;
      start[s] = (start[s] ?? 0) + 1;
    }
    for (let s = 0; s < per; s++) start[s + 1] = (start[s + 1] ?? 0) + (start[s] ?? 0);
    const next = start.slice(0, per);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const s = (keys[i] ?? 0) % per;
      const at = next[s] ?? 0;
      order[at] = i;
      next[s] = at + 1;
    }
    for (let s = 0; s < per; s++) {
      const first = start[s] ?? 0;
      const end = start[s + 1] ?? 0;
      for (let k = first + 1; k < end; k++) {
        const e = order[k] ?? 0;
        const key = keys[e] ?? 0;
        let j = k - 1;
        while (j >= first && (keys[order[j] ?? 0] ?? 0) > key) {
          order[j + 1] = order[j] ?? 0;
          j--;
        }
        order[j + 1] = e;
      }
    }
    return { start, order };
  }

  /** Every warning; with a budget (`--max-errors` across files), only as many as it has left, the rest counted. */
  findings(budget?: FindingBudget): Finding[] {
    const { planIndex, rows } = this;
    const cap = new Capped(this.maxPerCode, budget, (id) => rows.fileName(id));
    const factor = this.plan.policy.jumpFactor ?? DEFAULT_JUMP_FACTOR;
    const columns = rows.columns();
    const { keys, files, values, months } = columns;
    const { start, order } = this.grouped(keys);
    const per = seriesCount(planIndex);
    const indicators = planIndex.indicatorOrder.size;
    const areas = planIndex.areaOrder.size;
    this.plan.indicators.forEach((ind, position) => {
      if (ind.kind === "milestone") return;
      const targets = this.plan.targets.filter((t) => t.indicator === ind.id);
      const numeric = (v: unknown): v is number => typeof v === "number";
      const countyTarget = Math.max(
        ...targets.filter((t) => !t.perArea).map((t) => (numeric(t.value) ? t.value : 0)),
        0,
      );
      const areaTarget = Math.max(...targets.map((t) => t.perArea?.value ?? 0), 0);
      const percent = ind.unit === "%";
      const percentTarget = percent && targets.some((t) => numeric(t.value) && t.value > 1);
      const total = ind.kind === "increase" || ind.kind === "annual";
      const annual = ind.kind === "annual";
      // a warning past the cap is only counted: it is built only once admitted
      const admit = (code: Plausible, e: number): boolean => cap.admit(files[e] ?? 0, code);
      const warning = (code: Plausible, e: number, args: Record<string, string | number>) =>
        cap.kept.push(this.warning(columns, code, e, ind.id, args));

      // the county (area 0), then each area in the plan's order
      for (let area = 0; area <= areas; area++) {
        const series = area * indicators + position;
        const end = start[series + 1] ?? 0;
        const ceiling = area === 0 ? countyTarget : areaTarget || countyTarget;
        let seenAboveOne = false;
        // the previous point: its entry, value, ordinal and length in months (-1: none yet)
        let prev = -1;
        let before = 0;
        let prevOrdinal = 0;
        let prevMonths = 0;
        for (let k = start[series] ?? 0; k < end; k++) {
          const e = order[k] ?? 0;
          const value = values[e] ?? 0;
          if (percent && value > 0 && value <= 1 && (seenAboveOne || percentTarget)) {
            // refused (one error says it); the fraction is no base for the next comparison either
            this.refused.push({
              file: rows.fileName(files[e] ?? 0),
              line: columns.lines[e] ?? 0,
            });
            if (admit("likely-fraction", e)) {
              warning("likely-fraction", e, { percent: round(value * 100) });
            }
            continue;
          }
          if (ceiling > 0 && value > FAR_ABOVE_TARGET * ceiling && admit("far-above-target", e)) {
            warning("far-above-target", e, { target: ceiling, limit: FAR_ABOVE_TARGET * ceiling });
          }
          const at = Math.floor((keys[e] ?? 0) / per);
          const length = months[e] ?? 0;
          if (prev >= 0) {
            const comparable = !annual || Math.floor(prevOrdinal / 12) === Math.floor(at / 12);
            if (total && comparable && value < before) {
              if (admit("total-went-down", e)) {
                warning("total-went-down", e, {
                  previous: before,
                  previousPeriod: this.period(columns, prev),
                  previousLine: columns.lines[prev] ?? 0,
                });
              }
            } else if (
              comparable &&
              at === prevOrdinal + 1 &&
              length === 1 &&
              prevMonths === 1 &&
              before > 0 &&
              value > 0
            ) {
              const ratio = Math.max(value / before, before / value);
              if (ratio > factor && admit("sudden-jump", e)) {
                warning("sudden-jump", e, {
                  previous: before,
                  previousPeriod: this.period(columns, prev),
                  ratio: round(ratio),
                  factor,
                });
              }
            }
          }
          if (value > 1) seenAboveOne = true;
          prev = e;
          before = value;
          prevOrdinal = at;
          prevMonths = length;
        }
      }
    });
    return cap.findings();
  }

  /** Entry `e`'s period as the row wrote it (canonical). */
  private period(columns: Columns, e: number): string {
    const ordinal = Math.floor((columns.keys[e] ?? 0) / seriesCount(this.planIndex));
    return ordinalPeriod(this.planIndex, ordinal, columns.months[e] ?? 0);
  }

  private warning(
    columns: Columns,
    code: Plausible,
    e: number,
    indicator: string,
    args: Record<string, string | number>,
  ): Finding {
    return {
      code,
      severity: severityOf(code),
      file: this.rows.fileName(columns.files[e] ?? 0),
      line: columns.lines[e] ?? 0,
      column: "value",
      value: String(columns.values[e] ?? 0),
      args: { indicator, period: this.period(columns, e), ...args },
    };
  }
}

/** The warnings of this pass, numbered for the counts of `Capped`. */
const PLAUSIBLE = [
  "likely-fraction",
  "total-went-down",
  "sudden-jump",
  "far-above-target",
] as const;
type Plausible = (typeof PLAUSIBLE)[number] & FindingCode;

/**
 * At most `maxPerCode` findings of one code in one file, and no more than the
 * budget has left; the rest only counted (findings-truncated), never built.
 * Counted by file number × code, as this is asked once per warning and a
 * drop may hold hundreds of thousands.
 */
class Capped {
  readonly kept: Finding[] = [];
  private readonly counts: number[] = [];
  private readonly cut: number[] = [];

  constructor(
    private readonly maxPerCode: number,
    private readonly budget: FindingBudget | undefined,
    private readonly fileName: (id: number) => string,
  ) {}

  admit(file: number, code: Plausible): boolean {
    const k = file * PLAUSIBLE.length + PLAUSIBLE.indexOf(code);
    const n = (this.counts[k] ?? 0) + 1;
    this.counts[k] = n;
    if (n <= this.maxPerCode && (!this.budget || this.budget.take(code))) {
      return true;
    }
    this.cut[k] = (this.cut[k] ?? 0) + 1;
    return false;
  }

  findings(): Finding[] {
    const truncated: Finding[] = [];
    this.cut.forEach((count, k) => {
      truncated.push({
        code: "findings-truncated",
        severity: severityOf("findings-truncated"),
        file: this.fileName(Math.floor(k / PLAUSIBLE.length)),
        args: { code: PLAUSIBLE[k % PLAUSIBLE.length] ?? "", count },
      });
    });
    return [...this.kept, ...truncated];
  }
}

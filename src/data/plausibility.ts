/**
 * Figures that pass validation but cannot be right, found once every row of
 * a run is read (they need the series' history): a post-read pass of the
 * data layer. Each is a warning: the row stays valid and is used; the
 * analyst is told to check it. docs/findings.md defines each rule exactly.
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
 * Memory: 24 bytes a numeric row read (columns, not objects), and one
 * point object at a time per series while the findings are worked out.
 */
import type { Plan } from "../plan/types.js";
import { type FindingCode, severityOf } from "./codes.js";
import type { Finding, Observation } from "./types.js";
import type { FindingBudget } from "./validator.js";

/** a value beyond this many times the target is a warning */
export const FAR_ABOVE_TARGET = 10;
export const DEFAULT_JUMP_FACTOR = 3;

interface Point {
  period: string;
  date: string;
  value: number;
  file: string;
  line: number;
}

const round = (v: number): number => Number(v.toPrecision(6));

function nextMonth(period: string): string | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
}

/** Strings seen many times (files, periods), numbered once. */
class Interned {
  readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
    }
    return id;
  }
  text(id: number): string {
    return this.texts[id] ?? "";
  }
}

/** Int32Array / Float64Array that doubles as rows arrive. */
function grown<T extends Int32Array | Float64Array>(a: T, n: number, make: (size: number) => T): T {
  if (n < a.length) return a;
  const b = make(a.length * 2);
  b.set(a);
  return b;
}

export class PlausibilityCheck {
  /**
   * Every numeric row, in the order read, as columns (a row costs 24 bytes,
   * not an object: a million-row drop must not double the run's memory).
   */
  private n = 0;
  private seriesOf = new Int32Array(1024);
  private periodOf = new Int32Array(1024);
  private fileOf = new Int32Array(1024);
  private lineOf = new Int32Array(1024);
  private valueOf = new Float64Array(1024);
  private readonly periods = new Interned();
  /** the observation date of each interned period */
  private readonly periodDates: string[] = [];
  private readonly files = new Interned();
  /** indicator → area ("" for the county) → series number */
  private readonly seriesIds = new Map<string, Map<string, number>>();
  private readonly seriesArea: string[] = [];
  private readonly seriesByIndicator = new Map<string, number[]>();

  constructor(
    private readonly plan: Plan,
    private readonly maxPerCode = 1000,
  ) {}

  add(o: Pick<Observation, "indicator" | "period" | "date" | "value" | "area" | "file" | "line">) {
    if (typeof o.value !== "number" || !Number.isFinite(o.value)) return;
    const area = o.area ?? "";
    let byArea = this.seriesIds.get(o.indicator);
    if (!byArea) {
      byArea = new Map();
      this.seriesIds.set(o.indicator, byArea);
    }
    let series = byArea.get(area);
    if (series === undefined) {
      series = this.seriesArea.length;
      byArea.set(area, series);
      this.seriesArea.push(area);
      const list = this.seriesByIndicator.get(o.indicator);
      if (list) list.push(series);
      else this.seriesByIndicator.set(o.indicator, [series]);
    }
    const period = this.periods.id(o.period);
    this.periodDates[period] = o.date;
    const i = this.n++;
    this.seriesOf = grown(this.seriesOf, i, (k) => new Int32Array(k));
    this.periodOf = grown(this.periodOf, i, (k) => new Int32Array(k));
    this.fileOf = grown(this.fileOf, i, (k) => new Int32Array(k));
    this.lineOf = grown(this.lineOf, i, (k) => new Int32Array(k));
    this.valueOf = grown(this.valueOf, i, (k) => new Float64Array(k));
    this.seriesOf[i] = series;
    this.periodOf[i] = period;
    this.fileOf[i] = this.files.id(o.file);
    this.lineOf[i] = o.line;
    this.valueOf[i] = o.value;
  }

  /** Row numbers by series, each list in the order read (a counting sort). */
  private rowsBySeries(): { start: Int32Array; rows: Int32Array } {
    const count = this.seriesArea.length;
    const start = new Int32Array(count + 1);
    for (let i = 0; i < this.n; i++) {
      const s = (this.seriesOf[i] ?? 0) + 1;
      start[s] = (start[s] ?? 0) + 1;
    }
    for (let s = 0; s < count; s++) start[s + 1] = (start[s + 1] ?? 0) + (start[s] ?? 0);
    const next = start.slice(0, count);
    const rows = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const s = this.seriesOf[i] ?? 0;
      rows[next[s] ?? 0] = i;
      next[s] = (next[s] ?? 0) + 1;
    }
    return { start, rows };
  }

  /**
   * One series' points: the row read last for each period (in the place its
   * period was first seen), in date order.
   */
  private points(series: number, start: Int32Array, rows: Int32Array): Point[] {
    const at = new Map<number, number>();
    const points: Point[] = [];
    for (let k = start[series] ?? 0; k < (start[series + 1] ?? 0); k++) {
      const i = rows[k] ?? 0;
      const period = this.periodOf[i] ?? 0;
      const p: Point = {
        period: this.periods.text(period),
        date: this.periodDates[period] ?? "",
        value: this.valueOf[i] ?? 0,
        file: this.files.text(this.fileOf[i] ?? 0),
        line: this.lineOf[i] ?? 0,
      };
      const j = at.get(period);
      if (j === undefined) {
        at.set(period, points.length);
        points.push(p);
      } else points[j] = p;
    }
    return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /** Every warning; with a budget (`--max-errors` across files), only as many as it has left, the rest counted. */
  findings(budget?: FindingBudget): Finding[] {
    const cap = new Capped(this.maxPerCode, budget);
    const factor = this.plan.policy.jumpFactor ?? DEFAULT_JUMP_FACTOR;
    const { start, rows } = this.rowsBySeries();
    for (const ind of this.plan.indicators) {
      const seriesList = this.seriesByIndicator.get(ind.id);
      if (!seriesList) continue;
      const targets = this.plan.targets.filter((t) => t.indicator === ind.id);
      const numeric = (v: unknown): v is number => typeof v === "number";
      const countyTarget = Math.max(
        ...targets.filter((t) => !t.perArea).map((t) => (numeric(t.value) ? t.value : 0)),
        0,
      );
      const areaTarget = Math.max(...targets.map((t) => t.perArea?.value ?? 0), 0);
      const percentTarget =
        ind.unit === "%" && targets.some((t) => numeric(t.value) && t.value > 1);
      const total = ind.kind === "increase" || ind.kind === "annual";

      for (const series of seriesList) {
        const area = this.seriesArea[series] ?? "";
        const points = this.points(series, start, rows);
        const ceiling = area === "" ? countyTarget : areaTarget || countyTarget;
        let seenAboveOne = false;
        let prev: Point | undefined;
        const warn = (code: FindingCode, p: Point, args: Record<string, string | number>) =>
          cap.admit(p.file, code) &&
          cap.kept.push({
            code,
            severity: severityOf(code),
            file: p.file,
            line: p.line,
            column: "value",
            value: String(p.value),
            args: { indicator: ind.id, period: p.period, ...args },
          });
        for (const p of points) {
          if (ind.unit === "%" && p.value > 0 && p.value <= 1 && (seenAboveOne || percentTarget)) {
            // one warning says it; the fraction is no base for the next comparison either
            warn("likely-fraction", p, { percent: round(p.value * 100) });
            continue;
          }
          if (ceiling > 0 && p.value > FAR_ABOVE_TARGET * ceiling) {
            warn("far-above-target", p, { target: ceiling, limit: FAR_ABOVE_TARGET * ceiling });
          }
          if (prev) {
            const sameYear = prev.date.slice(0, 4) === p.date.slice(0, 4);
            const comparable = ind.kind !== "annual" || sameYear;
            const fell = total && comparable && p.value < prev.value;
            if (fell) {
              warn("total-went-down", p, {
                previous: prev.value,
                previousPeriod: prev.period,
                previousLine: prev.line,
              });
            } else if (
              comparable &&
              nextMonth(prev.period) === p.period &&
              prev.value > 0 &&
              p.value > 0
            ) {
              const ratio = Math.max(p.value / prev.value, prev.value / p.value);
              if (ratio > factor) {
                warn("sudden-jump", p, {
                  previous: prev.value,
                  previousPeriod: prev.period,
                  ratio: round(ratio),
                  factor,
                });
              }
            }
          }
          if (p.value > 1) seenAboveOne = true;
          prev = p;
        }
      }
    }
    return cap.findings();
  }
}

/**
 * At most `maxPerCode` findings of one code in one file, and no more than the
 * budget has left; the rest only counted (findings-truncated), never built.
 */
class Capped {
  readonly kept: Finding[] = [];
  private readonly counts = new Map<string, number>();
  private readonly cut = new Map<string, number>();

  constructor(
    private readonly maxPerCode: number,
    private readonly budget: FindingBudget | undefined,
  ) {}

  admit(file: string, code: FindingCode): boolean {
    const k = `${file}\u0000${code}`;
    const n = (this.counts.get(k) ?? 0) + 1;
    this.counts.set(k, n);
    if (n <= this.maxPerCode && (!this.budget || this.budget.left > 0)) {
      if (this.budget) this.budget.left--;
      return true;
    }
    this.cut.set(k, (this.cut.get(k) ?? 0) + 1);
    return false;
  }

  findings(): Finding[] {
    const truncated: Finding[] = [...this.cut].map(([k, n]) => {
      const [file = "", code = ""] = k.split("\u0000");
      return {
        code: "findings-truncated",
        severity: severityOf("findings-truncated"),
        file,
        args: { code, count: n },
      };
    });
    return [...this.kept, ...truncated];
  }
}

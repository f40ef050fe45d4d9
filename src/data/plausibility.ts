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
 * Memory: one entry per indicator × area × period, whatever the rows.
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

type Series = Map<string, Point>;

const round = (v: number): number => Number(v.toPrecision(6));

function nextMonth(period: string): string | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
}

export class PlausibilityCheck {
  /** indicator → area ("" for the county) → period → the row read last for it */
  private readonly series = new Map<string, Map<string, Series>>();

  constructor(
    private readonly plan: Plan,
    private readonly maxPerCode = 1000,
  ) {}

  add(o: Pick<Observation, "indicator" | "period" | "date" | "value" | "area" | "file" | "line">) {
    if (typeof o.value !== "number" || !Number.isFinite(o.value)) return;
    let byArea = this.series.get(o.indicator);
    if (!byArea) {
      byArea = new Map();
      this.series.set(o.indicator, byArea);
    }
    const key = o.area ?? "";
    let s = byArea.get(key);
    if (!s) {
      s = new Map();
      byArea.set(key, s);
    }
    s.set(o.period, {
      period: o.period,
      date: o.date,
      value: o.value,
      file: o.file,
      line: o.line,
    });
  }

  /** Every warning; with a budget (`--max-errors` across files), only as many as it has left, the rest counted. */
  findings(budget?: FindingBudget): Finding[] {
    const out: Finding[] = [];
    const factor = this.plan.policy.jumpFactor ?? DEFAULT_JUMP_FACTOR;
    for (const ind of this.plan.indicators) {
      const byArea = this.series.get(ind.id);
      if (!byArea) continue;
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

      for (const [area, s] of byArea) {
        const points = [...s.values()].sort((a, b) =>
          a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
        );
        const ceiling = area === "" ? countyTarget : areaTarget || countyTarget;
        let seenAboveOne = false;
        let prev: Point | undefined;
        const warn = (code: FindingCode, p: Point, args: Record<string, string | number>) =>
          out.push({
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
    return this.capped(out, budget);
  }

  /**
   * At most `maxPerCode` findings of one code in one file, and no more than
   * the budget has left; the rest are counted in findings-truncated.
   */
  private capped(all: Finding[], budget?: FindingBudget): Finding[] {
    const counts = new Map<string, number>();
    const cut = new Map<string, number>();
    const kept: Finding[] = [];
    for (const f of all) {
      const k = `${f.file}\u0000${f.code}`;
      const n = (counts.get(k) ?? 0) + 1;
      counts.set(k, n);
      if (n <= this.maxPerCode && (!budget || budget.left > 0)) {
        if (budget) budget.left--;
        kept.push(f);
      } else cut.set(k, (cut.get(k) ?? 0) + 1);
    }
    for (const [k, n] of cut) {
      const [file = "", code = ""] = k.split("\u0000");
      kept.push({
        code: "findings-truncated",
        severity: severityOf("findings-truncated"),
        file,
        args: { code, count: n },
      });
    }
    return kept;
  }
}

/**
 * Submissions (催报): for a month, which owners have not reported which of
 * the indicators they owe, and the last period each was reported. Pure: the
 * caller hands in what was reported (indicator, period, date).
 *
 * The rules (README.md, "Submissions"):
 * - The month asked for is M (YYYY-MM); by default the month in which the
 *   latest reported period ends.
 * - A target owes a figure in M when it has an owner (src/plan/owners.ts),
 *   M ends on or after the plan's start and starts on or before the
 *   target's deadline (a 2024 target owes nothing in 2025), and M is due at
 *   the target's reporting cadence: monthly, every month; quarterly, the
 *   quarter's last month (2025-03, -06, -09, -12), for that quarter;
 *   annual, December, for the year.
 * - An owner owes an indicator in M when one of its targets on that
 *   indicator does; the most frequent cadence of those targets applies.
 * - The figure counts as reported when any row of the indicator (the county
 *   or any area, by any unit) is for a period ending on the day M's due
 *   period ends: for July, 2025-07; for a quarterly indicator in September,
 *   2025-09 or 2025-Q3; for an annual one, 2025-12, 2025-Q4 or 2025.
 * - "Since when": the latest period of the indicator that ends before that
 *   day, or none when it was never reported.
 */

import { periodEnd } from "../calendar.js";
import { ownership, reportingOf } from "../plan/owners.js";
import type { Indicator, Plan, Reporting, Unit } from "../plan/types.js";

export interface Reported {
  indicator: string;
  period: string;
  /** the period's last day */
  date: string;
}

export interface Owed {
  indicator: Indicator;
  reporting: Reporting;
  /** the period the figure is owed for: 2025-07, 2025-Q3, 2025 */
  duePeriod: string;
  /** the last period reported before it, or null when never */
  lastPeriod: string | null;
  /** the owner's targets that need the figure */
  targets: string[];
}

export interface OwnerSubmissions {
  unit: Unit;
  /** what it owes this month and has not reported, in the plan's indicator order */
  missing: Owed[];
  /** what it owed this month and did report */
  reported: Owed[];
}

export interface Submissions {
  /** the month asked for, YYYY-MM */
  period: string;
  /** where it came from: --period, or the latest period in the data */
  periodSource: "option" | "data" | "none";
  /** every owner that owes something this month, in the plan's unit order */
  owners: OwnerSubmissions[];
  /** owners that owe nothing this month (quarterly or annual figures only, or targets past) */
  nothingDue: Unit[];
}

const FREQUENCY: Record<Reporting, number> = { monthly: 0, quarterly: 1, annual: 2 };

/** The period a figure of this cadence is owed for in month M, or undefined when none is due. */
export function duePeriod(month: string, reporting: Reporting): string | undefined {
  const y = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  if (reporting === "monthly") return month;
  if (reporting === "quarterly") return m % 3 === 0 ? `${y}-Q${m / 3}` : undefined;
  return m === 12 ? y : undefined;
}

/** The month in which the latest reported period ends; undefined when nothing was reported. */
export function latestMonth(reported: Iterable<Reported>): string | undefined {
  let latest: string | undefined;
  for (const r of reported) if (latest === undefined || r.date > latest) latest = r.date;
  return latest?.slice(0, 7);
}

export function submissions(
  plan: Plan,
  reported: readonly Reported[],
  month?: string,
): Submissions {
  const fromData = latestMonth(reported);
  const period = month ?? fromData ?? plan.plan.window.start.slice(0, 7);
  const periodSource = month !== undefined ? "option" : fromData !== undefined ? "data" : "none";
  const monthStart = `${period}-01`;
  const monthEnd = periodEnd(period);

  // indicator → the dates and periods reported for it
  const byIndicator = new Map<string, Map<string, string>>();
  for (const r of reported) {
    let dates = byIndicator.get(r.indicator);
    if (!dates) {
      dates = new Map();
      byIndicator.set(r.indicator, dates);
    }
    const known = dates.get(r.date);
    // one period a date: the finest (2025-12 over 2025-Q4 over 2025)
    if (known === undefined || r.period.length > known.length) dates.set(r.date, r.period);
  }

  // owner → indicator → its targets owing this month, and their cadence
  const owners = ownership(plan);
  const owes = new Map<string, Map<string, { reporting: Reporting; targets: string[] }>>();
  const anyTarget = new Set<string>();
  for (const t of plan.targets) {
    const owner = owners.get(t.id)?.unit;
    if (owner === undefined) continue;
    anyTarget.add(owner);
    const open = monthEnd >= plan.plan.window.start && monthStart <= t.deadline;
    const reporting = reportingOf(plan, t);
    if (!open || duePeriod(period, reporting) === undefined) continue;
    let list = owes.get(owner);
    if (!list) {
      list = new Map();
      owes.set(owner, list);
    }
    const entry = list.get(t.indicator);
    if (!entry) list.set(t.indicator, { reporting, targets: [t.id] });
    else {
      entry.targets.push(t.id);
      if (FREQUENCY[reporting] < FREQUENCY[entry.reporting]) entry.reporting = reporting;
    }
  }

  const result: OwnerSubmissions[] = [];
  const nothingDue: Unit[] = [];
  for (const unit of plan.units) {
    const list = owes.get(unit.id);
    if (!list) {
      if (anyTarget.has(unit.id)) nothingDue.push(unit);
      continue;
    }
    const row: OwnerSubmissions = { unit, missing: [], reported: [] };
    for (const indicator of plan.indicators) {
      const entry = list.get(indicator.id);
      if (!entry) continue;
      const due = duePeriod(period, entry.reporting);
      if (due === undefined) continue;
      const dueDate = periodEnd(due);
      const dates = byIndicator.get(indicator.id);
      let last: string | undefined;
      let lastDate = "";
      for (const [date, p] of dates ?? []) {
        if (date < dueDate && date > lastDate) {
          last = p;
          lastDate = date;
        }
      }
      const owed: Owed = {
        indicator,
        reporting: entry.reporting,
        duePeriod: due,
        lastPeriod: last ?? null,
        targets: entry.targets,
      };
      if (dates?.has(dueDate)) row.reported.push(owed);
      else row.missing.push(owed);
    }
    result.push(row);
  }
  return { period, periodSource, owners: result, nothingDue };
}

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
 * - A figure is due on the day M's due period ends: for July, 2025-07; for
 *   a quarterly indicator in September, 2025-09 or 2025-Q3; for an annual
 *   one, 2025-12, 2025-Q4 or 2025. Each owed figure has one status (issue 20),
 *   the first that holds:
 *   `reported` (已报): a row of the indicator (the county or any area) for
 *   that day was accepted from the owner, from a unit the plan lets report
 *   it (`mayReport`), or from a file whose sender is not known;
 *   `returned` (退回待改): the owner's row for it was refused (or a row of
 *   the owner's whose indicator could not be read);
 *   `unreadable` (文件无法读取): the owner sent a file that cannot be read;
 *   `by-other` (他单位代报): only another unit's row for it was accepted;
 *   `missing` (未报): nothing.
 *   An owner is complete (本期已报齐) only when every figure is `reported`.
 * - "Since when": the latest period of the indicator accepted before that
 *   day, or none when it was never reported.
 * - The reporting rate (报送率): over the months from the plan's start to
 *   M, the months in which the owner owed a figure, and those in which
 *   every figure it owed was `reported`.
 */

import { addMonths, periodEnd, periodEndingIn } from "../calendar.js";
import { mayReport, ownership, reportingOf } from "../plan/owners.js";
import type { Indicator, Plan, Reporting, Unit } from "../plan/types.js";
import type { Submission } from "./intake.js";

export interface Reported {
  indicator: string;
  period: string;
  /** the period's last day */
  date: string;
  /** who sent the row (src/data/sender.ts); null or absent when not known */
  sender?: string | null;
}

/** An owed figure's state this month (see above). */
export type FigureStatus = "reported" | "returned" | "unreadable" | "by-other" | "missing";

export interface Owed {
  indicator: Indicator;
  reporting: Reporting;
  /** the period the figure is owed for: 2025-07, 2025-Q3, 2025 */
  duePeriod: string;
  /** the last period reported before it, or null when never */
  lastPeriod: string | null;
  /** the owner's targets that need the figure */
  targets: string[];
  status: FigureStatus;
  /** `by-other`: the units whose figure was accepted; `returned`/`unreadable`: the owner's files */
  by?: string[];
  files?: string[];
}

export interface OwnerSubmissions {
  unit: Unit;
  /** what it owes this month and has not reported from itself, in the plan's indicator order */
  missing: Owed[];
  /** what it owed this month and did report */
  reported: Owed[];
  /** months with a figure owed, from the plan's start to this month, and those reported in full */
  rate: { owed: number; reported: number };
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
  /** the files received (src/evaluate/intake.ts), when the caller gave them */
  received: Submission[];
  /** the plan's units, to name senders */
  units: readonly Unit[];
}

const FREQUENCY: Record<Reporting, number> = { monthly: 0, quarterly: 1, annual: 2 };

/** The period a figure of this cadence is owed for in month M, or undefined when none is due. */
export function duePeriod(month: string, reporting: Reporting): string | undefined {
  return periodEndingIn(month, PERIOD_MONTHS[reporting]);
}

/** The months of the period a figure of this cadence is for. */
const PERIOD_MONTHS: Record<Reporting, 1 | 3 | 12> = { monthly: 1, quarterly: 3, annual: 12 };

/** The month in which the latest reported period ends; undefined when nothing was reported. */
export function latestMonth(reported: Iterable<Reported>): string | undefined {
  let latest: string | undefined;
  for (const r of reported) if (latest === undefined || r.date > latest) latest = r.date;
  return latest?.slice(0, 7);
}

/** What was accepted, by indicator → date → senders (null: not known), and its finest period. */
type AcceptedIndex = Map<string, Map<string, { period: string; senders: Set<string | null> }>>;

function indexReported(reported: readonly Reported[]): AcceptedIndex {
  const byIndicator: AcceptedIndex = new Map();
  for (const r of reported) {
    let dates = byIndicator.get(r.indicator);
    if (!dates) {
      dates = new Map();
      byIndicator.set(r.indicator, dates);
    }
    const known = dates.get(r.date);
    if (!known) dates.set(r.date, { period: r.period, senders: new Set([r.sender ?? null]) });
    else {
      known.senders.add(r.sender ?? null);
      // one period a date: the finest (2025-12 over 2025-Q4 over 2025)
      if (r.period.length > known.period.length) known.period = r.period;
    }
  }
  return byIndicator;
}

/** An owner's owed indicators in a month: indicator → cadence and targets. */
type Owes = Map<string, { reporting: Reporting; targets: string[] }>;

function owedIn(plan: Plan, month: string): { owes: Map<string, Owes>; anyTarget: Set<string> } {
  const monthStart = `${month}-01`;
  const monthEnd = periodEnd(month);
  const owners = ownership(plan);
  const owes = new Map<string, Owes>();
  const anyTarget = new Set<string>();
  for (const t of plan.targets) {
    const owner = owners.get(t.id)?.unit;
    if (owner === undefined) continue;
    anyTarget.add(owner);
    const open = monthEnd >= plan.plan.window.start && monthStart <= t.deadline;
    const reporting = reportingOf(plan, t);
    if (!open || duePeriod(month, reporting) === undefined) continue;
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
  return { owes, anyTarget };
}

/** A figure's status from what was accepted and received (see the rules above). */
function statusOf(
  plan: Plan,
  owner: string,
  indicator: string,
  dueDate: string,
  accepted: AcceptedIndex,
  received: readonly Submission[],
  month: string,
): Pick<Owed, "status" | "by" | "files"> {
  const senders = accepted.get(indicator)?.get(dueDate)?.senders;
  const own = (u: string | null): boolean => u === null || mayReport(plan, indicator, u);
  if (senders && [...senders].some(own)) return { status: "reported" };
  const mine = received.filter((s) => s.sender === owner || s.senders.includes(owner));
  const returned = mine.filter(
    (s) =>
      s.outcome === "returned" &&
      s.returned.some(
        (r) =>
          (r.sender === owner || r.sender === null) &&
          (r.indicator === null || (r.indicator === indicator && (r.date ?? dueDate) === dueDate)),
      ),
  );
  if (returned.length > 0) return { status: "returned", files: returned.map((s) => s.file) };
  const unreadable = mine.filter(
    (s) =>
      s.outcome === "unreadable" &&
      (s.periods.length === 0 || s.periods.some((p) => p === month || periodEnd(p) === dueDate)),
  );
  if (unreadable.length > 0) return { status: "unreadable", files: unreadable.map((s) => s.file) };
  if (senders && senders.size > 0) {
    return { status: "by-other", by: [...senders].filter((u): u is string => u !== null) };
  }
  return { status: "missing" };
}

export function submissions(
  plan: Plan,
  reported: readonly Reported[],
  month?: string,
  received: readonly Submission[] = [],
): Submissions {
  const fromData = latestMonth(reported);
  const period = month ?? fromData ?? plan.plan.window.start.slice(0, 7);
  const periodSource = month !== undefined ? "option" : fromData !== undefined ? "data" : "none";
  const accepted = indexReported(reported);
  const { owes, anyTarget } = owedIn(plan, period);
  const rates = reportingRates(plan, period, accepted);

  const result: OwnerSubmissions[] = [];
  const nothingDue: Unit[] = [];
  for (const unit of plan.units) {
    const list = owes.get(unit.id);
    if (!list) {
      if (anyTarget.has(unit.id)) nothingDue.push(unit);
      continue;
    }
    const row: OwnerSubmissions = {
      unit,
      missing: [],
      reported: [],
      rate: rates.get(unit.id) ?? { owed: 0, reported: 0 },
    };
    for (const indicator of plan.indicators) {
      const entry = list.get(indicator.id);
      if (!entry) continue;
      const due = duePeriod(period, entry.reporting);
      if (due === undefined) continue;
      const dueDate = periodEnd(due);
      let last: string | undefined;
      let lastDate = "";
      for (const [date, a] of accepted.get(indicator.id) ?? []) {
        if (date < dueDate && date > lastDate) {
          last = a.period;
          lastDate = date;
        }
      }
      const owed: Owed = {
        indicator,
        reporting: entry.reporting,
        duePeriod: due,
        lastPeriod: last ?? null,
        targets: entry.targets,
        ...statusOf(plan, unit.id, indicator.id, dueDate, accepted, received, period),
      };
      if (owed.status === "reported") row.reported.push(owed);
      else row.missing.push(owed);
    }
    result.push(row);
  }
  return {
    period,
    periodSource,
    owners: result,
    nothingDue,
    received: [...received],
    units: plan.units,
  };
}

/**
 * Each owner's months with a figure owed, from the plan's first month to
 * `month`, and those in which every figure owed was reported (from itself,
 * a unit the plan accepts, or a file whose sender is not known).
 */
function reportingRates(
  plan: Plan,
  month: string,
  accepted: AcceptedIndex,
): Map<string, { owed: number; reported: number }> {
  const out = new Map<string, { owed: number; reported: number }>();
  for (
    let m = plan.plan.window.start.slice(0, 7);
    m <= month;
    m = addMonths(`${m}-01`, 1).slice(0, 7)
  ) {
    for (const [owner, list] of owedIn(plan, m).owes) {
      let owed = false;
      let all = true;
      for (const [indicator, entry] of list) {
        const due = duePeriod(m, entry.reporting);
        if (due === undefined) continue;
        owed = true;
        const senders = accepted.get(indicator)?.get(periodEnd(due))?.senders;
        if (!senders || ![...senders].some((u) => u === null || mayReport(plan, indicator, u))) {
          all = false;
        }
      }
      if (!owed) continue;
      const rate = out.get(owner) ?? { owed: 0, reported: 0 };
      rate.owed++;
      if (all) rate.reported++;
      out.set(owner, rate);
    }
  }
  return out;
}

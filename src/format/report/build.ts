/**
 * `cwplan report`'s content, worked out from two evaluations: the picture
 * now and the previous one. Pure: no files, no words, no output.
 */
import { countFindings } from "../../data/count.js";
import type { FileResult, Finding } from "../../data/types.js";
import type { OwnerSubmissions, Submissions } from "../../evaluate/submissions.js";
import type { CheckResult, Status, StatusCounts, TargetResult } from "../../evaluate/types.js";
import type { Plan, Role, Unit } from "../../plan/types.js";
import { ATTENTION_ORDER, type Detail, GLANCE, statusRank } from "../../vocabulary.js";

export interface Change {
  result: TargetResult;
  from: Status;
  /** the previous result's detail (未报送 or 缺基期值 for a no-data) */
  fromDetail?: Detail;
  to: Status;
  direction: "better" | "worse";
}

export interface Concern {
  result: TargetResult;
  units: { unit: Unit; role: Role }[];
}

export interface Meeting {
  asOf: string;
  /** the previous picture's date; null when there is nothing to compare with */
  previousAsOf: string | null;
  /** the plan-wide targets (the urbanization rate), each with its previous result */
  headline: { result: TargetResult; previous?: TargetResult }[];
  total: number;
  counts: StatusCounts;
  previousCounts: StatusCounts | null;
  /** worse first, then better; each in the plan's target order */
  changes: Change[];
  /** missed first, then at-risk; each in the plan's target order */
  concerns: Concern[];
  /** owners that have not reported figures they owe for the month of `asOf` (src/evaluate/submissions.ts) */
  silent: OwnerSubmissions[];
  /** the month the silent list is for */
  silentPeriod: string;
  findings: Finding[];
  files: FileResult[];
  errors: number;
  warnings: number;
}

/**
 * The meeting's picture. "Better" and "worse" compare statusRank (pass,
 * behind, at-risk, missed, then no-data: a target that stops being reported
 * has moved the wrong way).
 */
export function buildMeeting(input: {
  plan: Plan;
  current: CheckResult;
  previous?: CheckResult | undefined;
  files: FileResult[];
  /** who owes what for the month of the current picture */
  submissions: Submissions;
}): Meeting {
  const { plan, current, previous } = input;
  const before = new Map(previous?.results.map((r) => [r.target.id, r]) ?? []);
  const measures = new Map(plan.measures.map((m) => [m.number, m]));
  const units = new Map(plan.units.map((u) => [u.id, u]));

  const headline = current.results
    .filter((r) => r.target.measure === null)
    .map((result) => {
      const p = before.get(result.target.id);
      return p ? { result, previous: p } : { result };
    });

  const changes: Change[] = [];
  for (const r of current.results) {
    const p = before.get(r.target.id);
    if (!p || p.status === r.status) continue;
    const change: Change = {
      result: r,
      from: p.status,
      to: r.status,
      direction: statusRank(r.status) > statusRank(p.status) ? "worse" : "better",
    };
    if (p.detail) change.fromDetail = p.detail;
    changes.push(change);
  }
  const dirOrder = { worse: 0, better: 1 };
  changes.sort((a, b) => dirOrder[a.direction] - dirOrder[b.direction]);

  // the red of the at-a-glance boxes, worst first
  const red: readonly Status[] = GLANCE.red;
  const concernRank = (s: Status) => ATTENTION_ORDER.indexOf(s);
  const concerns: Concern[] = current.results
    .filter((r) => red.includes(r.status))
    .sort((a, b) => concernRank(a.status) - concernRank(b.status))
    .map((result) => {
      const refs =
        result.target.measure === null ? [] : (measures.get(result.target.measure)?.units ?? []);
      return {
        result,
        units: refs.flatMap((ref) => {
          const unit = units.get(ref.unit);
          return unit ? [{ unit, role: ref.role }] : [];
        }),
      };
    });

  const silent = input.submissions.owners.filter((o) => o.missing.length > 0);

  const findings = input.files.flatMap((f) => f.findings);
  return {
    asOf: current.asOf,
    previousAsOf: previous ? previous.asOf : null,
    headline,
    total: current.results.length,
    counts: current.summary,
    previousCounts: previous ? previous.summary : null,
    changes,
    concerns,
    silent,
    silentPeriod: input.submissions.period,
    findings,
    files: input.files,
    // those a cap left unlisted included
    errors: countFindings(input.files).errors,
    warnings: countFindings(input.files).warnings,
  };
}

/** The meeting as data (`report --format json`): codes and raw numbers, target ids, no words. */
export function meetingJson(m: Meeting) {
  return {
    asOf: m.asOf,
    previousAsOf: m.previousAsOf,
    total: m.total,
    counts: m.counts,
    previousCounts: m.previousCounts,
    headline: m.headline.map((h) => ({
      id: h.result.target.id,
      status: h.result.status,
      value: h.result.working?.value ?? null,
      // another unit's figure, used because the owner sent none (issue 20, item 3)
      source: h.result.working?.source ?? null,
      period: h.result.working?.period ?? null,
      previous: h.previous
        ? { status: h.previous.status, value: h.previous.working?.value ?? null }
        : null,
    })),
    changes: m.changes.map((c) => ({
      id: c.result.target.id,
      from: c.from,
      to: c.to,
      direction: c.direction,
    })),
    concerns: m.concerns.map((c) => ({
      id: c.result.target.id,
      status: c.result.status,
      units: c.units.map((u) => ({ unit: u.unit.id, role: u.role })),
    })),
    silent: m.silent.map((s) => ({
      unit: s.unit.id,
      missing: s.missing.map((x) => ({
        indicator: x.indicator.id,
        due: x.duePeriod,
        last: x.lastPeriod,
      })),
    })),
    silentPeriod: m.silentPeriod,
    errors: m.errors,
    warnings: m.warnings,
  };
}

/**
 * What the meeting's page and digest show, worked out once from the
 * evaluation: the headline, the three-colour summary, a scorecard per
 * responsible unit, the targets needing attention, the targets per measure,
 * the data's quality. Pure: no files, no words.
 */
import type { FileResult } from "../../data/types.js";
import { noDataCounts } from "../../evaluate/check.js";
import type { Submissions } from "../../evaluate/submissions.js";
import type { Trajectory } from "../../evaluate/trajectory.js";
import type { CheckResult, Status, StatusCounts, TargetResult } from "../../evaluate/types.js";
import type { Measure, Plan, Unit } from "../../plan/types.js";
import {
  ATTENTION_ORDER,
  GLANCE,
  type GlanceColour,
  type NoDataDetail,
  worst,
} from "../../vocabulary.js";
import { buildMeeting, type Meeting } from "../report/build.js";

export interface PageInput {
  /** report: the meeting's page; check: every target in full */
  kind: "report" | "check";
  plan: Plan;
  check: CheckResult;
  previous?: CheckResult | undefined;
  files: FileResult[];
  trajectories: ReadonlyMap<string, Trajectory>;
  /** who owes what for the as-of month (src/evaluate/submissions.ts) */
  submissions: Submissions;
}

export interface ScoreRow {
  unit: Unit;
  counts: StatusCounts;
  worst: Status;
  /** the unit's target with the worst status (the first in plan order), when not a pass */
  worstTarget?: TargetResult;
  /** whether it sent every figure it owes for the as-of month (src/evaluate/submissions.ts) */
  reported?: boolean;
}

export interface MeasureBlock {
  /** null: the plan's general requirement (the headline targets) */
  measure: Measure | null;
  results: TargetResult[];
}

/** Targets per at-a-glance colour. */
export type GlanceCounts = Record<GlanceColour, number>;

export interface PageModel {
  kind: "report" | "check";
  plan: Plan;
  meeting: Meeting;
  /** green, amber, red, grey: pass; behind; at-risk + missed; no-data */
  colours: GlanceCounts;
  /** the grey targets by detail: nothing accepted, or one figure and no baseline */
  grey: Record<NoDataDetail, number>;
  previousColours: GlanceCounts | null;
  scorecard: ScoreRow[];
  /** report: behind, at-risk, missed, no-data, worst first; check: every target in plan order */
  charted: TargetResult[];
  measures: MeasureBlock[];
  /** owners that have not sent figures they owe for the as-of month */
  notReported: Unit[];
  trajectories: ReadonlyMap<string, Trajectory>;
  /** the as-of month, YYYY-MM */
  month: string;
}

/**
 * Whether status `a` is worse than `b` by the roll-up's rule (src/vocabulary.ts
 * `worst`): pass < behind < at-risk < missed, and no-data only where nothing
 * is judged, so that a unit's worst target has the unit's worst status.
 */
const worse = (a: Status, b: Status): boolean => a !== b && worst([a, b]) === a;

/** The targets each at-a-glance colour counts (GLANCE). */
function colours(c: StatusCounts): GlanceCounts {
  const n = (colour: GlanceColour) => GLANCE[colour].reduce((sum, s) => sum + c[s], 0);
  return { green: n("green"), amber: n("amber"), red: n("red"), grey: n("grey") };
}

export function buildPage(input: PageInput): PageModel {
  const { plan, check } = input;
  const meeting = buildMeeting({
    plan,
    current: check,
    previous: input.previous,
    files: input.files,
    submissions: input.submissions,
  });
  const silent = new Set(meeting.silent.map((o) => o.unit.id));
  const byId = new Map(check.results.map((r) => [r.target.id, r]));
  const order = new Map(plan.targets.map((t, i) => [t.id, i]));

  // per owning unit: the targets it owns (shared ones never count); units owning none are left out
  const owners = check.byUnit.filter((u) => u.targets.some((t) => t.owns));
  const scorecard: ScoreRow[] = owners.map((u) => {
    let worstTarget: TargetResult | undefined;
    for (const t of u.targets) {
      if (!t.owns) continue;
      const r = byId.get(t.id);
      if (!r || r.status === "pass") continue;
      if (!worstTarget || worse(r.status, worstTarget.status)) worstTarget = r;
    }
    const row: ScoreRow = { unit: u.unit, counts: u.summary, worst: u.worst };
    if (worstTarget) row.worstTarget = worstTarget;
    row.reported = !silent.has(u.unit.id);
    return row;
  });

  const rank = new Map(ATTENTION_ORDER.map((s, i) => [s, i]));
  const charted =
    input.kind === "check"
      ? [...check.results]
      : check.results
          .filter((r) => rank.has(r.status))
          .sort(
            (a, b) =>
              (rank.get(a.status) ?? 0) - (rank.get(b.status) ?? 0) ||
              (order.get(a.target.id) ?? 0) - (order.get(b.target.id) ?? 0),
          );

  const measures: MeasureBlock[] = [];
  const headline = check.results.filter((r) => r.target.measure === null);
  if (headline.length > 0) measures.push({ measure: null, results: headline });
  for (const m of plan.measures) {
    const results = check.results.filter((r) => r.target.measure === m.number);
    if (results.length > 0) measures.push({ measure: m, results });
  }

  return {
    kind: input.kind,
    plan,
    meeting,
    colours: colours(check.summary),
    grey: noDataCounts(check.results),
    previousColours: input.previous ? colours(input.previous.summary) : null,
    scorecard,
    charted,
    measures,
    notReported: meeting.silent.map((o) => o.unit),
    trajectories: input.trajectories,
    month: check.asOf.slice(0, 7),
  };
}

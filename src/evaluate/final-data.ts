/**
 * Where the final evaluation's figures came from: for each target's final
 * value, the row that gave it (file, line, the unit that sent it) and
 * whether that unit owns the figure; and the figures a later file revised.
 * Pure: the observations as read, in file then line order.
 */
import type { Observation } from "../data/types.js";
import { ownership } from "../plan/owners.js";
import type { Plan } from "../plan/types.js";
import type { FinalEvaluation } from "./final.js";
import type { Revision } from "./history.js";

export interface FinalSource {
  target: string;
  indicator: string;
  period: string;
  /** the row that stands (the last read for the indicator, date and county); undefined: a sum of area rows */
  file?: string;
  line?: number;
  /** the sending unit's id, where known */
  reportedBy: string | null;
  owner: string | null;
  /** sent by a unit other than the owner */
  byOther: boolean;
}

export interface FinalData {
  sources: FinalSource[];
  /** revisions of the figures the final evaluation used (the indicators of its targets, on or before t) */
  revisions: Revision[];
}

export function finalData(
  plan: Plan,
  fe: FinalEvaluation,
  observations: readonly Observation[],
  revisions: readonly Revision[],
): FinalData {
  const standing = new Map<string, Observation>();
  for (const o of observations) {
    if (o.area === null) standing.set(`${o.indicator}|${o.date}`, o);
  }
  const owners = ownership(plan);
  const sources: FinalSource[] = [];
  for (const r of fe.results) {
    const final = r.final;
    if (!final || r.target.perArea) continue;
    const o = standing.get(`${r.target.indicator}|${final.date}`);
    const owner = owners.get(r.target.id)?.unit ?? null;
    const reportedBy = o?.reportedBy ?? null;
    const s: FinalSource = {
      target: r.target.id,
      indicator: r.target.indicator,
      period: final.period,
      reportedBy,
      owner,
      byOther: reportedBy !== null && owner !== null && reportedBy !== owner,
    };
    if (o) {
      s.file = o.file;
      s.line = o.line;
    }
    sources.push(s);
  }
  const used = new Set(fe.results.map((r) => r.target.indicator));
  return {
    sources,
    revisions: revisions.filter((v) => used.has(v.indicator) && v.date <= fe.asOf),
  };
}

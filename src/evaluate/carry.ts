/**
 * The last accepted figure of each indicator of an old plan, carried into a
 * new plan as its baseline (`cwplan baseline`): the new plan's indicator is
 * matched by id, else by its Chinese name; the figure is the latest
 * county-wide row on or before the as-of date (a later file's row for the
 * same date wins, as in evaluation), else the sum of the towns' rows where
 * the indicator adds up. Pure: the rows read in, coded rows out.
 */

import type { Observation } from "../data/types.js";
import { nameKey } from "../names.js";
import type { Indicator, Plan } from "../plan/types.js";
import { buildHistories, isNumeric } from "./history.js";

export interface Carried {
  /** the new plan's indicator */
  indicator: Indicator;
  /** the old plan's indicator it was matched to, and how */
  from: Indicator;
  match: "id" | "name";
  period: string;
  value: number;
  /** where the figure was read; for a sum of towns' rows, the areas summed */
  source: { file: string; line: number } | { areas: string[] };
  /** who sent it, where known */
  sender: string | null;
}

export interface Uncarried {
  indicator: Indicator;
  reason: "no-match" | "no-figure" | "milestone" | "other-unit";
  /** the old indicator matched, where there was one */
  from?: Indicator;
}

export function carryBaselines(
  oldPlan: Plan,
  newPlan: Plan,
  observations: readonly Observation[],
  asOf: string,
): { carried: Carried[]; uncarried: Uncarried[] } {
  const byId = new Map(oldPlan.indicators.map((i) => [i.id, i]));
  const byName = new Map(oldPlan.indicators.map((i) => [nameKey(i.name.zh), i]));
  // the latest county-wide row of each old indicator (rows come in reading order)
  const latest = new Map<string, Observation>();
  for (const o of observations) {
    if (o.area !== null || typeof o.value !== "number" || o.date > asOf) continue;
    const seen = latest.get(o.indicator);
    if (!seen || o.date >= seen.date) latest.set(o.indicator, o);
  }
  const histories = buildHistories(
    oldPlan,
    observations.filter((o) => o.date <= asOf),
  );
  const carried: Carried[] = [];
  const uncarried: Uncarried[] = [];
  for (const ind of newPlan.indicators) {
    const sameId = byId.get(ind.id);
    const from = sameId ?? byName.get(nameKey(ind.name.zh));
    if (!from) {
      uncarried.push({ indicator: ind, reason: "no-match" });
      continue;
    }
    const match = sameId ? "id" : "name";
    if (ind.kind === "milestone" || from.kind === "milestone") {
      uncarried.push({ indicator: ind, reason: "milestone", from });
      continue;
    }
    if (nameKey(ind.unit) !== nameKey(from.unit)) {
      uncarried.push({ indicator: ind, reason: "other-unit", from });
      continue;
    }
    const row = latest.get(from.id);
    const summed = histories.get(from.id)?.county.filter(isNumeric).at(-1);
    if (row && typeof row.value === "number" && (!summed || row.date >= summed.date)) {
      carried.push({
        indicator: ind,
        from,
        match,
        period: row.period,
        value: row.value,
        source: { file: row.file, line: row.line },
        sender: row.sender,
      });
    } else if (summed?.rolledUp) {
      carried.push({
        indicator: ind,
        from,
        match,
        period: summed.period,
        value: summed.value,
        source: { areas: summed.rolledUp.areas },
        sender: null,
      });
    } else uncarried.push({ indicator: ind, reason: "no-figure", from });
  }
  return { carried, uncarried };
}

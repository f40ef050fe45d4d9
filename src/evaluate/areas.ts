/**
 * Views over the histories beside the status rules: each township's latest
 * figures (`check --by-area`), and a target's recent county values (the
 * sparkline). Pure.
 */
import type { MilestoneState, Plan } from "../plan/types.js";
import { latestOnOrBefore, onOrBefore, type Series } from "./history.js";

export interface AreaRow {
  indicator: string;
  value: number | MilestoneState;
  period: string;
}

export interface AreaTable {
  area: string;
  rows: AreaRow[];
}

/** For every area with rows, its latest value on or before t of each indicator, in plan order. */
export function areaTables(plan: Plan, histories: Map<string, Series>, t: string): AreaTable[] {
  const tables: AreaTable[] = [];
  for (const area of plan.areas) {
    const rows: AreaRow[] = [];
    for (const indicator of plan.indicators) {
      const points = histories.get(indicator.id)?.areas.get(area.id);
      const latest = points && latestOnOrBefore(points, t);
      if (latest)
        rows.push({ indicator: indicator.id, value: latest.value, period: latest.period });
    }
    if (rows.length > 0) tables.push({ area: area.id, rows });
  }
  return tables;
}

/** The last `max` numeric county values on or before t, oldest first. */
export function trend(series: Series | undefined, t: string, max = 12): number[] {
  if (!series) return [];
  const values = onOrBefore(series.county, t)
    .map((p) => p.value)
    .filter((v): v is number => typeof v === "number");
  return values.slice(-max);
}

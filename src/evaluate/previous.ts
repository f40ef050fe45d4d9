/**
 * Which data and date make the "previous picture" that `cwplan report`
 * compares with. Pure: the caller reads the drops.
 */
import type { Observation } from "../data/types.js";

/**
 * The previous picture's date when none is given: the latest observation
 * date strictly before `asOf`; undefined when there is none.
 */
export function previousDate(
  observations: readonly Observation[],
  asOf: string,
): string | undefined {
  let best: string | undefined;
  for (const o of observations) {
    if (o.date < asOf && (best === undefined || o.date > best)) best = o.date;
  }
  return best;
}

/**
 * Observations for the previous picture under `--previous FILE`: the
 * previous drop's rows, plus the other drops' rows for the keys (indicator,
 * period, area) the previous drop does not give — its own figures win.
 */
export function mergeForPrevious(
  previous: readonly Observation[],
  current: readonly Observation[],
): Observation[] {
  const key = (o: Observation) => `${o.indicator}\u0000${o.period}\u0000${o.area ?? ""}`;
  const own = new Set(previous.map(key));
  return [...previous, ...current.filter((o) => !own.has(key(o)))];
}

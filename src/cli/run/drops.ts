/** What `validate`, `check` and `report` share: reading the drops. */

import { countFindings } from "../../data/count.js";
import { DropOptionError, type DropOptions, readDrops } from "../../data/read.js";
import type { DropResult, Observation } from "../../data/types.js";
import { optionError } from "../../errors.js";
import { bilingual, OPTION_ERRORS } from "../../i18n/errors.js";
import type { Plan } from "../../plan/types.js";
import type { DropOptions as DropCliOptions } from "../options.js";

/** Standard input as the data layer reads it (`-` on the command line). */
const stdin = (): AsyncIterable<Uint8Array> => process.stdin;

/**
 * Read and validate every drop; a bad option becomes a usage error. With
 * `onObservation`, each valid row goes there as it is read, and the result's
 * `observations` stays empty (a drop of a million rows is never held whole).
 */
export async function loadDrops(
  paths: string[],
  plan: Plan,
  o: DropCliOptions,
  onObservation?: (obs: Observation) => void,
): Promise<DropResult> {
  const opts: DropOptions = { stdin, maxFindings: o.maxFindings };
  if (onObservation) opts.onObservation = onObservation;
  if (o.encoding !== undefined) opts.encoding = o.encoding;
  if (o.delimiter !== undefined) opts.delimiter = o.delimiter;
  if (o.sheet !== undefined) opts.sheet = o.sheet;
  if (o.recursive) opts.recursive = true;
  try {
    return await readDrops(paths, plan, opts);
  } catch (e) {
    if (e instanceof DropOptionError) {
      throw optionError("bad-option", bilingual(OPTION_ERRORS, "badDropOption", e.message));
    }
    throw e;
  }
}

export function hasErrors(drops: DropResult): boolean {
  return countFindings(drops.files).errors > 0;
}

/** A warning (not an error) when the as-of date lies outside the plan's window. */
export function asOfWarning(asOf: string, plan: Plan): string | undefined {
  const { start, end } = plan.plan.window;
  if (asOf >= start && asOf <= end) return undefined;
  return `warning: the as-of date ${asOf} is outside the plan's window ${start} to ${end}; statuses are judged as of that date`;
}

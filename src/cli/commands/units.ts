/** `cwplan units`: every unit, the measures naming it, the targets it owns and shares. */

import { PLAN_FORMATS } from "../../vocabulary.js";
import { command } from "../command.js";
import { chosen, type Parsed } from "../options.js";
import type { UnitsOptions } from "../run/plan.js";

export function unitsOptions(p: Parsed): UnitsOptions {
  return { format: chosen(p, "format", PLAN_FORMATS) };
}

export const units = command<UnitsOptions>({
  name: "units",
  help: "command.units",
  options: [{ key: "format" }],
  formats: PLAN_FORMATS,
  translate: ({ values }) => unitsOptions(values),
  run: async (ctx, o) => (await import("../run/plan.js")).unitsCommand(ctx, o),
});

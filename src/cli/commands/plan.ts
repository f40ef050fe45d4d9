/** `cwplan plan`: the measures and their targets. */

import { PLAN_FORMATS } from "../../vocabulary.js";
import { command } from "../command.js";
import { chosen, type Parsed, text } from "../options.js";
import type { PlanOptions } from "../run/plan.js";

export function planOptions(p: Parsed): PlanOptions {
  return {
    ...text(p, "section"),
    ...text(p, "measure"),
    ...text(p, "unit"),
    format: chosen(p, "format", PLAN_FORMATS),
  };
}

export const plan = command<PlanOptions>({
  name: "plan",
  help: "command.plan",
  options: [
    { key: "section" },
    { key: "measure" },
    { key: "unit", help: "plan.unit" },
    { key: "format" },
  ],
  formats: PLAN_FORMATS,
  translate: ({ values }) => planOptions(values),
  run: async (ctx, o) => (await import("../run/plan.js")).planCommand(ctx, o),
});

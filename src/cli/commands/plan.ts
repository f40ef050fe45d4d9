/** `cwplan plan`: the measures and their targets. */

import { optionError } from "../../errors.js";
import { bilingual } from "../../i18n/errors.js";
import { LINT_WORDS } from "../../i18n/lint.js";
import { PLAN_FORMATS } from "../../vocabulary.js";
import { command, type Given } from "../command.js";
import { chosen, type Parsed, stringOf, text } from "../options.js";
import type { PlanOptions } from "../run/plan.js";

export function planOptions(p: Parsed): PlanOptions {
  return {
    ...text(p, "section"),
    ...text(p, "measure"),
    ...text(p, "unit"),
    format: chosen(p, "format", PLAN_FORMATS),
  };
}

/** `plan lint [FILE]` reads its file; plain `plan` lists the plan. */
type PlanCall = { lint: false; list: PlanOptions } | { lint: true; file?: string };

function planCall({ values, args }: Given): PlanCall {
  const [action, file, ...rest] = args;
  if (action === undefined) return { lint: false, list: planOptions(values) };
  if (action !== "lint" || rest.length > 0)
    throw optionError("unknown-plan-action", bilingual(LINT_WORDS, "planAction", args.join(" ")));
  const given = file ?? stringOf(values, "plan");
  return given === undefined ? { lint: true } : { lint: true, file: given };
}

export const plan = command<PlanCall>({
  name: "plan",
  help: "command.plan",
  argument: { name: "[lint...]", help: "argument.plan" },
  options: [
    { key: "section" },
    { key: "measure" },
    { key: "unit", help: "plan.unit" },
    { key: "format" },
  ],
  formats: PLAN_FORMATS,
  translate: planCall,
  run: async (ctx, o) =>
    o.lint
      ? (await import("../run/lint.js")).lintCommand(ctx, o.file)
      : (await import("../run/plan.js")).planCommand(ctx, o.list),
});

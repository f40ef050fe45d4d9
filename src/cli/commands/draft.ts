/** `cwplan draft PLAN_TEXT [-o plan.yaml] [--format yaml|json]`: a plan file drafted from a plan's text. */
import { DRAFT_FORMATS } from "../../vocabulary.js";
import { command } from "../command.js";
import { chosen, type Parsed, text } from "../options.js";
import type { DraftOptions } from "../run/draft.js";

export function draftOptions(p: Parsed, input: string): DraftOptions {
  return { input, format: chosen(p, "format", DRAFT_FORMATS), ...text(p, "output") };
}

export const draft = command<DraftOptions>({
  name: "draft",
  help: "command.draft",
  argument: { name: "<plan-text>", help: "argument.draft" },
  options: [{ key: "format" }, { key: "output", help: "draft.output" }],
  formats: DRAFT_FORMATS,
  translate: ({ values, args }) => draftOptions(values, args[0] ?? ""),
  files: (o) => ({ output: o.output, inputs: [o.input] }),
  run: async (ctx, o) => (await import("../run/draft.js")).draftCommand(ctx, o),
});

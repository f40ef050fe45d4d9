/** `cwplan template`: a CSV or .xlsx form ready to fill in. */

import { TEMPLATE_FORMATS } from "../../vocabulary.js";
import { command } from "../command.js";
import { chosen, flag, type Parsed, text } from "../options.js";
import type { TemplateOptions } from "../run/validate.js";

export function templateOptions(p: Parsed): TemplateOptions {
  return {
    format: chosen(p, "format", TEMPLATE_FORMATS),
    ...text(p, "period"),
    ...text(p, "unit"),
    shared: flag(p, "shared"),
    baseline: flag(p, "baseline"),
    bom: flag(p, "bom"),
    ...text(p, "output"),
    force: flag(p, "force"),
  };
}

export const template = command<TemplateOptions>({
  name: "template",
  help: "command.template",
  options: [
    { key: "format" },
    { key: "period" },
    { key: "unit", help: "template.unit" },
    { key: "shared" },
    { key: "baseline" },
    { key: "bom" },
    { key: "output", help: "template.output" },
    { key: "force" },
  ],
  formats: TEMPLATE_FORMATS,
  translate: ({ values }) => templateOptions(values),
  files: (o) => ({ output: o.output, inputs: [] }),
  run: async (ctx, o) => (await import("../run/validate.js")).templateCommand(ctx, o, new Date()),
});

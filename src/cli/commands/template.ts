/** `cwplan template`: a CSV or .xlsx form ready to fill in. */
import { TEMPLATE_FORMATS, type TemplateFormat } from "../../vocabulary.js";
import { command } from "../command.js";
import { chosen, flag, type Parsed, text } from "../options.js";

export interface TemplateOptions {
  format: TemplateFormat;
  period?: string;
  unit?: string;
  /** --shared: also the indicators of targets the unit only shares */
  shared: boolean;
  bom: boolean;
  output?: string;
  /** -o may replace a file that exists and is not empty */
  force: boolean;
}

export function templateOptions(p: Parsed): TemplateOptions {
  return {
    format: chosen(p, "format", TEMPLATE_FORMATS),
    ...text(p, "period"),
    ...text(p, "unit"),
    shared: flag(p, "shared"),
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
    { key: "bom" },
    { key: "output", help: "template.output" },
    { key: "force" },
  ],
  formats: TEMPLATE_FORMATS,
  translate: ({ values }) => templateOptions(values),
  files: (o) => ({ output: o.output, inputs: [] }),
  run: async (ctx, o) => (await import("../run/validate.js")).templateCommand(ctx, o, new Date()),
});

/** `cwplan validate <files…>`: the drops checked against the plan and the row schema. */

import { VALIDATE_FORMATS } from "../../vocabulary.js";
import { command, withDrops } from "../command.js";
import { chosen, DROP_OPTIONS, dropOptions, type Parsed, text } from "../options.js";
import type { ValidateOptions } from "../run/validate.js";

export function validateOptions(p: Parsed): ValidateOptions {
  return {
    ...dropOptions(p),
    format: chosen(p, "format", VALIDATE_FORMATS),
    ...text(p, "output"),
  };
}

export const validate = command<ValidateOptions & { drops: string[] }>({
  name: "validate",
  help: "command.validate",
  argument: { name: "[files...]", help: "argument.files" },
  options: [...DROP_OPTIONS, { key: "format" }, { key: "output" }],
  formats: VALIDATE_FORMATS,
  translate: withDrops(validateOptions),
  files: (o) => ({ output: o.output, inputs: o.drops }),
  run: async (ctx, o) => (await import("../run/validate.js")).validateCommand(ctx, o.drops, o),
});

/** `cwplan check <files…>`: validate the drops, then judge every target. */

import { CHECK_OUTPUTS, DEFAULT_FAIL_ON } from "../../vocabulary.js";
import { command, withDrops } from "../command.js";
import {
  chosen,
  DROP_OPTIONS,
  dropOptions,
  flag,
  optional,
  type Parsed,
  parsedOf,
  stringOf,
  text,
} from "../options.js";
import type { CheckOptions } from "../run/check.js";
import { parseAsOf, parseFailOn, parseStatuses } from "../values.js";

export function checkOptions(p: Parsed): CheckOptions {
  return {
    ...dropOptions(p),
    ...optional("asOf", parsedOf(p, "asOf", parseAsOf)),
    ...text(p, "unit"),
    ...text(p, "measure"),
    ...optional("statuses", parsedOf(p, "status", parseStatuses)),
    failOn: parseFailOn(stringOf(p, "failOn") ?? DEFAULT_FAIL_ON),
    byArea: flag(p, "byArea"),
    details: flag(p, "details"),
    format: chosen(p, "format", CHECK_OUTPUTS),
    bom: flag(p, "bom"),
    ...text(p, "output"),
  };
}

export const check = command<CheckOptions & { drops: string[] }>({
  name: "check",
  help: "command.check",
  argument: { name: "[files...]", help: "argument.drops" },
  options: [
    ...DROP_OPTIONS,
    { key: "asOf" },
    { key: "unit", help: "check.unit" },
    { key: "measure", help: "check.measure" },
    { key: "status" },
    { key: "failOn" },
    { key: "byArea" },
    { key: "details" },
    { key: "format" },
    { key: "bom", help: "option.bom.csv" },
    { key: "output" },
  ],
  formats: CHECK_OUTPUTS,
  translate: withDrops(checkOptions),
  files: (o) => ({ output: o.output, inputs: o.drops }),
  run: async (ctx, o) => (await import("../run/check.js")).checkCommand(ctx, o.drops, o),
});

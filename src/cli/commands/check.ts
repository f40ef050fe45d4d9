/** `cwplan check <files…>`: validate the drops, then judge every target. */

import { CHECK_OUTPUTS, DEFAULT_FAIL_ON } from "../../vocabulary.js";
import { command } from "../command.js";
import {
  chosen,
  DROP_OPTIONS,
  dropOptions,
  dropsOr,
  flag,
  optional,
  type Parsed,
  stringOf,
  text,
} from "../options.js";
import type { CheckOptions } from "../run/check.js";
import { parseAsOf, parseFailOn, parseStatuses } from "../values.js";

export function checkOptions(p: Parsed): CheckOptions {
  const asOf = stringOf(p, "asOf");
  const status = stringOf(p, "status");
  return {
    ...dropOptions(p),
    ...optional("asOf", asOf === undefined ? undefined : parseAsOf(asOf)),
    ...text(p, "unit"),
    ...text(p, "measure"),
    ...optional("statuses", status === undefined ? undefined : parseStatuses(status)),
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
  translate: ({ values, args, config }) => {
    const o = checkOptions(values);
    return { ...o, drops: dropsOr(args, config) };
  },
  files: (o) => ({ output: o.output, inputs: o.drops }),
  run: async (ctx, o) => (await import("../run/check.js")).checkCommand(ctx, o.drops, o),
});

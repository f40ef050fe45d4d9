/** `cwplan report <files…>`: the monthly meeting's report. */

import { REPORT_OUTPUTS } from "../../vocabulary.js";
import { command, withDrops } from "../command.js";
import {
  chosen,
  DROP_OPTIONS,
  dropOptions,
  flag,
  optional,
  type Parsed,
  parsedOf,
  text,
} from "../options.js";
import type { ReportOptions } from "../run/report.js";
import { parseAsOf } from "../values.js";

export function reportOptions(p: Parsed): ReportOptions {
  return {
    ...dropOptions(p),
    ...optional("asOf", parsedOf(p, "asOf", parseAsOf)),
    ...text(p, "unit"),
    ...text(p, "previous"),
    final: flag(p, "final"),
    format: chosen(p, "format", REPORT_OUTPUTS),
    ...text(p, "output"),
  };
}

export const report = command<ReportOptions & { drops: string[] }>({
  name: "report",
  help: "command.report",
  argument: { name: "[files...]", help: "argument.drops" },
  options: [
    ...DROP_OPTIONS,
    { key: "asOf", help: "report.asOf" },
    { key: "unit" },
    { key: "previous" },
    { key: "final" },
    { key: "format" },
    { key: "output", help: "report.output" },
  ],
  formats: REPORT_OUTPUTS,
  translate: withDrops(reportOptions),
  files: (o) => ({
    output: o.output,
    inputs: o.previous === undefined ? o.drops : [...o.drops, o.previous],
  }),
  run: async (ctx, o) => (await import("../run/report.js")).reportCommand(ctx, o.drops, o),
});

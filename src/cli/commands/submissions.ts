/** `cwplan submissions <files…>`: 催报, who owes which figures for a month. */

import { SUBMISSION_FORMATS } from "../../vocabulary.js";
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
import type { SubmissionsOptions } from "../run/submissions.js";
import { parseMonth } from "../values.js";

export function submissionsOptions(p: Parsed): SubmissionsOptions {
  return {
    ...dropOptions(p),
    ...optional("month", parsedOf(p, "period", parseMonth)),
    format: chosen(p, "format", SUBMISSION_FORMATS),
    bom: flag(p, "bom"),
    ...text(p, "output"),
  };
}

export const submissions = command<SubmissionsOptions & { drops: string[] }>({
  name: "submissions",
  help: "command.submissions",
  argument: { name: "[files...]", help: "argument.csvDrops" },
  options: [
    ...DROP_OPTIONS,
    { key: "period", help: "submissions.period" },
    { key: "format" },
    { key: "bom", help: "option.bom.csv" },
    { key: "output", help: "submissions.output" },
  ],
  formats: SUBMISSION_FORMATS,
  translate: withDrops(submissionsOptions),
  files: (o) => ({ output: o.output, inputs: o.drops }),
  run: async (ctx, o) =>
    (await import("../run/submissions.js")).submissionsCommand(ctx, o.drops, o),
});

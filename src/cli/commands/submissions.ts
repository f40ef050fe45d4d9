/** `cwplan submissions <files…>`: 催报, who owes which figures for a month. */

import { SUBMISSION_FORMATS } from "../../vocabulary.js";
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
import type { SubmissionsOptions } from "../run/submissions.js";
import { parseMonth } from "../values.js";

export function submissionsOptions(p: Parsed): SubmissionsOptions {
  const month = stringOf(p, "period");
  return {
    ...dropOptions(p),
    ...optional("month", month === undefined ? undefined : parseMonth(month)),
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
  translate: ({ values, args, config }) => {
    const o = submissionsOptions(values);
    return { ...o, drops: dropsOr(args, config) };
  },
  files: (o) => ({ output: o.output, inputs: o.drops }),
  run: async (ctx, o) =>
    (await import("../run/submissions.js")).submissionsCommand(ctx, o.drops, o),
});

/** `cwplan submissions <files…>`: 催报, who owes which figures for a month. */
import { SUBMISSION_FORMATS, type SubmissionFormat } from "../../vocabulary.js";
import { command } from "../command.js";
import {
  chosen,
  DROP_OPTIONS,
  type DropOptions,
  dropOptions,
  dropsOr,
  flag,
  optional,
  type Parsed,
  stringOf,
  text,
} from "../options.js";
import { parseMonth } from "../values.js";

export interface SubmissionsOptions extends DropOptions {
  /** --period, as a month YYYY-MM */
  month?: string;
  format: SubmissionFormat;
  bom: boolean;
  output?: string;
}

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

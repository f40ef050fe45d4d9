/** `cwplan baseline --from FOLDER --as-of DATE [--from-plan P] -o FILE`: an old plan's last figures as the new plan's baselines. */
import { optionError } from "../../errors.js";
import { BASELINE_ERRORS } from "../../i18n/baseline.js";
import { bilingual } from "../../i18n/errors.js";
import { command } from "../command.js";
import { DROP_OPTIONS, dropOptions, type Parsed, stringOf, text } from "../options.js";
import type { BaselineOptions } from "../run/baseline.js";
import { parseAsOf } from "../values.js";

export function baselineOptions(p: Parsed): BaselineOptions {
  const from = stringOf(p, "from");
  const asOf = stringOf(p, "asOf");
  if (from === undefined)
    throw optionError("missing-option", bilingual(BASELINE_ERRORS, "missing", "--from"));
  if (asOf === undefined)
    throw optionError("missing-option", bilingual(BASELINE_ERRORS, "missing", "--as-of"));
  return {
    from,
    asOf: parseAsOf(asOf),
    ...text(p, "fromPlan"),
    ...text(p, "output"),
    drops: dropOptions(p),
  };
}

export const baseline = command<BaselineOptions>({
  name: "baseline",
  help: "command.baseline",
  options: [
    { key: "from" },
    { key: "asOf", help: "baseline.asOf" },
    { key: "fromPlan" },
    { key: "output", help: "baseline.output" },
    ...DROP_OPTIONS,
  ],
  translate: ({ values }) => baselineOptions(values),
  files: (o) => ({ output: o.output, inputs: [o.from] }),
  run: async (ctx, o) => (await import("../run/baseline.js")).baselineCommand(ctx, o),
});

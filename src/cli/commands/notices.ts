/** `cwplan notices <files…> --period 2025-07 [-o DIR]`: 退回通知 and 催报通知, one per unit. */

import { command } from "../command.js";
import {
  DROP_OPTIONS,
  dropOptions,
  dropsOr,
  optional,
  type Parsed,
  stringOf,
  text,
} from "../options.js";
import type { NoticesOptions } from "../run/notices.js";
import { parseMonth } from "../values.js";

export function noticesOptions(p: Parsed): NoticesOptions {
  const month = stringOf(p, "period");
  return {
    ...dropOptions(p),
    ...optional("month", month === undefined ? undefined : parseMonth(month)),
    ...text(p, "output"),
  };
}

export const notices = command<NoticesOptions & { drops: string[] }>({
  name: "notices",
  help: "command.notices",
  argument: { name: "[files...]", help: "argument.csvDrops" },
  options: [
    ...DROP_OPTIONS,
    { key: "period", help: "submissions.period" },
    { key: "output", help: "notices.output" },
  ],
  translate: ({ values, args, config }) => ({
    ...noticesOptions(values),
    drops: dropsOr(args, config),
  }),
  run: async (ctx, o) => (await import("../run/notices.js")).noticesCommand(ctx, o.drops, o),
});

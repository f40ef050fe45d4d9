/** `cwplan notices <files…> --period 2025-07 [-o DIR]`: 退回通知 and 催报通知, one per unit. */

import { command, withDrops } from "../command.js";
import { DROP_OPTIONS, dropOptions, optional, type Parsed, parsedOf, text } from "../options.js";
import type { NoticesOptions } from "../run/notices.js";
import { parseMonth } from "../values.js";

export function noticesOptions(p: Parsed): NoticesOptions {
  return {
    ...dropOptions(p),
    ...optional("month", parsedOf(p, "period", parseMonth)),
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
  translate: withDrops(noticesOptions),
  run: async (ctx, o) => (await import("../run/notices.js")).noticesCommand(ctx, o.drops, o),
});

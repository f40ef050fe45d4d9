/** `cwplan show <measure-or-target>`: everything about one measure or target. */
import { command } from "../command.js";

export interface ShowOptions {
  /** a measure number or a target id, as typed */
  what: string;
}

export const show = command<ShowOptions>({
  name: "show",
  help: "command.show",
  argument: { name: "<measure-or-target>", help: "argument.show" },
  options: [],
  translate: ({ args }) => ({ what: args[0] ?? "" }),
  run: async (ctx, o) => (await import("../run/plan.js")).showCommand(ctx, o.what),
});

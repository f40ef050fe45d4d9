/** `cwplan init [DIR] [--from-text PLAN_TEXT] [--units-from chengwu|FILE]`: a new project. */
import { command } from "../command.js";
import { flag, type Parsed, text } from "../options.js";
import type { InitOptions } from "../run/init.js";

export function initOptions(p: Parsed, dir: string | undefined): InitOptions {
  return {
    dir: dir ?? ".",
    ...text(p, "fromText"),
    ...text(p, "unitsFrom"),
    force: flag(p, "force"),
  };
}

export const init = command<InitOptions>({
  name: "init",
  help: "command.init",
  argument: { name: "[dir]", help: "argument.init" },
  options: [{ key: "fromText" }, { key: "unitsFrom" }, { key: "force", help: "init.force" }],
  translate: ({ values, args }) => initOptions(values, args[0]),
  run: async (ctx, o) => (await import("../run/init.js")).initCommand(ctx, o),
});

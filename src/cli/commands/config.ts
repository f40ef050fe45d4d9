/** `cwplan config`: the settings in force and where each comes from. */
import { PLAN_FORMATS, type PlanFormat } from "../../vocabulary.js";
import { command } from "../command.js";
import { ExitCode } from "../exit.js";
import { chosen, stringOf } from "../options.js";

export interface ConfigOptions {
  format: PlanFormat;
  /** --plan as given or filled in from the config */
  plan?: string;
  /** whether --plan and --lang were given on the command line */
  planOnCli: boolean;
  langOnCli: boolean;
}

export const config = command<ConfigOptions>({
  name: "config",
  help: "command.config",
  options: [{ key: "format" }],
  formats: PLAN_FORMATS,
  translate: ({ values, source }) => {
    const plan = stringOf(values, "plan");
    return {
      format: chosen(values, "format", PLAN_FORMATS),
      ...(plan === undefined ? {} : { plan }),
      planOnCli: source("plan") === "cli",
      langOnCli: source("lang") === "cli",
    };
  },
  run: async (ctx, o) => {
    const [{ describeSettings }, { renderSettings }] = await Promise.all([
      import("../config.js"),
      import("../../format/config.js"),
    ]);
    const settings = describeSettings(o, ctx.config, ctx.io.env, ctx.lang, ctx.cwd);
    ctx.emit(renderSettings(settings, o.format, ctx.lang));
    return ExitCode.Ok;
  },
});

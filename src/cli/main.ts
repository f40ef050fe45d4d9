/**
 * The command line: commander wiring, errors caught in one place, exit
 * codes from src/cli/exit.ts. Only this layer touches files and the terminal.
 */
import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import { CwplanError, formatLocation } from "../errors.js";
import { type Context, type GlobalOptions, type Io, makeContext } from "./context.js";
import { ExitCode } from "./exit.js";

const require = createRequire(import.meta.url);
const { version } = require("../../package.json") as { version: string };

type Action = (ctx: Context) => number | Promise<number>;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  let debug = argv.includes("--debug");
  const program = new Command("cwplan");
  const run = (cmd: Command, action: Action, outFile?: string) => async () => {
    const opts = cmd.optsWithGlobals<GlobalOptions>();
    debug = Boolean(opts.debug);
    exitCode = await action(makeContext(opts, io, outFile));
  };

  program
    .description("Check the Chengwu County urbanization plan's targets against reported figures")
    .version(version, "-V, --version")
    .option("--plan <file>", "use this plan file instead of the embedded Chengwu plan")
    .addOption(
      new Option("--lang <lang>", "language of labels and messages (default: from LANG)").choices([
        "zh",
        "en",
      ]),
    )
    .option("--color", "force colour on")
    .option("--no-color", "turn colour off")
    .option("--debug", "show a stack trace for unexpected errors")
    .showHelpAfterError("(run `cwplan --help` for usage)")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const formatOption = (choices: string[]) =>
    new Option("-f, --format <format>", "output format").choices(choices).default(choices[0]);

  const planCmd = program
    .command("plan")
    .description("list measures and their targets")
    .option("--section <section>", "only this section (一 … 七)")
    .option("--measure <n>", "only this measure")
    .option("--unit <name>", "only measures of this unit (any name, alias or id)")
    .addOption(formatOption(["table", "json"]));
  planCmd.action(async () => {
    const { planCommand } = await import("./commands/plan.js");
    await run(planCmd, (ctx) => planCommand(ctx, planCmd.opts()))();
  });

  const unitsCmd = program
    .command("units")
    .description("list every responsible unit with the measures and targets it leads or shares")
    .addOption(formatOption(["table", "json"]));
  unitsCmd.action(async () => {
    const { unitsCommand } = await import("./commands/plan.js");
    await run(unitsCmd, (ctx) => unitsCommand(ctx, unitsCmd.opts()))();
  });

  const showCmd = program
    .command("show")
    .description("everything about one measure or target, the original text included")
    .argument("<measure-or-target>", "a measure number (1–27) or a target id");
  showCmd.action(async (what: string) => {
    const { showCommand } = await import("./commands/plan.js");
    await run(showCmd, (ctx) => showCommand(ctx, what))();
  });

  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    cmd.showHelpAfterError(`(run \`cwplan ${cmd.name()} --help\` for usage)`);
  }

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e) {
    return report(e, io, debug);
  }
}

/** The one place errors become words on stderr and an exit code. */
function report(e: unknown, io: Io, debug: boolean): number {
  if (e instanceof CommanderError) {
    if (
      e.code === "commander.helpDisplayed" ||
      e.code === "commander.version" ||
      e.code === "commander.help"
    ) {
      return ExitCode.Ok;
    }
    return ExitCode.Error;
  }
  if (e instanceof CwplanError) {
    for (const err of [e, ...e.more]) {
      const where = err.where ? `${formatLocation(err.where)}: ` : "";
      io.stderr(`${where}error: ${err.message}\n`);
      if (err.hint && err === e) io.stderr(`  hint: ${err.hint}\n`);
    }
    if (e.more.length > 0) io.stderr(`${e.more.length + 1} errors\n`);
    if (debug && e.stack) io.stderr(`${e.stack}\n`);
    return ExitCode.Error;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`error: ${message}\n`);
  io.stderr(
    debug && e instanceof Error && e.stack
      ? `${e.stack}\n`
      : "  (this is a bug in cwplan; run again with --debug for details and report it)\n",
  );
  return ExitCode.Error;
}

function processIo(): Io {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
  };
}

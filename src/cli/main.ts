/**
 * The command line: commander wiring, errors caught in one place, exit
 * codes from src/cli/exit.ts. Only this layer touches files and the terminal.
 */
import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import { CwplanError, formatLocation } from "../errors.js";
import {
  CHECK_FORMATS,
  DEFAULT_FAIL_ON,
  FAIL_ON,
  LANGS,
  PLAN_FORMATS,
  REPORT_FORMATS,
  VALIDATE_FORMATS,
} from "../vocabulary.js";
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
    exitCode = await action(await makeContext(opts, io, outFile));
  };

  program
    .description("Check the Chengwu County urbanization plan's targets against reported figures")
    .version(version, "-V, --version")
    .option("--plan <file>", "use this plan file instead of the embedded Chengwu plan")
    .addOption(
      new Option("--lang <lang>", "language of labels and messages (default: from LANG)").choices(
        LANGS,
      ),
    )
    .option("--color", "force colour on")
    .option("--no-color", "turn colour off")
    .option("--debug", "show a stack trace for unexpected errors")
    .showHelpAfterError("(run `cwplan --help` for usage)")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const formatOption = (choices: readonly string[]) =>
    new Option("-f, --format <format>", "output format").choices(choices).default(choices[0]);

  const planCmd = program
    .command("plan")
    .description("list measures and their targets")
    .option("--section <section>", "only this section (一 … 七)")
    .option("--measure <n>", "only this measure")
    .option("--unit <name>", "only measures of this unit (any name, alias or id)")
    .addOption(formatOption(PLAN_FORMATS));
  planCmd.action(async () => {
    const { planCommand } = await import("./commands/plan.js");
    await run(planCmd, (ctx) => planCommand(ctx, planCmd.opts()))();
  });

  const unitsCmd = program
    .command("units")
    .description("list every responsible unit with the measures and targets it leads or shares")
    .addOption(formatOption(PLAN_FORMATS));
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

  const dropOpts = (cmd: Command) =>
    cmd
      .option("--encoding <name>", "the drops' encoding: utf-8, gb18030 or gbk (default: detected)")
      .option("--delimiter <char>", "the drops' delimiter: , ; or tab (default: detected)")
      .option("--max-errors <n>", "print at most this many findings", "1000");

  const validateCmd = dropOpts(
    program
      .command("validate")
      .description("validate data drops against the plan and the row schema")
      .argument("<files...>", "CSV files, or folders of them"),
  )
    .addOption(formatOption(VALIDATE_FORMATS))
    .option("-o, --output <file>", "write the output to a file");
  validateCmd.action(async (files: string[]) => {
    const { validateCommand } = await import("./commands/validate.js");
    const o = validateCmd.opts();
    await run(validateCmd, (ctx) => validateCommand(ctx, files, o as never), o.output)();
  });

  const templateCmd = program
    .command("template")
    .description("print a CSV ready to fill in: one row per indicator")
    .option("--period <period>", "the period to fill in (default: this month)")
    .option("--unit <name>", "only the targets of this unit")
    .option("--bom", "start with the UTF-8 byte-order mark that Excel needs")
    .option("-o, --output <file>", "write the template to a file");
  templateCmd.action(async () => {
    const { templateCommand } = await import("./commands/validate.js");
    const o = templateCmd.opts();
    await run(templateCmd, (ctx) => templateCommand(ctx, o, new Date()), o.output)();
  });

  const checkCmd = dropOpts(
    program
      .command("check")
      .description("classify every target as pass / behind / at-risk / missed / no-data")
      .argument("<files...>", "CSV drops, or folders of them (every .csv inside)"),
  )
    .option("--as-of <date>", "judge as of this date, YYYY-MM-DD (default: the latest observation)")
    .option("--unit <name>", "only the targets of this unit (any name, alias or id)")
    .option("--measure <n>", "only the targets of this measure")
    .option("--status <list>", "only targets with these statuses, e.g. behind,at-risk")
    .addOption(
      new Option("--fail-on <status>", "exit 1 when a target is at or above this status")
        .choices(FAIL_ON)
        .default(DEFAULT_FAIL_ON),
    )
    .option("--by-area", "add a table per township for indicators reported by area")
    .addOption(formatOption(CHECK_FORMATS))
    .option("--bom", "with --format csv: start with the UTF-8 byte-order mark")
    .option("-o, --output <file>", "write the output to a file");
  checkCmd.action(async (files: string[]) => {
    const { checkCommand } = await import("./commands/check.js");
    const o = checkCmd.opts();
    await run(checkCmd, (ctx) => checkCommand(ctx, files, o as never), o.output)();
  });

  const reportCmd = dropOpts(
    program
      .command("report")
      .description("the monthly meeting's report: headline, changes, targets at risk, silent units")
      .argument("<files...>", "CSV drops, or folders of them (every .csv inside)"),
  )
    .option("--as-of <date>", "report as of this date (default: the latest observation)")
    .option("--unit <name>", "only the targets of this unit (any name, alias or id)")
    .option("--previous <file>", "compare with this older drop (default: the date before)")
    .addOption(formatOption(REPORT_FORMATS))
    .option("-o, --output <file>", "write the report to a file");
  reportCmd.action(async (files: string[]) => {
    const { reportCommand } = await import("./commands/report.js");
    const o = reportCmd.opts();
    await run(reportCmd, (ctx) => reportCommand(ctx, files, o as never), o.output)();
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
  // a reader that stops early (`cwplan check … | head`) is not an error
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
  };
}

/**
 * The command line: commander wiring, errors caught in one place, exit
 * codes from src/cli/exit.ts. Only this layer touches files and the terminal.
 */
import { createRequire } from "node:module";
import { Command, CommanderError } from "commander";
import { CwplanError, formatLocation, optionError, writeReason } from "../errors.js";
import { commanderError, errorWords } from "../i18n/cli.js";
import { OPTION_ERRORS, said } from "../i18n/errors.js";
import { langFromEnv } from "../i18n/lang.js";
import {
  CHECK_OUTPUTS,
  type Lang,
  PLAN_FORMATS,
  REPORT_OUTPUTS,
  SUBMISSION_FORMATS,
  TEMPLATE_FORMATS,
  VALIDATE_FORMATS,
} from "../vocabulary.js";
import { applyConfig, loadConfig, type ProjectConfig } from "./config.js";
import { type Context, type Io, makeContext } from "./context.js";
import { ExitCode } from "./exit.js";
import { localizeHelp } from "./help.js";
import {
  checkOptions,
  formatOption,
  globalOptions,
  option,
  type Parsed,
  planOptions,
  reportOptions,
  submissionsOptions,
  templateOptions,
  unitsOptions,
  validateOptions,
} from "./options.js";

const require = createRequire(import.meta.url);

function packageVersion(): string {
  const pkg: unknown = require("../../package.json");
  return pkg && typeof pkg === "object" && "version" in pkg && typeof pkg.version === "string"
    ? pkg.version
    : "unknown";
}

type Action = (ctx: Context) => number | Promise<number>;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  let debug = argv.includes("--debug");
  const program = new Command("cwplan");
  /** commander's values for a command, its own and the global ones, as data of unknown type */
  const parsed = (cmd: Command): Parsed => cmd.opts();
  let config: ProjectConfig | undefined;
  /** the language of help and errors, known before parsing: --lang, cwplan.yaml, LANG, the system */
  let lang = await startLang(argv, io);
  /**
   * Find the project config and let it fill in what the command line left
   * to defaults; first thing in every action, before its options are read.
   */
  const configure = async (cmd: Command): Promise<void> => {
    debug = Boolean(cmd.optsWithGlobals().debug);
    const explicit: unknown = cmd.optsWithGlobals().config;
    config = await loadConfig(
      io.cwd?.() ?? process.cwd(),
      typeof explicit === "string" ? explicit : undefined,
    );
    applyConfig(program, cmd, config);
    lang = globalOptions(cmd.optsWithGlobals()).lang ?? langFromEnv(io.env);
  };
  /** the drops a command names, else the config's */
  const dropsOr = (files: string[]): string[] => {
    if (files.length > 0) return files;
    if (config?.drops) return config.drops.value;
    throw optionError("no-files", said(OPTION_ERRORS, "noFiles"));
  };
  /** `inputs`: the files the command reads, which -o must not name */
  const run = async (cmd: Command, action: Action, outFile?: string, inputs: string[] = []) => {
    const global = globalOptions(cmd.optsWithGlobals());
    debug = global.debug;
    if (outFile !== undefined) {
      const { refuseInputAsOutput } = await import("./output.js");
      const all = global.plan === undefined ? inputs : [...inputs, global.plan];
      await refuseInputAsOutput(outFile, all);
    }
    exitCode = await action(await makeContext(global, io, outFile));
  };

  program
    .description("Check the Chengwu County urbanization plan's targets against reported figures")
    .version(packageVersion(), "-V, --version")
    .addOption(option("plan"))
    .addOption(option("config"))
    .addOption(option("lang"))
    .addOption(option("color"))
    .addOption(option("noColor"))
    .addOption(option("debug"))
    .showHelpAfterError("(run `cwplan --help` for usage)")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const planCmd = program
    .command("plan")
    .description("list measures and their targets")
    .addOption(option("section"))
    .addOption(option("measure"))
    .addOption(option("unit", "only measures of this unit (any name, alias or id)"))
    .addOption(formatOption(PLAN_FORMATS));
  planCmd.action(async () => {
    await configure(planCmd);
    const o = planOptions(parsed(planCmd));
    const { planCommand } = await import("./commands/plan.js");
    await run(planCmd, (ctx) => planCommand(ctx, o));
  });

  const unitsCmd = program
    .command("units")
    .description("list every unit: the measures naming it, the targets it owns, how many it shares")
    .addOption(formatOption(PLAN_FORMATS));
  unitsCmd.action(async () => {
    await configure(unitsCmd);
    const o = unitsOptions(parsed(unitsCmd));
    const { unitsCommand } = await import("./commands/plan.js");
    await run(unitsCmd, (ctx) => unitsCommand(ctx, o));
  });

  const showCmd = program
    .command("show")
    .description("everything about one measure or target, the original text included")
    .argument("<measure-or-target>", "a measure number (1–27) or a target id");
  showCmd.action(async (what: string) => {
    await configure(showCmd);
    const { showCommand } = await import("./commands/plan.js");
    await run(showCmd, (ctx) => showCommand(ctx, what));
  });

  const dropOptions = (cmd: Command) =>
    cmd
      .addOption(option("encoding"))
      .addOption(option("delimiter"))
      .addOption(option("maxErrors"))
      .addOption(option("sheet"))
      .addOption(option("recursive"));

  const validateCmd = dropOptions(
    program
      .command("validate")
      .description("validate data drops against the plan and the row schema")
      .argument(
        "[files...]",
        "CSV or .xlsx files, or folders of them (default: drops in cwplan.yaml)",
      ),
  )
    .addOption(formatOption(VALIDATE_FORMATS))
    .addOption(option("output"));
  validateCmd.action(async (files: string[]) => {
    await configure(validateCmd);
    const o = validateOptions(parsed(validateCmd));
    const { validateCommand } = await import("./commands/validate.js");
    const drops = dropsOr(files);
    await run(validateCmd, (ctx) => validateCommand(ctx, drops, o), o.output, drops);
  });

  const templateCmd = program
    .command("template")
    .description("a CSV or .xlsx form ready to fill in: one row per indicator (and area)")
    .addOption(formatOption(TEMPLATE_FORMATS))
    .addOption(option("period"))
    .addOption(option("unit", "only the indicators this unit owns"))
    .addOption(option("shared"))
    .addOption(option("bom"))
    .addOption(option("output", "write the template to a file"))
    .addOption(option("force"));
  templateCmd.action(async () => {
    await configure(templateCmd);
    const o = templateOptions(parsed(templateCmd));
    const { templateCommand } = await import("./commands/validate.js");
    await run(templateCmd, (ctx) => templateCommand(ctx, o, new Date()), o.output);
  });

  const checkCmd = dropOptions(
    program
      .command("check")
      .description("classify every target as pass / behind / at-risk / missed / no-data")
      .argument(
        "[files...]",
        "CSV or .xlsx drops, or folders of them (every .csv and .xlsx inside; default: drops in cwplan.yaml)",
      ),
  )
    .addOption(option("asOf"))
    .addOption(option("unit", "only the targets this unit owns or shares (any name, alias or id)"))
    .addOption(option("measure", "only the targets of this measure"))
    .addOption(option("status"))
    .addOption(option("failOn"))
    .addOption(option("byArea"))
    .addOption(option("details"))
    .addOption(formatOption(CHECK_OUTPUTS))
    .addOption(option("bom", "with --format csv: start with the UTF-8 byte-order mark"))
    .addOption(option("output"));
  checkCmd.action(async (files: string[]) => {
    await configure(checkCmd);
    const o = checkOptions(parsed(checkCmd));
    const { checkCommand } = await import("./commands/check.js");
    const drops = dropsOr(files);
    await run(checkCmd, (ctx) => checkCommand(ctx, drops, o), o.output, drops);
  });

  const submissionsCmd = dropOptions(
    program
      .command("submissions")
      .description("催报: which owners have not reported which figures they owe for a month")
      .argument(
        "[files...]",
        "CSV drops, or folders of them (every .csv inside; default: drops in cwplan.yaml)",
      ),
  )
    .addOption(option("period", "the month, YYYY-MM (default: the latest period in the data)"))
    .addOption(formatOption(SUBMISSION_FORMATS))
    .addOption(option("bom", "with --format csv: start with the UTF-8 byte-order mark"))
    .addOption(option("output", "write the list to a file"));
  submissionsCmd.action(async (files: string[]) => {
    await configure(submissionsCmd);
    const o = submissionsOptions(parsed(submissionsCmd));
    const { submissionsCommand } = await import("./commands/submissions.js");
    const drops = dropsOr(files);
    await run(submissionsCmd, (ctx) => submissionsCommand(ctx, drops, o), o.output, drops);
  });

  const reportCmd = dropOptions(
    program
      .command("report")
      .description(
        "the monthly meeting's report: headline, changes, targets at risk, who has not reported",
      )
      .argument(
        "[files...]",
        "CSV or .xlsx drops, or folders of them (every .csv and .xlsx inside; default: drops in cwplan.yaml)",
      ),
  )
    .addOption(option("asOf", "report as of this date (default: the latest observation)"))
    .addOption(option("unit"))
    .addOption(option("previous"))
    .addOption(formatOption(REPORT_OUTPUTS))
    .addOption(option("output", "write the report to a file"));
  reportCmd.action(async (files: string[]) => {
    await configure(reportCmd);
    const o = reportOptions(parsed(reportCmd));
    const { reportCommand } = await import("./commands/report.js");
    const drops = dropsOr(files);
    const inputs = o.previous === undefined ? drops : [...drops, o.previous];
    await run(reportCmd, (ctx) => reportCommand(ctx, drops, o), o.output, inputs);
  });

  const configCmd = program
    .command("config")
    .description("print the settings in force and where each comes from (cwplan.yaml, options)")
    .addOption(formatOption(PLAN_FORMATS));
  configCmd.action(async () => {
    await configure(configCmd);
    const { format } = unitsOptions(parsed(configCmd));
    await run(configCmd, async (ctx) => {
      const { describeSettings } = await import("./config.js");
      const { renderSettings } = await import("../format/config.js");
      const settings = describeSettings(
        program,
        config,
        io.env,
        ctx.lang,
        io.cwd?.() ?? process.cwd(),
      );
      ctx.emit(renderSettings(settings, format, ctx.lang));
      return ExitCode.Ok;
    });
  });

  const output = {
    writeOut: io.stdout,
    writeErr: io.stderr,
    outputError: (s: string, write: (s: string) => void) => write(commanderError(s, lang)),
  };
  program.configureOutput(output);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput(output);
  localizeHelp(program, lang);

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e) {
    return reportError(e, io, debug, lang);
  }
}

/**
 * The language before commander parses (help and usage errors need it):
 * `--lang` on the command line, else the project config's (a config that
 * cannot be read is reported later, by the command), else the environment.
 */
async function startLang(argv: string[], io: Io): Promise<Lang> {
  const given = (flag: string): string | undefined => {
    const i = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
    if (i < 0) return undefined;
    const a = argv[i] ?? "";
    return a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1];
  };
  const flag = given("--lang");
  if (flag === "zh" || flag === "en") return flag;
  try {
    const config = await loadConfig(io.cwd?.() ?? process.cwd(), given("--config"));
    if (config?.lang) return config.lang.value;
  } catch {
    // the command reports it
  }
  return langFromEnv(io.env);
}

/** The one place errors become words on stderr and an exit code. */
function reportError(e: unknown, io: Io, debug: boolean, lang: Lang): number {
  const W = errorWords(lang);
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
      const zh = lang === "zh" ? err.zh : undefined;
      io.stderr(`${where}${W.error}${zh ? zh.message : err.message}\n`);
      const hint = zh ? (zh.hint ?? err.hint) : err.hint;
      if (hint && err === e) io.stderr(`${W.hint}${hint}\n`);
    }
    if (e.more.length > 0) io.stderr(`${W.count(e.more.length + 1)}\n`);
    if (debug && e.stack) io.stderr(`${e.stack}\n`);
    return ExitCode.Error;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`${W.error}${message}\n`);
  io.stderr(debug && e instanceof Error && e.stack ? `${e.stack}\n` : `${W.bug}\n`);
  return ExitCode.Error;
}

function processIo(): Io {
  // a reader that stops early (`cwplan check … | head`) is not an error
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    // a full disk or a failing device (`> /dev/full`): said in words, exit 2
    process.stderr.write(`error: cannot write to standard output: ${writeReason(e)}\n`);
    process.exit(ExitCode.Error);
  });
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: () => process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
  };
}

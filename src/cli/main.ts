/**
 * The command line: the commands of src/cli/commands/ declared on commander,
 * the project config read and the language decided once, errors caught in
 * one place, exit codes from src/cli/exit.ts. Only this layer touches files
 * and the terminal. The flow from argv to output: docs/architecture.md.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Command, CommanderError } from "commander";
import { CwplanError, formatLocation } from "../errors.js";
import { CONFIG_WORDS, commanderError, errorWords, helpText } from "../i18n/cli.js";
import { problemWords } from "../i18n/errors.js";
import { langFromEnv } from "../i18n/lang.js";
import { writeReason } from "../i18n/reasons.js";
import type { Lang } from "../vocabulary.js";
import type { Command as CliCommand } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { applyConfig, loadConfig, type ProjectConfig, shown } from "./config.js";
import { type Io, makeContext } from "./context.js";
import { ExitCode } from "./exit.js";
import { localizeHelp } from "./help.js";
import { GLOBAL_OPTIONS, globalOptions, option } from "./options.js";

function packageVersion(): string {
  // read, not require()d: Node's module loader costs about a millisecond more
  const pkg: unknown = JSON.parse(
    readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
  );
  return pkg && typeof pkg === "object" && "version" in pkg && typeof pkg.version === "string"
    ? pkg.version
    : "unknown";
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  let debug = argv.includes("--debug");
  const cwd = io.cwd?.() ?? process.cwd();
  // read once; one that cannot be read is reported by the command (help still shows)
  const found = await findConfig(argv, cwd);
  /** the language of help, errors and output: --lang, cwplan.yaml, LANG, the system */
  const lang = decideLang(argv, found.config, io.env);

  const program = new Command("cwplan")
    .description(helpText("program", lang))
    .version(packageVersion(), "-V, --version", helpText("version", lang))
    .exitOverride();
  for (const key of GLOBAL_OPTIONS) program.addOption(option({ key }, lang));

  const declare = (c: CliCommand): void => {
    const cmd = program.command(c.name).description(helpText(c.help, lang));
    if (c.argument) cmd.argument(c.argument.name, helpText(c.argument.help, lang));
    for (const use of c.options) cmd.addOption(option(use, lang, c.formats));
    cmd.action(async () => {
      debug = Boolean(cmd.optsWithGlobals().debug);
      if (found.error !== undefined) throw found.error;
      const args = cmd.processedArgs.flat().filter((a): a is string => typeof a === "string");
      const config = shownDrops(await configInForce(found.config, argv, args, cwd, io, lang), cwd);
      applyConfig(program, cmd, config);
      const values = cmd.optsWithGlobals();
      if (config && READS_DROPS.has(c.name)) {
        // a config in force is a decision the user sees: which file, which plan
        const plan =
          typeof values.plan === "string" ? shown(resolve(cwd, values.plan), cwd) : undefined;
        io.stderr(`${CONFIG_WORDS[lang].inForce(shown(config.file, cwd), plan)}\n`);
      }
      const prepared = c.prepare({
        values,
        source: (key) => cmd.getOptionValueSourceWithGlobals(key),
        args,
        config,
      });
      const global = globalOptions(values);
      debug = global.debug;
      if (prepared.output !== undefined) {
        const { refuseInputAsOutput } = await import("./output.js");
        const inputs = [...prepared.inputs, ...(global.plan === undefined ? [] : [global.plan])];
        await refuseInputAsOutput(prepared.output, inputs);
      }
      const ctx = await makeContext(global, io, { lang, cwd, config, outFile: prepared.output });
      exitCode = await prepared.run(ctx);
    });
  };
  // when argv names the command first and asks no help, only that command is
  // declared (declaring all of them costs milliseconds of every start); help,
  // `help`, an unknown command or options first: all of them
  const named = COMMANDS.find((c) => c.name === argv[2]);
  const help = argv.some((a) => a === "-h" || a === "--help");
  for (const c of named && !help ? [named] : COMMANDS) declare(c);

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

/** An option's value as written on the command line (`--flag value` or `--flag=value`). */
function given(argv: readonly string[], flag: string): string | undefined {
  const i = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  const a = argv[i] ?? "";
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1];
}

/** The commands that read drops, whose result a config can change: each says which config is in force. */
const READS_DROPS = new Set(["check", "validate", "report", "submissions", "notices"]);

/**
 * The config a command runs under: the one found, unless it lies inside a
 * folder given as input (it came with the data: never used, and said so).
 * A config named with --config is always used.
 */
async function configInForce(
  config: ProjectConfig | undefined,
  argv: readonly string[],
  args: readonly string[],
  cwd: string,
  io: Io,
  lang: Lang,
): Promise<ProjectConfig | undefined> {
  if (!config || given(argv, "--config") !== undefined) return config;
  const { isUnder } = await import("./config-parse.js");
  const input = args.find((a) => isUnder(dirname(config.file), resolve(cwd, a)));
  if (input === undefined) return config;
  io.stderr(`${CONFIG_WORDS[lang].ignoredInInput(shown(config.file, cwd), input)}\n`);
  return undefined;
}

/** The project config (`--config FILE` or the nearest one), or the error reading it. */
async function findConfig(
  argv: readonly string[],
  cwd: string,
): Promise<{ config: ProjectConfig | undefined; error?: unknown }> {
  try {
    return { config: await loadConfig(cwd, given(argv, "--config")) };
  } catch (e) {
    return { config: undefined, error: e };
  }
}

/**
 * The language, decided before commander parses (help and usage errors need
 * it): `--lang` on the command line, else the project config's, else the
 * environment.
 */
function decideLang(
  argv: readonly string[],
  config: ProjectConfig | undefined,
  env: NodeJS.ProcessEnv,
): Lang {
  const flag = given(argv, "--lang");
  if (flag === "zh" || flag === "en") return flag;
  return config?.lang?.value ?? langFromEnv(env);
}

/** The one place errors become words on stderr and an exit code. */
function reportError(e: unknown, io: Io, debug: boolean, lang: Lang): number {
  const words = errorWords(lang);
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
    // each error's hint, but a hint the error before gave is not said again
    let lastHint: string | undefined;
    for (const err of [e, ...e.more]) {
      const where = err.where ? `${formatLocation(err.where)}: ` : "";
      const { message, hint } = problemWords(err, lang);
      io.stderr(`${where}${words.error}${message}\n`);
      if (hint && hint !== lastHint) io.stderr(`${words.hint}${hint}\n`);
      lastHint = hint;
    }
    if (e.more.length > 0) io.stderr(`${words.count(e.more.length + 1)}\n`);
    if (debug && e.stack) io.stderr(`${e.stack}\n`);
    return ExitCode.Error;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`${words.error}${message}\n`);
  io.stderr(debug && e instanceof Error && e.stack ? `${e.stack}\n` : `${words.bug}\n`);
  return ExitCode.Error;
}

function processIo(): Io {
  // a reader that stops early (`cwplan check … | head`) is not an error: the
  // rest of the output is dropped and the run ends with the exit code it
  // would have had (README, exit codes)
  let closed = false;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (closed || e.code === "EPIPE") {
      closed = true;
      return;
    }
    // a full disk or a failing device (`> /dev/full`): said in words, exit 2
    process.stderr.write(`error: cannot write to standard output: ${writeReason(e)}\n`);
    process.exit(ExitCode.Error);
  });
  // stderr closed early too (`cwplan … 2>&1 | head`): nothing left to say it on
  process.stderr.on("error", () => {});
  return {
    stdout: (s) => {
      if (!closed) process.stdout.write(s);
    },
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: () => process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
  };
}

/**
 * The config's drop folders as a user reads them: relative to the working
 * folder, as a path typed on the command line would be (`drops/2025-07/…` in
 * every finding, not the whole absolute path), unless that climbs far.
 */
function shownDrops(config: ProjectConfig | undefined, cwd: string): ProjectConfig | undefined {
  if (!config?.drops) return config;
  return {
    ...config,
    drops: { ...config.drops, value: config.drops.value.map((d) => shown(d, cwd)) },
  };
}

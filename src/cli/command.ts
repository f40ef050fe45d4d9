/**
 * A command as data: its name, its help keys, the options it declares, the
 * translation of what commander parsed into one typed object, and `run`.
 * src/cli/main.ts declares every command in src/cli/commands/ from this and
 * runs the one asked for; /work/notes/COMMANDS.md (docs/architecture.md) says
 * how to add one. A command module stays light: `run` loads the work with
 * `await import()`, so that the start of every other command does not pay for it.
 */
import type { HelpKey } from "../i18n/cli.js";
import type { ProjectConfig } from "./config.js";
import type { Context } from "./context.js";
import { dropsOr, type OptionUse, type Parsed } from "./options.js";

/** What a command's translation reads. */
export interface Given {
  /** commander's values, the command's and the global ones, after the config filled in */
  values: Parsed;
  /** where a value came from: "cli", "config", "default" (commander's words) or undefined */
  source: (key: string) => string | undefined;
  /** the positional arguments */
  args: readonly string[];
  /** the project config, when there is one */
  config: ProjectConfig | undefined;
}

export interface CliCommand<O> {
  name: string;
  /** the command's description: `command.<name>` in src/i18n/cli.ts */
  help: HelpKey;
  /** the positional argument, as commander writes it ("[files...]", "<what>"), and its help */
  argument?: { name: string; help: HelpKey };
  /** in the order help lists them */
  options: readonly OptionUse[];
  /** `--format`'s choices; the first is the default */
  formats?: readonly [string, ...string[]];
  /** commander's values → the typed options; a bad value is a usage error here, before any work */
  translate: (given: Given) => O;
  /** the file -o names and the files read, so that the one is never one of the others */
  files?: (o: O) => { output: string | undefined; inputs: readonly string[] };
  run: (ctx: Context, o: O) => Promise<number>;
}

/** A command ready to run: its options translated, its files known. */
export interface Prepared {
  output: string | undefined;
  inputs: readonly string[];
  run: (ctx: Context) => Promise<number>;
}

/** A command as main.ts holds it, whatever its options type. */
export interface Command {
  name: string;
  help: HelpKey;
  argument?: { name: string; help: HelpKey };
  options: readonly OptionUse[];
  formats?: readonly [string, ...string[]];
  prepare: (given: Given) => Prepared;
}

/** A command module's export: its declaration, with its options type kept inside. */
export function command<O>(c: CliCommand<O>): Command {
  const { translate, files, run, ...declared } = c;
  return {
    ...declared,
    prepare: (given) => {
      const o = translate(given);
      const f = files?.(o);
      return {
        output: f?.output,
        inputs: f?.inputs ?? [],
        run: (ctx) => run(ctx, o),
      };
    },
  };
}

/**
 * The translation of a command that reads drops: its options from commander's
 * values, and the drops its arguments name (else the config's).
 */
export function withDrops<O>(options: (p: Parsed) => O): (given: Given) => O & { drops: string[] } {
  return ({ values, args, config }) => ({ ...options(values), drops: dropsOr(args, config) });
}

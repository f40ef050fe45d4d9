/**
 * Every command-line option, declared once (its flags, choices and default;
 * its help is `option.<key>` in src/i18n/cli.ts), and the readers that turn
 * what commander parsed into typed values (ESLint's `translateOptions` is the
 * model): each command's translation (src/cli/commands/) is made of them.
 * The parsers of values that need more than a type check are in
 * src/cli/values.ts. Loaded at every start: keep it light.
 */
import { Option } from "commander";
import { optionError } from "../errors.js";
import { type HelpKey, helpText } from "../i18n/cli.js";
import { bilingual, OPTION_ERRORS } from "../i18n/errors.js";
import { DEFAULT_FAIL_ON, DEFAULT_MAX_FINDINGS, LANGS, type Lang } from "../vocabulary.js";
import type { ProjectConfig } from "./config.js";
import { parseMaxErrors } from "./values.js";

// ---- declarations ------------------------------------------------------------------

interface OptionSpec {
  flags: string;
  choices?: readonly string[];
  /** shown in help and used when the option is absent */
  default?: string;
}

/** Every option of every command, by the key commander stores its value under. */
export const OPTIONS = {
  plan: { flags: "--plan <file>" },
  config: { flags: "--config <file>" },
  lang: { flags: "--lang <lang>", choices: LANGS },
  color: { flags: "--color" },
  noColor: { flags: "--no-color" },
  debug: { flags: "--debug" },
  section: { flags: "--section <section>" },
  measure: { flags: "--measure <n>" },
  unit: { flags: "--unit <name>" },
  encoding: { flags: "--encoding <name>" },
  delimiter: { flags: "--delimiter <char>" },
  maxErrors: { flags: "--max-errors <n>", default: String(DEFAULT_MAX_FINDINGS) },
  sheet: { flags: "--sheet <name>" },
  recursive: { flags: "--recursive" },
  output: { flags: "-o, --output <file>" },
  period: { flags: "--period <period>" },
  bom: { flags: "--bom" },
  force: { flags: "--force" },
  asOf: { flags: "--as-of <date>" },
  status: { flags: "--status <list>" },
  failOn: { flags: "--fail-on <status>", default: DEFAULT_FAIL_ON },
  byArea: { flags: "--by-area" },
  previous: { flags: "--previous <file>" },
  final: { flags: "--final" },
  details: { flags: "--details" },
  shared: { flags: "--shared" },
  baseline: { flags: "--baseline" },
  fromText: { flags: "--from-text <file>" },
  unitsFrom: { flags: "--units-from <plan>" },
  from: { flags: "--from <folder>" },
  fromPlan: { flags: "--from-plan <plan>" },
} satisfies Record<string, OptionSpec>;

export type OptionKey = keyof typeof OPTIONS;

/** One option a command takes: a declared option, worded for this command when `help` is given. */
export interface OptionUse {
  key: OptionKey | "format";
  /** the help text for this command, when the option's own does not fit */
  help?: HelpKey;
}

/** The options every command has (declared on the program). */
export const GLOBAL_OPTIONS: readonly OptionKey[] = [
  "plan",
  "config",
  "lang",
  "color",
  "noColor",
  "debug",
];

/** The options of the commands that read drops, in the order help lists them. */
export const DROP_OPTIONS: readonly OptionUse[] = [
  { key: "encoding" },
  { key: "delimiter" },
  { key: "maxErrors" },
  { key: "sheet" },
  { key: "recursive" },
];

/** The help key of an option as a command uses it. */
export function helpKey(use: OptionUse): HelpKey {
  return use.help ?? `option.${use.key}`;
}

/**
 * A commander Option for a declared option, its help in `lang`; `formats`
 * are `--format`'s choices (the first is the default).
 */
export function option(
  use: OptionUse,
  lang: Lang,
  formats: readonly [string, ...string[]] = ["table"],
): Option {
  const description = helpText(helpKey(use), lang);
  if (use.key === "format") {
    return new Option("-f, --format <format>", description).choices(formats).default(formats[0]);
  }
  const spec: OptionSpec = OPTIONS[use.key];
  const o = new Option(spec.flags, description);
  if (spec.choices) o.choices(spec.choices);
  if (spec.default !== undefined) o.default(spec.default);
  return o;
}

// ---- the options every command shares ------------------------------------------------

export interface GlobalOptions {
  plan?: string;
  /** --config FILE: the project config to use instead of the nearest one */
  config?: string;
  lang?: Lang;
  /** --color (true), --no-color (false), or neither */
  color?: boolean;
  debug: boolean;
}

export interface DropOptions {
  encoding?: string;
  delimiter?: string;
  /** --sheet: the sheet of .xlsx drops to read */
  sheet?: string;
  /** --recursive: read the subfolders of folders */
  recursive: boolean;
  /** --max-errors */
  maxFindings: number;
}

/** What commander parsed: values of unknown type, by option key. */
export type Parsed = Readonly<Record<string, unknown>>;

export function globalOptions(p: Parsed): GlobalOptions {
  return {
    ...text(p, "plan"),
    ...text(p, "config"),
    ...optional("lang", oneOf(p, "lang", LANGS)),
    ...optional("color", flagOrUnset(p, "color")),
    debug: flag(p, "debug"),
  };
}

export function dropOptions(p: Parsed): DropOptions {
  return {
    ...text(p, "encoding"),
    ...text(p, "delimiter"),
    ...text(p, "sheet"),
    recursive: flag(p, "recursive"),
    maxFindings: parseMaxErrors(stringOf(p, "maxErrors") ?? String(DEFAULT_MAX_FINDINGS)),
  };
}

/** The drops a command names, else the config's; none at all is a usage error. */
export function dropsOr(args: readonly string[], config: ProjectConfig | undefined): string[] {
  if (args.length > 0) return [...args];
  if (config?.drops) return config.drops.value;
  throw optionError("no-files", bilingual(OPTION_ERRORS, "noFiles"));
}

// ---- reading commander's values ---------------------------------------------------------

export function stringOf(p: Parsed, key: OptionKey | "format"): string | undefined {
  const v = p[key];
  if (v === undefined || typeof v === "string") return v;
  throw new Error(`option ${key}: expected text, commander gave ${typeof v}`);
}

export function flag(p: Parsed, key: OptionKey): boolean {
  return flagOrUnset(p, key) ?? false;
}

function flagOrUnset(p: Parsed, key: OptionKey): boolean | undefined {
  const v = p[key];
  if (v === undefined || typeof v === "boolean") return v;
  throw new Error(`option ${key}: expected a flag, commander gave ${typeof v}`);
}

/** The value if it is one of `choices` (commander has checked it), else undefined. */
function oneOf<T extends string>(
  p: Parsed,
  key: OptionKey | "format",
  choices: readonly T[],
): T | undefined {
  const v = stringOf(p, key);
  if (v === undefined) return undefined;
  const found = choices.find((c) => c === v);
  if (found === undefined) throw new Error(`option ${key}: "${v}" is not one of its choices`);
  return found;
}

/** The value of an option with choices and a default: always one of the choices. */
export function chosen<T extends string>(
  p: Parsed,
  key: OptionKey | "format",
  choices: readonly T[],
): T {
  const v = oneOf(p, key, choices);
  if (v === undefined) throw new Error(`option ${key} has no value and no default`);
  return v;
}

/** `{ [key]: value }`, or nothing when the value is undefined (the typed objects' optional fields). */
export function optional<K extends string, T>(key: K, v: T | undefined): { [P in K]?: T } {
  const out: { [P in K]?: T } = {};
  if (v !== undefined) out[key] = v;
  return out;
}

/** A text option's value read by `parse` (a bad value is a usage error there), or undefined when absent. */
export function parsedOf<T>(p: Parsed, key: OptionKey, parse: (s: string) => T): T | undefined {
  const v = stringOf(p, key);
  return v === undefined ? undefined : parse(v);
}

/** `{ [key]: text }` for an option whose value is text, or nothing when absent. */
export function text<K extends OptionKey>(p: Parsed, key: K): { [P in K]?: string } {
  return optional(key, stringOf(p, key));
}

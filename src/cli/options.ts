/**
 * Every command-line option, declared once, and the translation of what
 * commander parsed into one typed object per command (ESLint's
 * `translateOptions` is the model). Each kind of value has one parser here:
 * `--as-of`, `--status`, `--max-errors`, and (against the plan, once it is
 * loaded) `--measure` and `--unit`. Loaded at every start: keep it light.
 */
import { Option } from "commander";
import { isIsoDate } from "../calendar.js";
import { normalizePeriod } from "../data/period.js";
import { optionError } from "../errors.js";
import { OPTION_ERRORS, said } from "../i18n/errors.js";
import { DETAIL_LABELS, STATUS_LABELS } from "../i18n/vocabulary.js";
import { unitRegistry } from "../plan/registry.js";
import type { Plan } from "../plan/types.js";
import {
  CHECK_OUTPUTS,
  type CheckOutput,
  DEFAULT_FAIL_ON,
  DEFAULT_MAX_FINDINGS,
  FAIL_ON,
  type FailOn,
  LANGS,
  type Lang,
  PLAN_FORMATS,
  type PlanFormat,
  REPORT_OUTPUTS,
  type ReportOutput,
  STATUSES,
  type Status,
  SUBMISSION_FORMATS,
  type SubmissionFormat,
  TEMPLATE_FORMATS,
  type TemplateFormat,
  VALIDATE_FORMATS,
  type ValidateFormat,
} from "../vocabulary.js";

// ---- declarations ------------------------------------------------------------------

interface OptionSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  /** shown in help and used when the option is absent */
  default?: string;
}

/** Every option of every command, by the key commander stores its value under. */
export const OPTIONS = {
  plan: {
    flags: "--plan <file>",
    description: "use this plan file instead of the embedded Chengwu plan",
  },
  config: {
    flags: "--config <file>",
    description: "use this config file instead of the nearest cwplan.yaml",
  },
  lang: {
    flags: "--lang <lang>",
    description:
      "language of labels and messages: zh or en (default: cwplan.yaml, then LANG, then the system's)",
    choices: LANGS,
  },
  color: { flags: "--color", description: "force colour on" },
  noColor: { flags: "--no-color", description: "turn colour off" },
  debug: { flags: "--debug", description: "show a stack trace for unexpected errors" },
  section: {
    flags: "--section <section>",
    description: "only this section (一 … 七, or its title)",
  },
  measure: { flags: "--measure <n>", description: "only this measure" },
  unit: {
    flags: "--unit <name>",
    description: "only the targets of this unit (any name, alias or id)",
  },
  encoding: {
    flags: "--encoding <name>",
    description: "the drops' encoding: utf-8, gb18030 or gbk (default: detected)",
  },
  delimiter: {
    flags: "--delimiter <char>",
    description: "the drops' delimiter: , ; or tab (default: detected)",
  },
  maxErrors: {
    flags: "--max-errors <n>",
    description: "keep at most this many findings about rows, across all files and formats",
    default: String(DEFAULT_MAX_FINDINGS),
  },
  sheet: {
    flags: "--sheet <name>",
    description: "in .xlsx drops, read this sheet (default: the first with a header)",
  },
  recursive: { flags: "--recursive", description: "in folders, read the subfolders too" },
  output: { flags: "-o, --output <file>", description: "write the output to a file" },
  period: {
    flags: "--period <period>",
    description: "the period to fill in (default: this month)",
  },
  bom: { flags: "--bom", description: "start with the UTF-8 byte-order mark that Excel needs" },
  force: {
    flags: "--force",
    description: "with -o: replace a file that exists (it may be a filled-in drop)",
  },
  asOf: {
    flags: "--as-of <date>",
    description: "judge as of this date, YYYY-MM-DD (default: the latest observation)",
  },
  status: {
    flags: "--status <list>",
    description:
      "only targets with these statuses, in Chinese or English, e.g. 进度滞后,存在风险 or behind,at-risk",
  },
  failOn: {
    flags: "--fail-on <status>",
    description:
      "exit 1 when a target is at or above this status (behind, at-risk, missed, no-data, never; or 进度滞后, 存在风险 …)",
    default: DEFAULT_FAIL_ON,
  },
  byArea: {
    flags: "--by-area",
    description: "add a table per township for indicators reported by area",
  },
  previous: {
    flags: "--previous <file>",
    description: "compare with this older drop (default: the date before)",
  },
  details: {
    flags: "--details",
    description: "table format: the full per-unit tables instead of the one screen",
  },
  shared: {
    flags: "--shared",
    description: "with --unit: also the indicators of targets it only shares",
  },
} satisfies Record<string, OptionSpec>;

export type OptionKey = keyof typeof OPTIONS;

/** A commander Option for a declared option; `description` words it for one command. */
export function option(key: OptionKey, description?: string): Option {
  const spec: OptionSpec = OPTIONS[key];
  const o = new Option(spec.flags, description ?? spec.description);
  if (spec.choices) o.choices(spec.choices);
  if (spec.default !== undefined) o.default(spec.default);
  return o;
}

/** `-f, --format`, with a command's formats; the first is the default. */
export function formatOption(formats: readonly [string, ...string[]]): Option {
  return new Option("-f, --format <format>", "output format").choices(formats).default(formats[0]);
}

// ---- typed options, one object per command ------------------------------------------

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

export interface PlanOptions {
  section?: string;
  measure?: string;
  unit?: string;
  format: PlanFormat;
}

export interface UnitsOptions {
  format: PlanFormat;
}

export interface ValidateOptions extends DropOptions {
  format: ValidateFormat;
  output?: string;
}

export interface TemplateOptions {
  format: TemplateFormat;
  period?: string;
  unit?: string;
  /** --shared: also the indicators of targets the unit only shares */
  shared: boolean;
  bom: boolean;
  output?: string;
  /** -o may replace a file that exists and is not empty */
  force: boolean;
}

export interface CheckOptions extends DropOptions {
  asOf?: string;
  unit?: string;
  measure?: string;
  statuses?: Status[];
  failOn: FailOn;
  byArea: boolean;
  /** --details: the full per-unit tables instead of the one screen */
  details: boolean;
  format: CheckOutput;
  bom: boolean;
  output?: string;
}

export interface SubmissionsOptions extends DropOptions {
  /** --period, as a month YYYY-MM */
  month?: string;
  format: SubmissionFormat;
  bom: boolean;
  output?: string;
}

export interface ReportOptions extends DropOptions {
  asOf?: string;
  unit?: string;
  previous?: string;
  format: ReportOutput;
  output?: string;
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

export function planOptions(p: Parsed): PlanOptions {
  return {
    ...text(p, "section"),
    ...text(p, "measure"),
    ...text(p, "unit"),
    format: chosen(p, "format", PLAN_FORMATS),
  };
}

export function unitsOptions(p: Parsed): UnitsOptions {
  return { format: chosen(p, "format", PLAN_FORMATS) };
}

function dropOptions(p: Parsed): DropOptions {
  return {
    ...text(p, "encoding"),
    ...text(p, "delimiter"),
    ...text(p, "sheet"),
    recursive: flag(p, "recursive"),
    maxFindings: parseMaxErrors(stringOf(p, "maxErrors") ?? String(DEFAULT_MAX_FINDINGS)),
  };
}

export function validateOptions(p: Parsed): ValidateOptions {
  return {
    ...dropOptions(p),
    format: chosen(p, "format", VALIDATE_FORMATS),
    ...text(p, "output"),
  };
}

export function templateOptions(p: Parsed): TemplateOptions {
  return {
    format: chosen(p, "format", TEMPLATE_FORMATS),
    ...text(p, "period"),
    ...text(p, "unit"),
    shared: flag(p, "shared"),
    bom: flag(p, "bom"),
    ...text(p, "output"),
    force: flag(p, "force"),
  };
}

export function checkOptions(p: Parsed): CheckOptions {
  const asOf = stringOf(p, "asOf");
  const status = stringOf(p, "status");
  return {
    ...dropOptions(p),
    ...optional("asOf", asOf === undefined ? undefined : parseAsOf(asOf)),
    ...text(p, "unit"),
    ...text(p, "measure"),
    ...optional("statuses", status === undefined ? undefined : parseStatuses(status)),
    failOn: parseFailOn(stringOf(p, "failOn") ?? DEFAULT_FAIL_ON),
    byArea: flag(p, "byArea"),
    details: flag(p, "details"),
    format: chosen(p, "format", CHECK_OUTPUTS),
    bom: flag(p, "bom"),
    ...text(p, "output"),
  };
}

export function submissionsOptions(p: Parsed): SubmissionsOptions {
  const month = stringOf(p, "period");
  return {
    ...dropOptions(p),
    ...optional("month", month === undefined ? undefined : parseMonth(month)),
    format: chosen(p, "format", SUBMISSION_FORMATS),
    bom: flag(p, "bom"),
    ...text(p, "output"),
  };
}

export function reportOptions(p: Parsed): ReportOptions {
  const asOf = stringOf(p, "asOf");
  return {
    ...dropOptions(p),
    ...optional("asOf", asOf === undefined ? undefined : parseAsOf(asOf)),
    ...text(p, "unit"),
    ...text(p, "previous"),
    format: chosen(p, "format", REPORT_OUTPUTS),
    ...text(p, "output"),
  };
}

// ---- reading commander's values ---------------------------------------------------------

function stringOf(p: Parsed, key: OptionKey | "format"): string | undefined {
  const v = p[key];
  if (v === undefined || typeof v === "string") return v;
  throw new Error(`option ${key}: expected text, commander gave ${typeof v}`);
}

function flag(p: Parsed, key: OptionKey): boolean {
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
function chosen<T extends string>(p: Parsed, key: OptionKey | "format", choices: readonly T[]): T {
  const v = oneOf(p, key, choices);
  if (v === undefined) throw new Error(`option ${key} has no value and no default`);
  return v;
}

/** `{ [key]: value }`, or nothing when the value is undefined (the typed objects' optional fields). */
function optional<K extends string, T>(key: K, v: T | undefined): { [P in K]?: T } {
  const out: { [P in K]?: T } = {};
  if (v !== undefined) out[key] = v;
  return out;
}

function text<K extends OptionKey>(p: Parsed, key: K): { [P in K]?: string } {
  return optional(key, stringOf(p, key));
}

// ---- one parser per kind of value ----------------------------------------------------------

/** `--as-of YYYY-MM-DD`, checked to be a real date. */
export function parseAsOf(s: string): string {
  const t = s.trim();
  if (!isIsoDate(t)) {
    throw optionError("bad-as-of", said(OPTION_ERRORS, "badAsOf", s));
  }
  return t;
}

/**
 * A status named in English or Chinese: its code (at-risk), its label
 * (存在风险), a pass's details (已达标, 序时推进), or 达标; undefined when none.
 */
export function statusNamed(word: string): Status | undefined {
  const w = word.trim().toLowerCase();
  return STATUSES.find(
    (s) =>
      s === w ||
      STATUS_LABELS.zh[s] === w ||
      (s === "pass" && (w === "达标" || Object.values(DETAIL_LABELS.zh).includes(w))),
  );
}

/** `--status behind,at-risk` or `--status 进度滞后，存在风险`: one or more statuses. */
export function parseStatuses(s: string): Status[] {
  const words = s
    .split(/[,，、]/)
    .map((x) => x.trim())
    .filter(Boolean);
  const statuses = words.map(statusNamed);
  const known = statuses.filter((x): x is Status => x !== undefined);
  if (known.length !== words.length || words.length === 0) {
    throw optionError("bad-status", said(OPTION_ERRORS, "badStatus", s));
  }
  return known;
}

/** `--fail-on at-risk` or `--fail-on 存在风险`; never (不设) turns the check off. */
export function parseFailOn(s: string): FailOn {
  const w = s.trim().toLowerCase();
  if (w === "never" || w === "不设" || w === "从不") return "never";
  const status = statusNamed(w);
  const found = FAIL_ON.find((f) => f === status);
  if (found === undefined) {
    throw optionError("bad-fail-on", said(OPTION_ERRORS, "badFailOn", s));
  }
  return found;
}

/** `submissions --period`: a month (2025-07, 2025年7月 …); a quarter or a year means its last month. */
export function parseMonth(s: string): string {
  const p = normalizePeriod(s);
  if (p === undefined || !/^\d{4}(-Q[1-4]|-\d{2})?$/.test(p)) {
    throw optionError("bad-period", said(OPTION_ERRORS, "notAMonth", s));
  }
  const q = /^(\d{4})-Q([1-4])$/.exec(p);
  if (q) return `${q[1]}-${String(Number(q[2]) * 3).padStart(2, "0")}`;
  return /^\d{4}$/.test(p) ? `${p}-12` : p;
}

/** `--max-errors N`: a whole number, 0 or more. */
export function parseMaxErrors(s: string): number {
  const n = Number(s);
  if (s.trim() === "" || !Number.isInteger(n) || n < 0) {
    throw optionError("bad-max-errors", said(OPTION_ERRORS, "badMaxErrors", s));
  }
  return n;
}

/** `--measure N`: the number of one of the plan's measures. */
export function parseMeasure(plan: Plan, s: string): number {
  const n = Number(s.trim());
  if (s.trim() === "" || !Number.isInteger(n) || !plan.measures.some((m) => m.number === n)) {
    throw optionError(
      "unknown-measure",
      said(OPTION_ERRORS, "badMeasure", s, plan.measures.length),
    );
  }
  return n;
}

/** `--unit NAME`: any of a unit's names, aliases or its id; the unit's id. */
export function parseUnit(plan: Plan, name: string): string {
  const units = unitRegistry(plan);
  const unit = units.find(name);
  if (!unit) {
    const near = units.suggest(name);
    throw optionError("unknown-unit", said(OPTION_ERRORS, "unknownUnit", name, near?.name));
  }
  return unit.id;
}

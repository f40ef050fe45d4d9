import { READ_REASONS, WRITE_REASONS } from "./i18n/errors.js";

/**
 * The one error type the CLI catches: something the user can fix, said
 * plainly, with where it is. Anything else is a bug and shows a stack trace
 * only with --debug.
 */
export interface Location {
  file: string;
  line?: number;
  col?: number;
}

export class CwplanError extends Error {
  readonly code: string;
  readonly where: Location | undefined;
  readonly hint: string | undefined;
  /** the message and hint in Chinese, where they have been written */
  readonly zh: { message: string; hint?: string } | undefined;
  /** further problems of the same kind (e.g. every schema error of a plan) */
  readonly more: CwplanError[];

  constructor(
    code: string,
    message: string,
    opts: {
      where?: Location;
      hint?: string;
      zh?: { message: string; hint?: string };
      more?: CwplanError[];
    } = {},
  ) {
    super(message);
    this.name = "CwplanError";
    this.code = code;
    this.where = opts.where;
    this.hint = opts.hint;
    this.zh = opts.zh;
    this.more = opts.more ?? [];
  }
}

/**
 * An error in what a command was given, from its words in both languages
 * (`said(OPTION_ERRORS, …)`, src/i18n/errors.ts).
 */
export function optionError(
  code: string,
  w: { message: string; hint?: string; zh: { message: string; hint?: string } },
  where?: Location,
): CwplanError {
  return new CwplanError(code, w.message, {
    ...(where === undefined ? {} : { where }),
    ...(w.hint === undefined ? {} : { hint: w.hint }),
    zh: w.zh,
  });
}

/** `file:line:col` as editors and CI annotations expect it. */
export function formatLocation(where: Location): string {
  let s = where.file;
  if (where.line !== undefined) {
    s += `:${where.line}`;
    if (where.col !== undefined) s += `:${where.col}`;
  }
  return s;
}

/** Several errors as one: the first, with the others in `more`. */
export function group(errors: CwplanError[]): CwplanError {
  const [first, ...more] = errors;
  if (!first) throw new Error("group() of no errors");
  return new CwplanError(first.code, first.message, {
    where: first.where,
    ...(first.hint === undefined ? {} : { hint: first.hint }),
    ...(first.zh === undefined ? {} : { zh: first.zh }),
    more,
  });
}

export function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

/** An operating-system error's errno code ("" when it has none). */
function errnoCode(e: unknown): string {
  return e && typeof e === "object" && "code" in e ? String(e.code) : "";
}

/** The words for an error's code in `table` (src/i18n/errors.ts), else its own message. */
function inWords(table: Readonly<Record<string, string>>, e: unknown): string {
  const code = errnoCode(e);
  if (Object.hasOwn(table, code)) return table[code] ?? code;
  return e instanceof Error ? e.message : String(e);
}

/** An operating-system error in words a user reads (no errno codes). */
export function reason(e: unknown): string {
  return inWords(READ_REASONS.en, e);
}

/** An operating-system error in Chinese words (`reason` and `writeReason` in English). */
export function reasonZh(e: unknown, writing = false): string {
  return inWords((writing ? WRITE_REASONS : READ_REASONS).zh, e);
}

/** An operating-system error while writing, in words (no errno codes). */
export function writeReason(e: unknown): string {
  return inWords(WRITE_REASONS.en, e);
}

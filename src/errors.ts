/**
 * The one error type the CLI catches: something the user can fix, said
 * plainly, with where it is. Anything else is a bug and shows a stack trace
 * only with --debug. A core layer's error carries a code and its arguments
 * (src/plan/problems.ts); its words are chosen at the edge (src/i18n/errors.ts
 * `problemWords`). No words here: this file is below every layer.
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
 * (`bilingual(OPTION_ERRORS, …)`, src/i18n/errors.ts).
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

/** Several errors as one: the first (of whatever kind), with the others in `more`. */
export function group(errors: CwplanError[]): CwplanError {
  const [first, ...more] = errors;
  if (!first) throw new Error("group() of no errors");
  first.more.push(...more);
  return first;
}

export function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

/**
 * The code an error carries (an errno code such as ENOENT, csv-parse's
 * CSV_… codes), or undefined. The one reading of `error.code`.
 */
export function errorCode(e: unknown): string | undefined {
  return e && typeof e === "object" && "code" in e && typeof e.code === "string"
    ? e.code
    : undefined;
}

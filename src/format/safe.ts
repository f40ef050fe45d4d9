/**
 * The one sanitising step for human formats (table, markdown, text report,
 * github annotations, the validate table): text that came from outside —
 * cells, header names, file names — is shown, never obeyed. Control
 * characters and bidirectional overrides are written out as escapes (`\x1b`,
 * `\u202e`) and line breaks inside a value as `↵`, so that a drop cannot
 * move the cursor, hide lines, recolour or reorder the output of a terminal,
 * or break a line that a CI log or a Markdown table depends on.
 *
 * Machine formats (json, csv, junit) carry the text as it is, escaped by
 * their own syntax.
 */
import type { FileResult, Finding } from "../data/types.js";

/**
 * C0 and C1 controls, DEL, bidi marks, embeddings, overrides and isolates,
 * line and paragraph separators, and the characters that show nothing:
 * zero-width space, joiners and non-joiners, word joiner and invisible
 * operators, soft hyphen, Mongolian vowel separator, byte-order mark,
 * variation selectors, Hangul fillers. Also the two runs a CI log obeys
 * wherever they stand: `::` (a workflow command once a line starts with
 * it, as a wrapped line can) and `##[` (older runners' commands).
 */
const UNSAFE_CLASS =
  "\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u115f\\u1160\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2028\\u2029\\u2060-\\u2064\\u2066-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0";
const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]|::|##\\[|\\udb40[\\udd00-\\uddef]`);
const UNSAFE_ALL = new RegExp(`\\r\\n|[${UNSAFE_CLASS}]|::|##\\[|\\udb40[\\udd00-\\uddef]`, "g");

function escapeOne(ch: string): string {
  if (ch === "::") return ":\\x3a";
  if (ch === "##[") return "#\\x23[";
  if (ch.length === 2 && ch !== "\r\n") {
    // a variation selector beyond the BMP (U+E0100–E01EF)
    return `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`;
  }
  if (ch === "\r\n" || ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029") {
    return "↵";
  }
  if (ch === "\t") return "\\t";
  const c = ch.charCodeAt(0);
  if (c <= 0xff) return `\\x${c.toString(16).padStart(2, "0")}`;
  return `\\u${c.toString(16).padStart(4, "0")}`;
}

/**
 * Text from outside, made safe to print: controls, bidi marks and invisible
 * characters written out (`\u200b`), line breaks as `↵`, `::` and `##[`
 * broken (`:\x3a`, `#\x23[`).
 */
export function safeText(s: string): string {
  return UNSAFE.test(s) ? s.replace(UNSAFE_ALL, escapeOne) : s;
}

function safeArgs(
  args: Record<string, string | number> | undefined,
): Record<string, string | number> | undefined {
  if (!args) return args;
  let out: Record<string, string | number> | undefined;
  for (const [k, v] of Object.entries(args)) {
    if (typeof v !== "string") continue;
    const s = safeText(v);
    if (s !== v) {
      out ??= { ...args };
      out[k] = s;
    }
  }
  return out ?? args;
}

/** A finding with every text from the drop (file, column, value, args) made safe. */
export function safeFinding(f: Finding): Finding {
  const file = safeText(f.file);
  const sheet = f.sheet === undefined ? undefined : safeText(f.sheet);
  const column = f.column === undefined ? undefined : safeText(f.column);
  const value = f.value === undefined ? undefined : safeText(f.value);
  const args = safeArgs(f.args);
  if (
    file === f.file &&
    sheet === f.sheet &&
    column === f.column &&
    value === f.value &&
    args === f.args
  ) {
    return f;
  }
  const out: Finding = { ...f, file };
  if (sheet !== undefined) out.sheet = sheet;
  if (column !== undefined) out.column = column;
  if (value !== undefined) out.value = value;
  if (args !== undefined) out.args = args;
  return out;
}

/** Files and their findings, made safe for a human format. */
export function safeFiles<F extends FileResult>(files: F[]): F[] {
  return files.map((f) => ({
    ...f,
    path: safeText(f.path),
    ...(f.sheet === undefined ? {} : { sheet: safeText(f.sheet) }),
    encoding: safeText(f.encoding),
    delimiter: safeText(f.delimiter),
    findings: f.findings.map(safeFinding),
  }));
}

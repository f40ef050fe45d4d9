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

/** C0 and C1 controls, DEL, bidi embeddings/overrides/isolates, line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is escaped
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is escaped
const UNSAFE_ALL = /\r\n|[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function escapeOne(ch: string): string {
  if (ch === "\r\n" || ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029") {
    return "↵";
  }
  if (ch === "\t") return "\\t";
  const c = ch.charCodeAt(0);
  if (c <= 0xff) return `\\x${c.toString(16).padStart(2, "0")}`;
  return `\\u${c.toString(16).padStart(4, "0")}`;
}

/** Text from outside, made safe to print: controls and bidi overrides escaped, line breaks as `↵`. */
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
  const column = f.column === undefined ? undefined : safeText(f.column);
  const value = f.value === undefined ? undefined : safeText(f.value);
  const args = safeArgs(f.args);
  if (file === f.file && column === f.column && value === f.value && args === f.args) return f;
  const out: Finding = { ...f, file };
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
    encoding: safeText(f.encoding),
    delimiter: safeText(f.delimiter),
    findings: f.findings.map(safeFinding),
  }));
}

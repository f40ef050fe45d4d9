/**
 * Sheet names a results workbook can take from any plan: Excel's rules
 * (at most 31 characters, none of `[]:*?/\`, not starting or ending with
 * `'`, not the reserved `History`, no control characters) and unique
 * without regard to case, as Excel compares them.
 */

const MAX = 31;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f\u007f-\u009f]/g;
/** half of a surrogate pair without the other (a name cut in two by someone else) */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const RESERVED = "history";

/** Code points of `s`, at most `max` UTF-16 units (a surrogate pair is never split). */
function clip(s: string, max: number): string {
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** One name made acceptable, within `max` units. */
function acceptable(name: string, max: number): string {
  let s = name.replace(LONE_SURROGATE, "_").replace(FORBIDDEN, "_").trim();
  s = clip(s, max)
    .replace(/^'+|'+$/g, "")
    .trim();
  if (s === "") s = "Sheet";
  if (s.toLowerCase() === RESERVED) s = `${clip(s, max - 1)}_`;
  return s;
}

/** A sheet name Excel accepts, unique (case-insensitively) among `taken`, which it joins. */
export function sheetName(name: string, taken: Set<string>): string {
  let n = acceptable(name, MAX);
  for (let i = 2; taken.has(n.toLowerCase()); i++) {
    const suffix = `(${i})`;
    n = `${acceptable(name, MAX - suffix.length)}${suffix}`;
  }
  taken.add(n.toLowerCase());
  return n;
}

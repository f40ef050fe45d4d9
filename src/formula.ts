/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell that begins with
 * =, +, -, @, tab or CR as a formula. Every CSV cwplan writes (`check
 * --format csv`, `template`) passes its text cells through `defuse`, which
 * prefixes such a cell with an apostrophe (shown as text by Excel and WPS);
 * numbers are left as they are.
 */

/** A number as cwplan writes it (plain, signed, with an exponent): never taken for a formula. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

export function defuse(s: string): string {
  return /^[=+\-@\t\r]/.test(s) && !NUMBER.test(s) ? `'${s}` : s;
}

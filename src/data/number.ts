/** Numbers and milestone states as departments type them. */

import { toHalfWidth } from "../names.js";
import { LANGS, MILESTONE_STATES, type MilestoneState } from "../vocabulary.js";
import { STATE_WORDS } from "./state-words.js";

export type ParsedNumber =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; percent: boolean };

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A number from a cell: trims, accepts full-width digits and punctuation,
 * thousands separators (`1,100`) and a trailing `%` (reported in `percent`).
 * Rejects empty cells, NaN, Infinity, a non-zero figure that underflows to
 * 0 (`1e-400`) and text.
 */
export function parseNumber(input: string): ParsedNumber {
  let s = toHalfWidth(input).trim();
  const percent = s.endsWith("%");
  if (percent) s = s.slice(0, -1).trim();
  if (GROUPED.test(s)) s = s.replace(/,/g, "");
  if (!PLAIN.test(s)) return { ok: false, percent };
  const value = Number(s);
  if (!Number.isFinite(value)) return { ok: false, percent };
  // a figure written non-zero that underflows to 0 (1e-400) is not 0
  if (value === 0 && /[1-9]/.test(s.split(/e/i)[0] ?? "")) return { ok: false, percent };
  return { ok: true, value: Object.is(value, -0) ? 0 : value, percent };
}

const stateKey = (input: string): string =>
  toHalfWidth(input)
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** Every spelling of a state: its code and its words in each language, as keys. */
const STATES = new Map<string, MilestoneState>(
  MILESTONE_STATES.flatMap((state) => [
    [stateKey(state), state],
    ...LANGS.map((lang): [string, MilestoneState] => [stateKey(STATE_WORDS[lang][state]), state]),
  ]),
);

/**
 * A milestone state: its code (`not_started`, `in_progress`, `done`) or its
 * words (未开工, 推进中, 已完成; not started, in progress), in any case, with
 * spaces, hyphens or underscores.
 */
export function parseState(input: string): MilestoneState | undefined {
  return STATES.get(stateKey(input));
}

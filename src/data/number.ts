/** Numbers and milestone states as departments type them. */
import type { MilestoneState } from "../plan/types.js";
import { toHalfWidth } from "./text.js";

export type ParsedNumber =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; percent: boolean };

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A number from a cell: trims, accepts full-width digits and punctuation,
 * thousands separators (`1,100`) and a trailing `%` (reported in `percent`).
 * Rejects empty cells, NaN, Infinity and text.
 */
export function parseNumber(input: string): ParsedNumber {
  let s = toHalfWidth(input).trim();
  const percent = s.endsWith("%");
  if (percent) s = s.slice(0, -1).trim();
  if (GROUPED.test(s)) s = s.replace(/,/g, "");
  if (!PLAIN.test(s)) return { ok: false, percent };
  const value = Number(s);
  if (!Number.isFinite(value)) return { ok: false, percent };
  return { ok: true, value: Object.is(value, -0) ? 0 : value, percent };
}

const STATES: Record<string, MilestoneState> = {
  not_started: "not_started",
  未开工: "not_started",
  in_progress: "in_progress",
  推进中: "in_progress",
  done: "done",
  已完成: "done",
};

/** A milestone state (`not_started`, `in_progress`, `done`, 未开工, 推进中, 已完成). */
export function parseState(input: string): MilestoneState | undefined {
  const key = toHalfWidth(input)
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return STATES[key];
}

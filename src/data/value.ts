/**
 * A value cell, checked against its indicator: a milestone state, or a
 * number (percent, thousands separators and a convertible unit allowed)
 * within the indicator's bounds, in the indicator's unit. Pure.
 */

import type { Indicator } from "../plan/types.js";
import type { MilestoneState } from "../vocabulary.js";
import type { FindingCode } from "./codes.js";
import { type ParsedNumber, parseNumber, parseState } from "./number.js";
import { convert, normalizeUom, SCALE_WORDS, scaledUom } from "./uom.js";

/**
 * The largest figure a row may give, in the indicator's unit (a county's
 * yearly output in yuan is about 10^11): sums of the rows of every area
 * stay far from overflowing to Infinity.
 */
export const MAX_VALUE = 1e15;

/** What is wrong with a value or its unit cell. */
export interface ValueProblem {
  code: FindingCode;
  field: "value" | "unit";
  args?: Record<string, string | number>;
}

/**
 * The value, in the indicator's unit; or its problem; or undefined (no
 * value, nothing to report). A good value is returned as it is, so that the
 * rows of a large drop make no garbage.
 */
export type ValueCheck = number | MilestoneState | ValueProblem | undefined;

function problem(
  code: FindingCode,
  field: "value" | "unit",
  args?: Record<string, string | number>,
): ValueProblem {
  return args ? { code, field, args } : { code, field };
}

function isPercent(uom: string): boolean {
  const n = normalizeUom(uom);
  return n === "%" || n === "百分比";
}

/**
 * A number followed by a unit in one cell, as departments write it: the
 * number, and the unit to convert it from. A scale word alone (3.5万)
 * scales the unit cell's unit, or else the indicator's own (`scaledUom`:
 * 万人 for 人, 万千瓦 for 万千瓦). A whole unit is taken only
 * when the unit cell is empty. Undefined when the cell is not so shaped.
 */
function uomInValue(
  text: string,
  uomCell: string,
  ind: Indicator | undefined,
): { number: ParsedNumber; uom: string } | undefined {
  const m = /^(.*?\d\.?)\s*([^\d\s.,%％+-][^\d]*)$/u.exec(text.trim());
  if (!m || !ind) return undefined;
  const number = parseNumber(m[1] ?? "");
  const suffix = (m[2] ?? "").trim();
  if (!number.ok || number.percent || suffix === "") return undefined;
  if (!SCALE_WORDS.includes(suffix)) return uomCell === "" ? { number, uom: suffix } : undefined;
  return { number, uom: scaledUom(suffix, uomCell !== "" ? uomCell : ind.unit) };
}

export function checkValue(text: string, uom: string, ind: Indicator | undefined): ValueCheck {
  if (ind?.kind === "milestone") {
    const st = parseState(text);
    return st ?? problem("bad-state", "value");
  }
  let num = parseNumber(text);
  // a unit or a scale written after the number (3.5万, 0.2万人, 40万千瓦)
  const written = num.ok ? undefined : uomInValue(text, uom, ind);
  if (written) num = written.number;
  const uomText = written ? written.uom : uom;
  if (!num.ok) {
    if (parseState(text) === undefined) return problem("value-not-number", "value");
    return ind ? problem("unexpected-state", "value", { indicator: ind.id }) : undefined;
  }
  if (!ind) return undefined;
  if (num.percent && !isPercent(ind.unit)) {
    return problem("percent-not-allowed", "value", { unit: ind.unit });
  }
  let value = num.value;
  if (uomText !== "") {
    const converted =
      num.percent && !isPercent(uomText) ? undefined : convert(value, uomText, ind.unit);
    if (converted === undefined) {
      // text after a number that is no unit of this indicator: the cell is not a number
      if (written) return problem("value-not-number", "value");
      return problem("unit-mismatch", "unit", { expected: ind.unit });
    }
    value = converted;
  }
  if (!(Math.abs(value) <= MAX_VALUE)) {
    // no real figure is this large, and sums of such figures would overflow
    return problem("value-too-large", "value", { max: "10^15" });
  }
  const min = ind.min ?? 0;
  if (value < min) {
    return problem("value-below-min", "value", { min, unit: ind.unit });
  }
  if (ind.max !== undefined && value > ind.max) {
    return problem("value-above-max", "value", { max: ind.max, unit: ind.unit });
  }
  return value;
}

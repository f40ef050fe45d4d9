/**
 * A value cell, checked against its indicator: a milestone state, or a
 * number (percent, thousands separators and a convertible unit allowed)
 * within the indicator's bounds, in the indicator's unit. Pure.
 */

import type { Indicator } from "../plan/types.js";
import type { MilestoneState } from "../vocabulary.js";
import type { FindingCode } from "./codes.js";
import { parseNumber, parseState } from "./number.js";
import { convert, normalizeUnit } from "./units.js";

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

function isPercent(unit: string): boolean {
  const n = normalizeUnit(unit);
  return n === "%" || n === "百分比";
}

export function checkValue(text: string, unit: string, ind: Indicator | undefined): ValueCheck {
  if (ind?.kind === "milestone") {
    const st = parseState(text);
    return st ?? problem("bad-state", "value");
  }
  const num = parseNumber(text);
  if (!num.ok) {
    if (parseState(text) === undefined) return problem("value-not-number", "value");
    return ind ? problem("unexpected-state", "value", { indicator: ind.id }) : undefined;
  }
  if (!ind) return undefined;
  if (num.percent && !isPercent(ind.unit)) {
    return problem("percent-not-allowed", "value", { unit: ind.unit });
  }
  let value = num.value;
  if (unit !== "") {
    const converted = num.percent && !isPercent(unit) ? undefined : convert(value, unit, ind.unit);
    if (converted === undefined) {
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

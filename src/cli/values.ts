/**
 * One parser per kind of option value that needs more than commander's type
 * check: `--as-of`, `--status`, `--fail-on`, `--period` (a month),
 * `--max-errors`, and (against the plan, once it is loaded) `--measure` and
 * `--unit`. A bad value is a usage error, in words, never a stack trace.
 */
import { isIsoDate } from "../calendar.js";
import { endMonth } from "../data/period.js";
import { optionError } from "../errors.js";
import { bilingual, OPTION_ERRORS } from "../i18n/errors.js";
import { statusNamed } from "../i18n/status.js";
import { unitRegistry } from "../plan/registry.js";
import type { Plan } from "../plan/types.js";
import { FAIL_ON, type FailOn, type Status } from "../vocabulary.js";

/** `--as-of YYYY-MM-DD`, checked to be a real date. */
export function parseAsOf(s: string): string {
  const t = s.trim();
  if (!isIsoDate(t)) {
    throw optionError("bad-as-of", bilingual(OPTION_ERRORS, "badAsOf", s));
  }
  return t;
}

/** `--status behind,at-risk` or `--status 进度滞后，存在风险`: one or more statuses. */
export function parseStatuses(s: string): Status[] {
  const words = s
    .split(/[,，、]/)
    .map((x) => x.trim())
    .filter(Boolean);
  const statuses = words.map(statusNamed);
  const known = statuses.filter((x): x is Status => x !== undefined);
  if (known.length !== words.length || words.length === 0) {
    throw optionError("bad-status", bilingual(OPTION_ERRORS, "badStatus", s));
  }
  return known;
}

/** `--fail-on at-risk` or `--fail-on 存在风险`; never (不设) turns the check off. */
export function parseFailOn(s: string): FailOn {
  const w = s.trim().toLowerCase();
  if (w === "never" || w === "不设" || w === "从不") return "never";
  const status = statusNamed(w);
  const found = FAIL_ON.find((f) => f === status);
  if (found === undefined) {
    throw optionError("bad-fail-on", bilingual(OPTION_ERRORS, "badFailOn", s));
  }
  return found;
}

/** `submissions --period`: a month (2025-07, 2025年7月 …); a quarter or a year means its last month. */
export function parseMonth(s: string): string {
  const month = endMonth(s);
  if (month === undefined) {
    throw optionError("bad-period", bilingual(OPTION_ERRORS, "notAMonth", s));
  }
  return month;
}

/** `--max-errors N`: a whole number, 0 or more. */
export function parseMaxErrors(s: string): number {
  const n = Number(s);
  if (s.trim() === "" || !Number.isInteger(n) || n < 0) {
    throw optionError("bad-max-errors", bilingual(OPTION_ERRORS, "badMaxErrors", s));
  }
  return n;
}

/** `--measure N`: the number of one of the plan's measures. */
export function parseMeasure(plan: Plan, s: string): number {
  const n = Number(s.trim());
  if (s.trim() === "" || !Number.isInteger(n) || !plan.measures.some((m) => m.number === n)) {
    throw optionError(
      "unknown-measure",
      bilingual(OPTION_ERRORS, "badMeasure", s, plan.measures.length),
    );
  }
  return n;
}

/** `--unit NAME`: any of a unit's names, aliases or its id; the unit's id. */
export function parseUnit(plan: Plan, name: string): string {
  const units = unitRegistry(plan);
  const unit = units.find(name);
  if (!unit) {
    const near = units.suggest(name);
    throw optionError("unknown-unit", bilingual(OPTION_ERRORS, "unknownUnit", name, near?.name));
  }
  return unit.id;
}

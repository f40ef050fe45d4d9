/**
 * The JSON Schema of one normalised row (schemas/row.schema.json), as the
 * validator ajv generated from it at build time (scripts/build.mjs), and its
 * errors mapped to finding codes and columns.
 */
import type { ErrorObject } from "ajv";
import { validate } from "../generated/row-schema.js";
import type { FindingCode } from "./codes.js";
import type { Field } from "./headers.js";
import { FIELDS } from "./headers.js";

export type RowObject = Partial<Record<Field, string>>;

export interface SchemaProblem {
  code: FindingCode;
  field: Field;
}

function isField(s: string): s is Field {
  return FIELDS.some((f) => f === s);
}

function mapError(e: ErrorObject): SchemaProblem | undefined {
  if (e.keyword === "required") {
    const params: Record<string, unknown> = e.params;
    const p = typeof params.missingProperty === "string" ? params.missingProperty : "";
    return isField(p) ? { code: "missing-value", field: p } : undefined;
  }
  const field = e.instancePath.replace(/^\//, "");
  if (!isField(field)) return undefined;
  if (e.keyword === "minLength") return { code: "missing-value", field };
  if (e.keyword === "maxLength") return { code: "cell-too-long", field };
  if (field === "period" && e.keyword === "pattern") return { code: "bad-period", field };
  return { code: "invalid-cell", field };
}

/**
 * The longest cell the schema allows per field (its `maxLength`; the period
 * has a pattern instead). Only for `fitsLength`; a test keeps these equal
 * to schemas/row.schema.json.
 */
export const MAX_LENGTH: Readonly<Record<Field, number>> = {
  indicator: 100,
  period: Number.POSITIVE_INFINITY,
  value: 100,
  unit: 50,
  area: 100,
  reported_by: 100,
  note: 2000,
};

/**
 * A cheap first look for the common row: false unless the cell is surely
 * within the schema's length for its field. It counts UTF-16 units, never
 * fewer than the code points ajv counts, so it can only be wrong towards
 * "not sure"; the caller then asks `checkRow`, which has the last word.
 */
export function fitsLength(field: Field, cell: string): boolean {
  return cell.length <= MAX_LENGTH[field];
}

/**
 * Whether a canonical period passes the schema's pattern, asked of the
 * schema itself with an otherwise valid row (the validator asks once per
 * distinct period and keeps the answer).
 */
export function periodFitsSchema(period: string): boolean {
  return validate({ indicator: "i", period, value: "v" });
}

/** Schema problems of a row, at most one per field, in column order. */
export function checkRow(row: RowObject): SchemaProblem[] {
  if (validate(row)) return [];
  const seen = new Set<Field>();
  const out: SchemaProblem[] = [];
  for (const e of validate.errors ?? []) {
    const p = mapError(e);
    if (p && !seen.has(p.field)) {
      seen.add(p.field);
      out.push(p);
    }
  }
  out.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
  return out;
}

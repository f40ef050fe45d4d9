/**
 * The plan file's shape, checked against schemas/plan.schema.json by the
 * validator ajv generated from it at build time (scripts/build.mjs): no
 * schema is compiled at run time.
 */
import type { ErrorObject } from "ajv";
import type { Plan as PlanFile } from "../generated/plan-file-types.js";
import { validate as check } from "../generated/plan-shape.js";
import { PLAN_ERRORS, said } from "../i18n/errors.js";
import type { PlanProblem } from "./semantics.js";

/**
 * The data as a plan file when it has the schema's shape (the validator is a
 * type guard for the types generated from the same schema), else its problems.
 */
export function validatePlanShape(
  data: unknown,
): { plan: PlanFile; problems?: undefined } | { plan?: undefined; problems: PlanProblem[] } {
  if (check(data)) return { plan: data };
  const problems = dropNoise(check.errors ?? []).map((e) => {
    const path = e.instancePath
      .split("/")
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
    const w = words(e);
    return { code: "plan-schema", message: w.message, zh: w.zh, path: pathTo(e, path) };
  });
  return { problems };
}

/** For a missing or unexpected key, point at the key itself. */
function pathTo(e: ErrorObject, path: (string | number)[]): (string | number)[] {
  if (e.keyword === "additionalProperties") return [...path, String(e.params.additionalProperty)];
  return path;
}

/** `oneOf` reports every branch; keep the summary only. */
function dropNoise(errors: ErrorObject[]): ErrorObject[] {
  const oneOf = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === "oneOf" || !oneOf.has(e.instancePath));
}

function words(e: ErrorObject): ReturnType<typeof said> {
  const where = e.instancePath ? `${e.instancePath.slice(1).replace(/\//g, ".")}` : "";
  const p: Record<string, unknown> = e.params;
  switch (e.keyword) {
    case "required":
      return said(PLAN_ERRORS, "required", where, String(p.missingProperty));
    case "additionalProperties":
      return said(PLAN_ERRORS, "unknownField", where, String(p.additionalProperty));
    case "type":
      return said(PLAN_ERRORS, "type", where, String(p.type));
    case "enum":
      return said(
        PLAN_ERRORS,
        "oneOfValues",
        where,
        (Array.isArray(p.allowedValues) ? p.allowedValues : [])
          .map((v) => JSON.stringify(v))
          .join(", "),
      );
    case "pattern": {
      const pattern = String(p.pattern);
      if (pattern.startsWith("^\\d{4}")) return said(PLAN_ERRORS, "date", where);
      if (pattern.startsWith("^[a-z0-9]")) return said(PLAN_ERRORS, "id", where);
      return said(PLAN_ERRORS, "pattern", where, pattern);
    }
    case "oneOf":
      return said(PLAN_ERRORS, "numberOrState", where);
    default:
      return said(PLAN_ERRORS, "invalid", where, e.message ?? "");
  }
}

/**
 * The plan file's shape, checked against schemas/plan.schema.json by the
 * validator ajv generated from it at build time (scripts/build.mjs): no
 * schema is compiled at run time.
 */
import type { ErrorObject } from "ajv";
import { validate as check } from "../generated/plan-shape.js";
import type { PlanProblem } from "./semantics.js";
import type { Plan } from "./types.js";

/**
 * The data as a Plan when it has the schema's shape (the validator is a type
 * guard for the types generated from the same schema), else its problems.
 */
export function validatePlanShape(
  data: unknown,
): { plan: Plan; problems?: undefined } | { plan?: undefined; problems: PlanProblem[] } {
  if (check(data)) return { plan: data };
  const problems = dropNoise(check.errors ?? []).map((e) => {
    const path = e.instancePath
      .split("/")
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
    return { code: "plan-schema", message: words(e), path: pathTo(e, path) };
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

function words(e: ErrorObject): string {
  const where = e.instancePath ? `${e.instancePath.slice(1).replace(/\//g, ".")}` : "the plan";
  const p: Record<string, unknown> = e.params;
  switch (e.keyword) {
    case "required":
      return `${where}: the field \`${String(p.missingProperty)}\` is missing`;
    case "additionalProperties":
      return `${where}: unknown field \`${String(p.additionalProperty)}\``;
    case "type":
      return `${where}: must be ${String(p.type).replace(",", " or ")}`;
    case "enum":
      return `${where}: must be one of ${(Array.isArray(p.allowedValues) ? p.allowedValues : []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern":
      return `${where}: ${describePattern(String(p.pattern))}`;
    case "oneOf":
      return `${where}: must be a number, or a milestone state (not_started, in_progress, done)`;
    default:
      return `${where}: ${e.message ?? "is not valid"}`;
  }
}

function describePattern(pattern: string): string {
  if (pattern.startsWith("^\\d{4}")) return "must be a date YYYY-MM-DD";
  if (pattern.startsWith("^[a-z0-9]")) return "must be an id of lower-case letters, digits and -";
  return `must match ${pattern}`;
}

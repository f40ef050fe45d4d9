/**
 * The plan file's shape, checked against schemas/plan.schema.json by the
 * validator ajv generated from it at build time (scripts/build.mjs): no
 * schema is compiled at run time. Each problem is said for the plan's author:
 * the target, measure or unit it is in (by Chinese name and line) and how
 * the field is written (src/i18n/plan-shape.ts).
 */
import type { ErrorObject } from "ajv";
import type { Plan as PlanFile } from "../generated/plan-file-types.js";
import { validate as check } from "../generated/plan-shape.js";
import {
  type EntryKind,
  type EntryRef,
  type ExampleRef,
  type PlanFinding,
  type PlanProblem,
  planProblem,
  type ShapeWhere,
} from "./problems.js";

type Path = (string | number)[];

/** The line of the node at a path, where the caller knows it. */
export type LineOf = (path: Path) => number | undefined;

/**
 * The data as a plan file when it has the schema's shape (the validator is a
 * type guard for the types generated from the same schema), else its problems.
 */
export function validatePlanShape(
  data: unknown,
  lineOf: LineOf = () => undefined,
): { plan: PlanFile; problems?: undefined } | { plan?: undefined; problems: PlanFinding[] } {
  if (check(data)) return { plan: data };
  const problems = dropNoise(check.errors ?? []).map((e) => {
    const path: Path = e.instancePath
      .split("/")
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
    return {
      code: "plan-schema",
      problem: problemOf(e, path, data, lineOf),
      path: pathTo(e, path),
    };
  });
  return { problems };
}

/** For a missing or unexpected key, point at the key itself. */
function pathTo(e: ErrorObject, path: Path): Path {
  if (e.keyword === "additionalProperties") return [...path, String(e.params.additionalProperty)];
  return path;
}

/** `oneOf` reports every branch; keep the summary only. */
function dropNoise(errors: ErrorObject[]): ErrorObject[] {
  const oneOf = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === "oneOf" || !oneOf.has(e.instancePath));
}

const ENTRY_KINDS: readonly string[] = [
  "sections",
  "units",
  "areas",
  "indicators",
  "measures",
  "targets",
] satisfies EntryKind[];
const isEntryKind = (s: unknown): s is EntryKind =>
  typeof s === "string" && ENTRY_KINDS.includes(s);

function get(x: unknown, key: string | number): unknown {
  return typeof x === "object" && x !== null ? Reflect.get(x, key) : undefined;
}
const str = (x: unknown): string | undefined =>
  typeof x === "string" && x !== "" ? x : typeof x === "number" ? String(x) : undefined;

/** The entry a path is in (targets.3.value → target 3), named as its author knows it. */
function entryOf(path: Path, data: unknown, lineOf: LineOf): EntryRef | undefined {
  const [kind, index] = path;
  if (!isEntryKind(kind) || typeof index !== "number") return undefined;
  const item = get(get(data, kind), index);
  const zh = (k: string) => str(get(get(item, k), "zh"));
  const byKind: Record<EntryKind, { key?: string | undefined; label?: string | undefined }> = {
    sections: { key: str(get(item, "numeral")), label: zh("title") },
    measures: { key: str(get(item, "number")), label: zh("title") },
    targets: { key: str(get(item, "id")), label: zh("name") },
    indicators: { key: str(get(item, "id")), label: zh("name") },
    units: { key: str(get(item, "id")), label: str(get(item, "name")) },
    areas: { key: str(get(item, "id")), label: str(get(item, "name")) },
  };
  const { key, label } = typeof item === "string" ? { key: undefined, label: item } : byKind[kind];
  const line = lineOf([kind, index]);
  return {
    kind,
    index,
    ...(key === undefined ? {} : { key }),
    ...(label === undefined ? {} : { label }),
    ...(line === undefined ? {} : { line }),
  };
}

/**
 * A plain text written where a text in languages may be due, as the line
 * should read: `title: 示例方案` → `title: { zh: 示例方案 }` (the words use it
 * when the place's example is such a text).
 */
function asText(path: Path, data: unknown): string | undefined {
  const last = path.at(-1);
  if (last !== "title" && last !== "name") return undefined;
  const value = path.reduce<unknown>((x, k) => get(x, k), data);
  return typeof value === "string" ? `${last}: { zh: ${value} }` : undefined;
}

const withText = (example: ExampleRef, text: string | undefined): ExampleRef =>
  text === undefined ? example : { ...example, asText: text };

/** targets.3.baseline → targets.*.baseline, the place of a field's example */
const generic = (path: Path): string =>
  path.map((p) => (typeof p === "number" ? "*" : p)).join(".");

function problemOf(e: ErrorObject, path: Path, data: unknown, lineOf: LineOf): PlanProblem {
  const entry = entryOf(path, data, lineOf);
  const where: ShapeWhere = entry
    ? { entry, field: path.slice(2).join(".") }
    : { field: path.join(".") };
  const example: ExampleRef = { place: generic(path) };
  const p: Record<string, unknown> = e.params;
  switch (e.keyword) {
    case "required": {
      const field = String(p.missingProperty);
      return planProblem("required", where, field, { place: generic([...path, field]) });
    }
    case "additionalProperties":
      return planProblem("unknownField", where, String(p.additionalProperty), example);
    case "type":
      return planProblem(
        "type",
        where,
        String(p.type).split(","),
        withText(example, asText(path, data)),
      );
    case "enum":
      return planProblem(
        "oneOfValues",
        where,
        (Array.isArray(p.allowedValues) ? p.allowedValues : [])
          .map((v) => JSON.stringify(v))
          .join(", "),
        example,
      );
    case "pattern": {
      const pattern = String(p.pattern);
      if (pattern.startsWith("^\\d{4}")) return planProblem("date", where, example);
      if (pattern.startsWith("^[a-z0-9]")) return planProblem("id", where, example);
      return planProblem("pattern", where, pattern);
    }
    case "oneOf":
      return planProblem("numberOrState", where);
    default:
      return planProblem("invalid", where, e.message ?? "");
  }
}

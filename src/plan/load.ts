/**
 * Loading a plan: read, parse YAML (keeping positions), validate against
 * schemas/plan.schema.json, then check what a schema cannot (ids unique,
 * references resolve, dates inside the window). Every problem carries
 * file:line:column.
 */
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Document } from "yaml";
import { CwplanError } from "../errors.js";
import { prebuiltPlan } from "./prebuilt.js";
import { checkPlan, type PlanProblem } from "./semantics.js";
import { validatePlanShape } from "./shape.js";
import type { Plan } from "./types.js";

/** yaml is loaded on first use: the embedded plan usually comes pre-parsed */
const yaml = (): typeof import("yaml") => createRequire(import.meta.url)("yaml");

/** A plan is a few hundred KiB at most; refuse anything far larger before parsing it. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;
/** YAML aliases allowed before the file counts as an alias bomb. */
const MAX_ALIASES = 100;

const here = dirname(fileURLToPath(import.meta.url));
/** The plan that ships with cwplan (dist/plan/ → ../../plan/). */
export const EMBEDDED_PLAN = join(here, "..", "..", "plan", "chengwu.yaml");

export interface LoadedPlan {
  plan: Plan;
  /** the path the plan was read from */
  path: string;
  /** the source document text, where the plan names one and it could be read */
  sourceText?: string;
}

/** Load the embedded plan, or the one at `path`. Throws CwplanError. */
export function loadPlan(path: string = EMBEDDED_PLAN): LoadedPlan {
  const shown = displayPath(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new CwplanError("plan-unreadable", `cannot read the plan: ${reason(e)}`, {
      where: { file: shown },
      hint: "check the path given to --plan",
    });
  }
  if (size > MAX_PLAN_BYTES) {
    throw new CwplanError(
      "plan-too-large",
      `the plan file is ${(size / 1024 / 1024).toFixed(1)} MiB; a plan is at most ${MAX_PLAN_BYTES / 1024 / 1024} MiB`,
      { where: { file: shown }, hint: "is this the right file? --plan takes a YAML plan file" },
    );
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) {
    throw new CwplanError("plan-not-text", "the plan file is not text (it contains NUL bytes)", {
      where: { file: shown },
      hint: "--plan takes a YAML plan file",
    });
  }
  const plan =
    (path === EMBEDDED_PLAN ? prebuiltPlan(bytes) : undefined) ??
    parsePlan(bytes.toString("utf8"), shown);
  const loaded: LoadedPlan = { plan, path };
  if (plan.plan.source) {
    try {
      loaded.sourceText = readFileSync(join(dirname(path), plan.plan.source), "utf8");
    } catch {
      // the source document is optional: commands that show it say it is missing
    }
  }
  return loaded;
}

/** Parse and check a plan's YAML text. `file` is used in error locations only. */
export function parsePlan(text: string, file: string): Plan {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const at = (offset: number) => {
    const p = lines.linePos(offset);
    return { file, line: p.line, col: p.col };
  };

  if (doc.errors.length > 0) {
    const errors = doc.errors.map(
      (e) =>
        new CwplanError("plan-not-yaml", `not valid YAML: ${firstLine(e.message)}`, {
          where: at(e.pos[0]),
          hint: "fix the YAML syntax at that place",
        }),
    );
    throw group(errors);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw new CwplanError(
      "plan-alias-bomb",
      `the plan uses too many YAML aliases (${firstLine(reason(e))})`,
      {
        where: { file, line: 1, col: 1 },
        hint: `a plan may expand at most ${MAX_ALIASES} aliases; write the values out`,
      },
    );
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new CwplanError("plan-not-mapping", "the plan is not a YAML mapping of plan sections", {
      where: { file, line: 1, col: 1 },
      hint: "a plan file starts with keys such as `plan:`, `policy:`, `measures:`",
    });
  }

  const located = (p: PlanProblem) =>
    new CwplanError(p.code, p.message, { where: at(offsetOf(doc, p.path)), hint: p.hint });

  const shapeProblems = validatePlanShape(data);
  if (shapeProblems.length > 0) throw group(shapeProblems.map(located));

  const plan = data as Plan;
  const problems = checkPlan(plan);
  if (problems.length > 0) throw group(problems.map(located));
  return plan;
}

/** The start of the node at `path`, or of the nearest ancestor that exists. */
function offsetOf(doc: Document, path: (string | number)[]): number {
  const { isMap, isScalar } = yaml();
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (node && typeof node === "object" && "range" in node && Array.isArray(node.range)) {
      // for a mapping, point at its key when the path ends in one of its keys
      if (n < path.length && isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && it.key.value === path[n]);
        if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
      }
      return (node.range as [number])[0];
    }
  }
  return 0;
}

function group(errors: CwplanError[]): CwplanError {
  const [first, ...more] = errors as [CwplanError, ...CwplanError[]];
  return new CwplanError(first.code, first.message, {
    where: first.where,
    hint: first.hint,
    more,
  });
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

function reason(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && e.code === "ENOENT") return "no such file";
  if (e && typeof e === "object" && "code" in e && e.code === "EISDIR") return "it is a folder";
  if (e && typeof e === "object" && "code" in e && e.code === "EACCES") return "permission denied";
  return e instanceof Error ? e.message : String(e);
}

function displayPath(path: string): string {
  if (path === EMBEDDED_PLAN) return "plan/chengwu.yaml (embedded)";
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

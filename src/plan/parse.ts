/**
 * Parsing a plan's YAML (keeping positions), validating it against
 * schemas/plan.schema.json, then checking what a schema cannot (ids unique,
 * references resolve, dates inside the window). Loaded only for `--plan` and
 * when the build's pre-parsed plan is missing or stale.
 */
import { type Document, isMap, isScalar, LineCounter, parseDocument, visit } from "yaml";
import { type CwplanError, firstLine, group } from "../errors.js";
import { PlanError, type PlanFinding, planError } from "./problems.js";
import { resolvePlan } from "./resolve.js";
import { checkPlan } from "./semantics.js";
import { validatePlanShape } from "./shape.js";
import type { Plan } from "./types.js";

/** YAML aliases allowed before the file counts as an alias bomb. */
const MAX_ALIASES = 100;

/**
 * Control characters (but tab and line breaks) and bidirectional overrides:
 * a plan's texts are printed to terminals, CI logs and reports, where they
 * would be obeyed, so a plan holding one is refused.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is refused
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function unsafeTexts(
  doc: Document,
  at: (offset: number) => { file: string; line: number; col: number },
): CwplanError[] {
  const out: CwplanError[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== "string" || !node.range) return;
      const m = UNSAFE.exec(node.value);
      if (!m) return;
      const code = (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
      out.push(planError("plan-unsafe-text", at(node.range[0]), "unsafeText", code));
    },
  });
  return out;
}

/** Where a path of the plan is in its file: file, line and column. */
export type Locate = (path: (string | number)[]) => { file: string; line: number; col: number };

/**
 * A plan's YAML text read as far as it goes: the plan once it has the
 * schema's shape, and every problem found on the way, located; `locate` places any path of the
 * plan in the file (for `cwplan plan lint`'s further findings).
 */
export interface Inspected {
  plan?: Plan;
  errors: CwplanError[];
  locate: Locate;
}

export function inspectPlan(text: string, file: string): Inspected {
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
  const locate: Locate = (path) => at(offsetOf(doc, path));
  const failed = (errors: CwplanError[]): Inspected => ({ errors, locate });

  if (doc.errors.length > 0) {
    return failed(
      doc.errors.map((e) =>
        planError("plan-not-yaml", at(e.pos[0]), "notYaml", firstLine(e.message)),
      ),
    );
  }

  const unsafe = unsafeTexts(doc, at);
  if (unsafe.length > 0) return failed(unsafe);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return failed([
      planError("plan-alias-bomb", { file, line: 1, col: 1 }, "aliasBomb", e, MAX_ALIASES),
    ]);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return failed([planError("plan-not-mapping", { file, line: 1, col: 1 }, "notMapping")]);
  }

  const located = (p: PlanFinding) => new PlanError(p.code, p.problem, locate(p.path));

  const shape = validatePlanShape(data, (path) => locate(path).line);
  if (shape.problems) return failed(shape.problems.map(located));

  // the plan as resolved, with what is wrong in it (lint goes on to look further)
  const plan = resolvePlan(shape.plan);
  return { plan, errors: checkPlan(plan).map(located), locate };
}

/** Parse and check a plan's YAML text. `file` is used in error locations only. */
export function parsePlan(text: string, file: string): Plan {
  const { plan, errors } = inspectPlan(text, file);
  if (plan && errors.length === 0) return plan;
  throw group(errors);
}

/** The start of the node at `path`, or of the nearest ancestor that exists. */
function offsetOf(doc: Document, path: (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (node && typeof node === "object" && "range" in node && Array.isArray(node.range)) {
      // for a mapping, point at its key when the path ends in one of its keys
      if (n < path.length && isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && it.key.value === path[n]);
        if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
      }
      const start: unknown = node.range[0];
      return typeof start === "number" ? start : 0;
    }
  }
  return 0;
}

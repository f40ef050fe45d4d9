/**
 * Parsing a plan's YAML (keeping positions), validating it against
 * schemas/plan.schema.json, then checking what a schema cannot (ids unique,
 * references resolve, dates inside the window). Loaded only for `--plan` and
 * when the build's pre-parsed plan is missing or stale.
 */
import { type Document, isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { CwplanError, firstLine, group, reason } from "../errors.js";
import { checkPlan, type PlanProblem } from "./semantics.js";
import { validatePlanShape } from "./shape.js";
import type { Plan } from "./types.js";

/** YAML aliases allowed before the file counts as an alias bomb. */
const MAX_ALIASES = 100;

/** Parse and check a plan's YAML text. `file` is used in error locations only. */
export function parsePlan(text: string, file: string): Plan {
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

  const shape = validatePlanShape(data);
  if (shape.problems) throw group(shape.problems.map(located));

  const { plan } = shape;
  const problems = checkPlan(plan);
  if (problems.length > 0) throw group(problems.map(located));
  return plan;
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
      return (node.range as [number])[0];
    }
  }
  return 0;
}

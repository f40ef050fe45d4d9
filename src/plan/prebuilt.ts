/**
 * The embedded plan as scripts/build.mjs parsed and checked it
 * (src/generated/embedded-plan.json, copied to dist/generated/), used only
 * while it is the plan of the YAML beside it: the build stores the YAML's
 * text with it, and the text read now must be that text exactly. Saves
 * parsing YAML and validating the plan at every start (and every in-process
 * run of the tests); `--plan FILE` always goes through src/plan/load.ts.
 */
import { readFileSync } from "node:fs";
import type { Plan } from "./types.js";

/** beside src/plan/, dist/plan/ and dist/bundle/ alike */
const PREBUILT = new URL("../generated/embedded-plan.json", import.meta.url);

/**
 * The pre-parsed plan, when the file holds one for exactly this YAML: the
 * text the parser would read (the bytes as UTF-8) equals the text the build
 * parsed, compared whole (a hash in JavaScript cost a few ms of every start,
 * and could collide). Not validated again (that would cost what it saves):
 * the build wrote it in the same run as the code, from `parsePlan`, which
 * validated it against the schema the Plan type is generated from;
 * test/plan/load.test.ts and test/e2e/embedded-plan.test.ts compare it with
 * a fresh parse of the YAML.
 */
export function prebuiltPlan(yaml: Buffer, file: URL | string = PREBUILT): Plan | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  if (!stored || typeof stored !== "object" || !("yaml" in stored) || !("plan" in stored)) {
    return undefined;
  }
  if (stored.yaml !== yaml.toString("utf8") || !stored.plan || typeof stored.plan !== "object") {
    return undefined;
  }
  return stored.plan as Plan;
}

/**
 * The embedded plan as scripts/build.mjs parsed and checked it
 * (src/generated/embedded-plan.json, copied to dist/generated/), used only
 * while it is the plan of the YAML beside it: the build stores the YAML's
 * hash (`yamlHash`) with it. Saves parsing YAML and validating the plan at
 * every start (and every in-process run of the tests); `--plan FILE` always
 * goes through src/plan/load.ts.
 */
import { readFileSync } from "node:fs";
import type { Plan } from "./types.js";

/** beside src/plan/, dist/plan/ and dist/bundle/ alike */
const PREBUILT = new URL("../generated/embedded-plan.json", import.meta.url);

/**
 * The pre-parsed plan, when the file holds one for exactly these YAML bytes.
 * Not validated again (that would cost what it saves): the build wrote it in
 * the same run as the code, from `parsePlan`, which validated it against the
 * schema the Plan type is generated from; test/e2e/embedded-plan.test.ts
 * compares it with a fresh parse of the YAML.
 */
export function prebuiltPlan(yaml: Uint8Array, file: URL | string = PREBUILT): Plan | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  if (!stored || typeof stored !== "object" || !("hash" in stored) || !("plan" in stored)) {
    return undefined;
  }
  if (stored.hash !== yamlHash(yaml) || !stored.plan || typeof stored.plan !== "object") {
    return undefined;
  }
  return stored.plan as Plan;
}

/**
 * The YAML's length and FNV-1a hash: enough to tell an edited plan from the
 * one the build saw, without loading node:crypto (5 ms of every start).
 */
export function yamlHash(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  // indexed, not for…of: the iterator costs a few ms of every start on a 100 KB plan
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] ?? 0), 0x01000193);
  return `${bytes.length}:${(h >>> 0).toString(16)}`;
}

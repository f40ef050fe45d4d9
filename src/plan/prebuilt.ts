/**
 * The embedded plan as scripts/build.mjs parsed and checked it
 * (dist/generated/embedded-plan.json), used only while it is the plan of the
 * YAML beside it: the build stores the YAML's hash (`yamlHash`) with it. Saves parsing
 * YAML and validating the plan at every start; `--plan FILE` always goes
 * through src/plan/load.ts.
 */
import { readFileSync } from "node:fs";
import type { Plan } from "./types.js";

/** beside dist/plan/ and dist/bundle/ alike; absent when running from src/ */
const PREBUILT = new URL("../generated/embedded-plan.json", import.meta.url);

export function prebuiltPlan(yaml: Uint8Array): Plan | undefined {
  let stored: { hash?: string; plan?: Plan };
  try {
    stored = JSON.parse(readFileSync(PREBUILT, "utf8")) as typeof stored;
  } catch {
    return undefined;
  }
  return stored.hash === yamlHash(yaml) ? stored.plan : undefined;
}

/**
 * The YAML's length and FNV-1a hash: enough to tell an edited plan from the
 * one the build saw, without loading node:crypto (5 ms of every start).
 */
export function yamlHash(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return `${bytes.length}:${(h >>> 0).toString(16)}`;
}

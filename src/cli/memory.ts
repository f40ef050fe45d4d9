/**
 * Memory, the process's business (only the command line owns the process).
 * Parsing a plan's YAML leaves several times the plan's size in garbage (its
 * syntax tree); collecting it once, before a large drop streams in, keeps
 * the two from adding up in peak memory. A no-op where the runtime does not
 * allow it.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function collectGarbage(): void {
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    if (typeof gc === "function") gc();
  } catch {
    // not available: the garbage is collected in due course
  }
}

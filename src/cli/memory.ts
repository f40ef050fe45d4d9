/**
 * Memory, the process's business (only the command line owns the process).
 * Parsing a plan's YAML leaves several times the plan's size in garbage (its
 * syntax tree); collecting it once, before a large drop streams in, keeps
 * the two from adding up in peak memory: `check` of the benchmark's 1M-row
 * drop against its 1,800-town plan peaked at 151, 166 and 150 MiB with it
 * and 165, 166 and 169 MiB without (BENCHMARKS.md). A no-op where the
 * runtime does not allow it.
 *
 * The flag is turned off again at once: V8 rejects a code cache made under
 * other flags, and bin/cwplan may make its cache after this run.
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
  } finally {
    setFlagsFromString("--no-expose-gc");
  }
}

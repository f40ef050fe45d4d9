/**
 * Global setup of the `slow` test project: build cwplan from the current
 * source once, before any test spawns bin/cwplan, so that no end-to-end test
 * can pass on a stale build. A failed build fails the run, with tsc's words.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

export function build(args: string[] = []): void {
  try {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
  } catch (e) {
    const out = e && typeof e === "object" && "stdout" in e ? String(e.stdout) : "";
    const err = e && typeof e === "object" && "stderr" in e ? String(e.stderr) : "";
    throw new Error(`the build (scripts/build.mjs ${args.join(" ")}) failed:\n${out}${err}`);
  }
}

export default function setup(): void {
  build();
}

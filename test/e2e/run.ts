/**
 * Spawn the built CLI (bin/cwplan → dist/) the way a user runs it: the
 * smoke tests of the package (the `slow` test project builds dist/ from the
 * current source before they run, test/setup/build.ts). Tests of what the
 * CLI prints run in process on the source instead (test/cli/golden.ts).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "cwplan");

export interface Run {
  args: string[];
  stdout: string;
  stderr: string;
  code: number;
}

export function cwplan(args: string[], env: Record<string, string> = {}, input?: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      LANG: "en_US.UTF-8",
      COLUMNS: "100",
      NO_COLOR: "1",
      ...env,
    },
  });
  return { args, stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}

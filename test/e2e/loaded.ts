/**
 * The built CLI run with a hook (hooks/require-log.cjs) that logs every
 * CommonJS file the process loads: which of the bundle's lazily loaded
 * packages (dist/bundle/*.cjs) a command needs. No run may load anything
 * from node_modules: the bundle carries what it needs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";

export const ROOT = join(import.meta.dirname, "..", "..");

export function loaded(args: string[]): { files: string[]; code: number } {
  const log = join(mkdtempSync(join(tmpdir(), "cwplan-lazy-")), "loads.txt");
  const r = spawnSync(
    process.execPath,
    [
      "--require",
      join(ROOT, "test", "e2e", "hooks", "require-log.cjs"),
      join(ROOT, "bin", "cwplan"),
      ...args,
    ],
    { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH ?? "", CWPLAN_LOAD_LOG: log } },
  );
  const files = readFileSync(log, "utf8").split("\n").filter(Boolean);
  expect(
    files.filter((f) => f.includes("node_modules")),
    args.join(" "),
  ).toEqual([]);
  return { files, code: r.status ?? -1 };
}

/**
 * The drafter stays out of every other command: the built CLI is run with a
 * hook that logs every module it loads. `check` and `plan` load no chunk
 * holding src/draft/ (its table of county bodies marks it); `draft` does (so
 * the test can tell).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const BUNDLE = join(ROOT, "dist", "bundle");

function draftChunks(): string[] {
  return readdirSync(BUNDLE)
    .filter((f) => f.endsWith(".js"))
    .filter((f) =>
      readFileSync(join(BUNDLE, f), "utf8").includes("County Financial Regulatory Sub-branch"),
    )
    .map((f) => join(BUNDLE, f));
}

function loaded(args: string[]): { files: string[]; code: number } {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-lazy-"));
  const log = join(dir, "loads.txt");
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      join(ROOT, "test", "e2e", "hooks", "register.mjs"),
      join(ROOT, "bin", "cwplan"),
      ...args,
    ],
    { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH ?? "", CWPLAN_LOAD_LOG: log } },
  );
  const urls = readFileSync(log, "utf8")
    .split("\n")
    .filter((u) => u.startsWith("file:"));
  return { files: urls.map((u) => fileURLToPath(u)), code: r.status ?? -1 };
}

describe("the drafter loads only for `cwplan draft`", () => {
  test("check and plan do not load it; draft does", () => {
    const chunks = draftChunks();
    expect(chunks.length).toBeGreaterThan(0);
    for (const args of [["check", "fixtures/sample.csv", "--fail-on", "never"], ["plan"]]) {
      const run = loaded(args);
      expect(run.code).toBe(0);
      expect(run.files.some((f) => f.startsWith(BUNDLE))).toBe(true);
      expect(run.files.filter((f) => chunks.includes(f))).toEqual([]);
    }
    const draft = loaded([
      "draft",
      "fixtures/draft/chengwu.txt",
      "-o",
      join(mkdtempSync(join(tmpdir(), "cwplan-lazy-")), "p.yaml"),
    ]);
    expect(draft.code).toBe(0);
    expect(draft.files.filter((f) => chunks.includes(f)).length).toBeGreaterThan(0);
  });
});

/**
 * `cwplan plan lint`: a table of authoring mistakes (test/plan/lint-cases.ts),
 * each made in a plan that lints clean, with the exact lines printed in
 * English and Chinese, located file:line:col, and the exit code (2 with an
 * error, 0 with warnings only).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintPlan } from "../../src/plan/lint.js";
import { loadPlan } from "../../src/plan/load.js";
import { runMain } from "../cli/run.js";
import { EXPECTED, MISTAKES } from "./lint-cases.js";

const clean = join(import.meta.dirname, "..", "..", "fixtures", "plans", "zh-only.yaml");
const text = readFileSync(clean, "utf8");
const dir = mkdtempSync(join(tmpdir(), "cwplan-lint-"));

describe("cwplan plan lint", () => {
  it("has at least 15 mistakes in its table, each with its expected output", () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(EXPECTED).sort()).toEqual(MISTAKES.map((m) => m.what).sort());
  });

  it.each(["en", "zh"])("finds nothing in the clean plan (%s)", async (lang) => {
    const r = await runMain(["--lang", lang, "plan", "lint", clean]);
    expect([r.code, r.stdout]).toEqual([0, lang === "en" ? "no problems found\n" : "未发现问题\n"]);
  });

  it.each(MISTAKES)("$what", async (m) => {
    expect(text.split(m.from)).toHaveLength(2);
    const file = join(dir, "plan.yaml");
    writeFileSync(file, text.replace(m.from, m.to));
    const want = EXPECTED[m.what];
    for (const lang of ["en", "zh"] as const) {
      const r = await runMain(["--lang", lang, "plan", "lint", "plan.yaml"], { cwd: dir });
      const lines = r.stdout.trimEnd().split("\n");
      expect(lines.map((l) => l.replace(/^plan\.yaml:/, ""))).toEqual(want?.[lang]);
      // every finding is located: file:line:col
      for (const l of lines.filter((x) => /(error|warning|错误|警告)[:：]/.test(x)))
        expect(l).toMatch(/^plan\.yaml:\d+:\d+: /);
      expect(r.code).toBe(want?.code);
    }
  });

  it("the shipped plan has no errors", async () => {
    const { plan } = await loadPlan();
    expect(lintPlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a plan it cannot read is an error, exit 2", async () => {
    const r = await runMain(["--lang", "en", "plan", "lint", join(dir, "missing.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/missing\.yaml: error: cannot read the plan: /);
  });

  it("plan takes no other argument", async () => {
    const r = await runMain(["--lang", "zh", "plan", "check"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("`cwplan plan check`：plan 命令只接受 `lint [文件]`");
  });
});

/** The golden-file helper itself: never written silently, never all at once. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { expectGolden } from "./golden.js";

const run = { args: ["--version"], stdout: "0.1.0\n", stderr: "", code: 0 };
const dir = mkdtempSync(join(tmpdir(), "cwplan-golden-test-"));
const saved = process.env.UPDATE_GOLDEN;
afterEach(() => {
  if (saved === undefined) delete process.env.UPDATE_GOLDEN;
  else process.env.UPDATE_GOLDEN = saved;
  vi.restoreAllMocks();
});

describe("expectGolden", () => {
  it("fails on a missing golden file, and writes nothing", () => {
    delete process.env.UPDATE_GOLDEN;
    expect(() => expectGolden("missing", run, dir)).toThrow(
      /golden file .*missing\.md is missing; run UPDATE_GOLDEN=missing npx vitest/,
    );
    expect(existsSync(join(dir, "missing.md"))).toBe(false);
  });

  it("refuses to rewrite every file at once", () => {
    for (const value of ["1", "true", "*"]) {
      process.env.UPDATE_GOLDEN = value;
      expect(() => expectGolden("any", run, dir)).toThrow(/one by one/);
    }
  });

  it("rewrites only the files UPDATE_GOLDEN names, and shows the diff", () => {
    writeFileSync(join(dir, "a.md"), "old a\n");
    writeFileSync(join(dir, "b.md"), "old b\n");
    const shown = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    process.env.UPDATE_GOLDEN = "a";
    expectGolden("a", run, dir);
    expect(() => expectGolden("b", run, dir)).toThrow(); // not named: compared, and differs
    expect(readFileSync(join(dir, "a.md"), "utf8")).toContain("## Exit code: 0");
    expect(readFileSync(join(dir, "b.md"), "utf8")).toBe("old b\n");
    const diff = shown.mock.calls.map((c) => String(c[0])).join("");
    expect(diff).toMatch(/^--- a\.md \(before\)\n\+\+\+ a\.md \(after\)\n/);
    expect(diff).toContain("-old a\n");
    expect(diff).toContain("+# cwplan --version\n");
    rmSync(dir, { recursive: true, force: true });
  });
});

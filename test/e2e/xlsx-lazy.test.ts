/**
 * exceljs stays out of every reading run: the built CLI (dist/bundle, what
 * users run; `npm test` builds it first) is run with a hook that logs every
 * module it loads. A `check` of a CSV or of an .xlsx drop (read by cwplan's
 * own zip and XML reading, src/data/xlsx) loads no chunk holding exceljs; a
 * check that writes a results workbook does (so the test can tell).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const BUNDLE = join(ROOT, "dist", "bundle");

/** Chunks of the bundle that hold exceljs (its workbook reader's class name marks them). */
function excelChunks(): string[] {
  return readdirSync(BUNDLE)
    .filter((f) => f.endsWith(".js"))
    .filter((f) => readFileSync(join(BUNDLE, f), "utf8").includes("WorkbookXform"))
    .map((f) => join(BUNDLE, f));
}

function loaded(args: string[]): { files: string[]; code: number } {
  const log = join(mkdtempSync(join(tmpdir(), "cwplan-lazy-")), "loads.txt");
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

describe("exceljs loads only to write workbooks", () => {
  test("a CSV or .xlsx check does not load it; writing a results workbook does", () => {
    const chunks = excelChunks();
    expect(chunks.length).toBeGreaterThan(0);
    const csv = loaded(["check", "fixtures/sample.csv", "--fail-on", "never"]);
    expect(csv.code).toBe(0);
    expect(csv.files.some((f) => f.startsWith(BUNDLE))).toBe(true);
    expect(csv.files.filter((f) => chunks.includes(f))).toEqual([]);

    const xlsx = loaded(["check", "fixtures/xlsx/bad/habits.xlsx", "--fail-on", "never"]);
    expect(xlsx.code).toBe(0);
    expect(xlsx.files.filter((f) => chunks.includes(f))).toEqual([]);

    const out = join(mkdtempSync(join(tmpdir(), "cwplan-lazy-")), "results.xlsx");
    const write = loaded([
      "check",
      "fixtures/sample.csv",
      "--fail-on",
      "never",
      "-f",
      "xlsx",
      "-o",
      out,
    ]);
    expect(write.code).toBe(0);
    expect(write.files.filter((f) => chunks.includes(f)).length).toBeGreaterThan(0);
  });
});

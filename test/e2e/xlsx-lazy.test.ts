/**
 * exceljs stays out of every reading run: the built CLI (dist/bundle, what
 * users run; `npm test` builds it first) is run with a hook that logs every
 * CommonJS module it loads (dist/bundle/exceljs.cjs is one, required on
 * first use). A `check` of a CSV or of an .xlsx drop (read by cwplan's own
 * zip and XML reading, src/data/xlsx) does not load it; a check that writes
 * a results workbook does (so the test can tell). No run loads anything
 * from node_modules: the bundle carries what it needs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const EXCELJS = join(ROOT, "dist", "bundle", "exceljs.cjs");

function loaded(args: string[]): { files: string[]; code: number } {
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

describe("exceljs loads only to write workbooks", () => {
  test("a CSV or .xlsx check does not load it; writing a results workbook does", () => {
    const csv = loaded(["check", "fixtures/sample.csv", "--fail-on", "never"]);
    expect(csv.code).toBe(0);
    expect(csv.files).not.toContain(EXCELJS);

    const xlsx = loaded(["check", "fixtures/xlsx/bad/habits.xlsx", "--fail-on", "never"]);
    expect(xlsx.code).toBe(0);
    expect(xlsx.files).not.toContain(EXCELJS);

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
    expect(write.files).toContain(EXCELJS);
  });
});

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loaded, ROOT } from "./loaded.js";

const EXCELJS = join(ROOT, "dist", "bundle", "exceljs.cjs");

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

describe("docx loads only to write Word documents", () => {
  const DOCX = join(ROOT, "dist", "bundle", "docx.cjs");
  test("check and every other report format do not load it; report --format docx does", () => {
    const drops = join(ROOT, "fixtures", "scenario", "drops");
    for (const args of [
      ["check", join(ROOT, "fixtures", "sample.csv"), "--fail-on", "never"],
      ["report", drops],
      ["report", drops, "-f", "text"],
      ["report", join(ROOT, "fixtures", "final"), "-f", "html"],
    ]) {
      expect(loaded(args).files, args.join(" ")).not.toContain(DOCX);
    }
    const out = join(mkdtempSync(join(tmpdir(), "cwplan-lazy-")), "r.docx");
    const w = loaded(["report", drops, "-f", "docx", "-o", out]);
    expect(w.code).toBe(0);
    expect(w.files).toContain(DOCX);
  });
});

/** Folder arguments never skip silently: what is read, what is listed as skipped. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readDrops } from "../../src/data/read.js";
import { miniPlan } from "../data/mini-plan.js";
import { runCli } from "./cli.js";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-folder-"));
  writeFileSync(join(dir, "a.csv"), "indicator,period,value\nurbanization-rate,2024-06,53\n");
  copyFileSync(
    new URL("../../fixtures/xlsx/bad/two-header-rows.xlsx", import.meta.url),
    join(dir, "b.xlsx"),
  );
  writeFileSync(join(dir, "~$b.xlsx"), "lock");
  writeFileSync(join(dir, "说明.docx"), "not a drop");
  mkdirSync(join(dir, "sub"));
  writeFileSync(
    join(dir, "sub", "c.csv"),
    "indicator,period,value\nurbanization-rate,2024-07,53.5\n",
  );
  return dir;
}

describe("folders", () => {
  test("csv and xlsx read; other files, lock files and subfolders listed", async () => {
    const dir = folder();
    const r = await readDrops([dir], miniPlan);
    const rel = (p: string) => p.slice(dir.length + 1);
    expect(r.files.map((f) => [rel(f.path), f.rowsRead])).toEqual([
      ["a.csv", 1],
      ["b.xlsx", 1],
      ["sub", 0],
      ["~$b.xlsx", 0],
      ["说明.docx", 0],
    ]);
    expect(r.findings.map((f) => `${rel(f.file)} ${f.code} ${f.args?.reason ?? ""}`)).toEqual([
      "b.xlsx repeated-header ",
      "b.xlsx unknown-unit ", // 县统计局 is not in the small test plan
      "sub skipped-file folder",
      "~$b.xlsx skipped-file office-lock",
      "说明.docx skipped-file not-a-drop",
    ]);
    expect(r.findings.every((f) => f.severity === "warning")).toBe(true);
  });

  test("--recursive reads subfolders; the CLI prints every skipped file", async () => {
    const dir = folder();
    const flat = await runCli(["validate", dir]);
    expect(flat.code).toBe(0);
    expect(flat.stdout).toContain(`${join(dir, "说明.docx")}: warning [skipped-file]`);
    expect(flat.stdout).toContain(`${join(dir, "sub")}: warning [skipped-file]`);
    expect(flat.stdout).toContain("add --recursive");
    expect(flat.stdout).toContain(`${join(dir, "~$b.xlsx")}: warning [skipped-file]`);
    expect(flat.stdout).toMatch(
      /valid: 5 files, 2 rows read, 2 valid, 0 invalid; 0 errors, 4 warnings/,
    );

    const deep = await runCli(["validate", dir, "--recursive"]);
    expect(deep.code).toBe(0);
    expect(deep.stdout).not.toContain("sub: warning");
    expect(deep.stdout).toMatch(/valid: 5 files, 3 rows read, 3 valid, 0 invalid/);
    expect(deep.stdout).toContain(`${join(dir, "sub", "c.csv")}: 1 row read`);
  });
});

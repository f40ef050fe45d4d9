/**
 * Issue 20, item 7: an error whose figure (indicator × area × period) a later
 * file supplies correctly is 已更正 and no longer makes check/report exit 2;
 * an error still open does.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";

const HEAD = "indicator,period,value,reported_by\n";
const BASE = "urbanization-rate,2023,49.5,县统计局\nurbanization-rate,2025-06,50.6,县统计局\n";

function folder(later: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-corrected-"));
  // a value that is no number: the row is refused
  writeFileSync(
    join(dir, "1-统计局.csv"),
    `${HEAD}${BASE}urbanization-rate,2025-07,51.2%%,县统计局\n`,
  );
  writeFileSync(join(dir, "2-统计局更正.csv"), HEAD + later);
  return dir;
}

describe("corrections close the loop", () => {
  it("a folder whose only error was corrected by a later file: check exits 0 or 1, and shows 已更正", async () => {
    const dir = folder("urbanization-rate,2025-07,51.2,县统计局\n");
    const zh = await runMain(["check", dir], { env: { LANG: "zh_CN.UTF-8" } });
    expect([0, 1]).toContain(zh.code);
    expect(zh.stdout).toContain("已更正");
    expect(zh.stdout).toContain("2-统计局更正.csv 第 2 行");
    const never = await runMain(["check", dir, "--fail-on", "never"]);
    expect(never.code).toBe(0);
    const json = await runMain(["check", dir, "--format", "json", "--fail-on", "never"]);
    const out = JSON.parse(json.stdout) as {
      files: {
        path: string;
        findings: { severity: string; corrected?: { file: string; line: number } }[];
      }[];
    };
    const errors = out.files.flatMap((f) => f.findings.filter((x) => x.severity === "error"));
    expect(errors.length).toBe(1);
    expect(errors[0]?.corrected).toEqual({ file: join(dir, "2-统计局更正.csv"), line: 2 });
    const report = await runMain(["report", dir, "--format", "text"]);
    expect(report.code).toBe(0);
  });

  it("an error not corrected (another figure sent later) still makes check and report exit 2", async () => {
    const dir = folder("urbanization-rate,2025-08,51.4,县统计局\n");
    expect((await runMain(["check", dir, "--fail-on", "never"])).code).toBe(2);
    expect((await runMain(["report", dir, "--format", "text"])).code).toBe(2);
  });

  it("a correction read before the error does not count (the later file wins, not the earlier)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-corrected-"));
    writeFileSync(join(dir, "1.csv"), `${HEAD}${BASE}urbanization-rate,2025-07,51.2,县统计局\n`);
    writeFileSync(join(dir, "2.csv"), `${HEAD}urbanization-rate,2025-07,x,县统计局\n`);
    expect((await runMain(["check", dir, "--fail-on", "never"])).code).toBe(2);
  });
});

/**
 * Issue 20, item 7: an error whose figure (indicator × area × period) a later
 * file supplies correctly is 已更正 and no longer makes check/report exit 2;
 * an error still open does.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OLE } from "../intake/trial.js";
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

  it("another unit's figure stands in for the owner's refused row but does not correct it; the owner's own later row does", async () => {
    const dir = folder("urbanization-rate,2025-07,51.2,县工业和信息化局\n");
    const check = async () => {
      const r = await runMain(["check", dir, "--format", "json", "--fail-on", "never"]);
      const out = JSON.parse(r.stdout) as {
        files: { findings: { severity: string; corrected?: unknown }[] }[];
      };
      const errors = out.files.flatMap((f) => f.findings.filter((x) => x.severity === "error"));
      return { code: r.code, errors };
    };
    const other = await check();
    expect(other.code).toBe(2);
    expect(other.errors.length).toBe(1);
    expect(other.errors[0]?.corrected).toBeUndefined();
    expect((await runMain(["report", dir, "--format", "text"])).code).toBe(2);
    writeFileSync(
      join(dir, "3-统计局再报.csv"),
      `${HEAD}urbanization-rate,2025-07,51.2,县统计局\n`,
    );
    const own = await check();
    expect(own.errors.length).toBe(1);
    expect(own.errors[0]?.corrected).toEqual({ file: join(dir, "3-统计局再报.csv"), line: 2 });
    expect(own.code).toBe(0);
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

describe("an unreadable file made good by a later readable one (issue 20, item 7)", () => {
  const JULY = `${HEAD}sports-area-per-capita,2025-07,2.6,县教育和体育局\nschool-pairing-coverage,2025-07,96,县教育和体育局\n`;

  function month(later: string | undefined, xls = "1-县教育和体育局2025年7月.xls"): string {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-madegood-"));
    writeFileSync(join(dir, xls), OLE);
    if (later !== undefined) writeFileSync(join(dir, "2-教体局-2025-07.csv"), later);
    return dir;
  }

  it("the same sender's later file for the file's period: 已更正, check exits 0/1, submissions says superseded", async () => {
    const dir = month(JULY);
    const zh = await runMain(["check", dir, "--fail-on", "never"], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("已更正");
    expect(zh.stdout).toContain("2-教体局-2025-07.csv 已报送 2025-07 的数据");
    const json = await runMain(["check", dir, "--format", "json", "--fail-on", "never"]);
    const out = JSON.parse(json.stdout) as {
      files: { path: string; findings: { code: string; corrected?: unknown }[] }[];
    };
    const xls = out.files.find((f) => f.path.endsWith(".xls"));
    expect(xls?.findings.map((x) => [x.code, x.corrected])).toEqual([
      ["xls-format", { file: join(dir, "2-教体局-2025-07.csv"), line: 2, period: "2025-07" }],
    ]);
    const en = await runMain(["validate", dir], { env: { LANG: "en_US.UTF-8" } });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("(corrected: ");
    expect((await runMain(["report", dir, "--format", "text"])).code).toBe(0);
    const subs = await runMain(["submissions", dir, "--period", "2025-07", "--format", "json"]);
    const s = JSON.parse(subs.stdout) as {
      received: { file: string; outcome: string; supersededBy?: string }[];
    };
    expect(s.received.find((r) => r.file.endsWith(".xls"))).toMatchObject({
      outcome: "superseded",
      supersededBy: join(dir, "2-教体局-2025-07.csv"),
    });
  });

  it("still open (exit 2): a later file for another period, from another unit, or nothing later", async () => {
    const june = `${HEAD}sports-area-per-capita,2025-06,2.6,县教育和体育局\n`;
    const other = `${HEAD}key-labs,2025-07,34,县科学技术局\n`;
    for (const later of [june, other, undefined]) {
      const dir = month(later);
      const r = await runMain(["check", dir, "--fail-on", "never"]);
      expect(r.code, String(later)).toBe(2);
    }
  });

  it("a file before the unreadable one does not make it good", async () => {
    const dir = month(undefined, "3-县教育和体育局2025年7月.xls");
    writeFileSync(join(dir, "2-教体局-2025-07.csv"), JULY);
    expect((await runMain(["check", dir, "--fail-on", "never"])).code).toBe(2);
  });

  it("no period in its name: its folder's, else the same sender's later file in the same folder", async () => {
    const root = mkdtempSync(join(tmpdir(), "cwplan-madegood-"));
    const july = join(root, "2025-07");
    mkdirSync(july);
    writeFileSync(join(july, "1-教体局.et"), OLE);
    writeFileSync(join(july, "2-教体局.csv"), JULY);
    const r = await runMain(["check", july, "--format", "json", "--fail-on", "never"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"corrected": \{[^}]*"period": "2025-07"/);
    // a flat folder, no period anywhere: the later file of the same sender
    const flat = mkdtempSync(join(tmpdir(), "cwplan-madegood-"));
    writeFileSync(join(flat, "1-教体局.et"), OLE);
    writeFileSync(join(flat, "2-教体局.csv"), JULY);
    const zh = await runMain(["check", flat, "--fail-on", "never"], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("2-教体局.csv 第 2 行");
  });
});

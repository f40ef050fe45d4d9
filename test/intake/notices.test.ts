/**
 * `cwplan notices` on the trial month (test/intake/trial.ts): each unit's
 * notice, exactly for the units with something returned, and for every
 * unit the figures it owes; plain text within 72 columns, one .txt per unit
 * with -o; in both languages.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { displayWidth } from "../../src/format/width.js";
import { loadPlan } from "../../src/plan/load.js";
import { runMain } from "../cli/run.js";
import { NOTICES_EN, NOTICES_ZH } from "./notices-expected.js";
import { trialMonth } from "./trial.js";

const { plan } = await loadPlan(undefined);
const dir = await trialMonth(plan);
const notices = (lang: string, ...more: string[]) =>
  runMain(["--lang", lang, "notices", dir, "--recursive", "--period", "2025-07", ...more]);

/** The units with a notice, in the plan's order: something returned or owed (trial.test.ts's table). */
const NOTIFIED = [
  "development-reform",
  "industry-it",
  "commerce",
  "organization-dept",
  "transport",
  "education-sports",
  "ecology-environment",
  "water",
  "big-data",
  "social-work-dept",
  "political-legal",
  "health",
  "civil-affairs",
  "medical-security",
  // 0.512 for 51.2%: refused as a likely fraction, returned with the hint 应填 51.2
  "statistics",
];

describe("cwplan notices", () => {
  test("-o: one .txt per unit with something to say; every unit's exact text", async () => {
    for (const lang of ["zh", "en"] as const) {
      const out = join(dir, `notices-${lang}`);
      const r = await notices(lang, "-o", out);
      expect(r.code).toBe(0);
      const names = readdirSync(out).sort();
      const expected = NOTIFIED.map((id) => {
        const u = plan.units.find((x) => x.id === id);
        return `${lang === "zh" ? u?.name : id}-2025-07.txt`;
      }).sort();
      expect(names).toEqual(expected);
      // every unit's notice, whole (notices-expected.ts)
      for (const id of NOTIFIED) {
        const u = plan.units.find((x) => x.id === id);
        const name = `${lang === "zh" ? u?.name : id}-2025-07.txt`;
        const expected = (lang === "zh" ? NOTICES_ZH : NOTICES_EN)[id];
        expect(readFileSync(join(out, name), "utf8"), name).toBe(expected);
      }
      expect(r.stderr).toBe(
        lang === "zh"
          ? `15 份通知：退回修改 4 处，催报 27 项，已写入 ${out}\n`
          : `15 notices: 4 problems returned, 27 figures owed; written to ${out}\n`,
      );
      // every notice: plain text, at most 72 columns, no box drawing, its unit named
      for (const name of names) {
        const t = readFileSync(join(out, name), "utf8");
        for (const line of t.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(72);
        expect(t).not.toMatch(/[\u2500-\u257f]/);
        if (lang === "zh") expect(t).not.toMatch(/[\u4e00-\u9fff][,;:]|[,;:][\u4e00-\u9fff]/);
      }
    }
  });

  test("without -o the notices follow one another, apart by a plain line", async () => {
    const r = await notices("zh");
    expect(r.code).toBe(0);
    const parts = r.stdout.split("\n------\n\n");
    expect(parts).toEqual(NOTIFIED.map((id) => NOTICES_ZH[id]));
    // 县交通运输局 sent nothing: five figures owed, never reported
    const transport = parts.find((p) => p.includes("县交通运输局："));
    const items = transport
      ?.replace(/\n {3}/g, "")
      .match(/^\d\. .*：应报期 2025-07，未报，此前无已采用的数据。$/gm);
    expect(items).toHaveLength(5);
  });
});

describe("the results workbook's 问题清单", () => {
  test("one row per finding with the unit that sent it, filterable", async () => {
    const ExcelJS = (await import("exceljs")).default;
    // a folder of its own: the notices written above are not drops
    const month = await trialMonth(plan);
    const outDir = mkdtempSync(join(tmpdir(), "cwplan-results-"));
    for (const [lang, sheet, unknown] of [
      ["zh", "问题清单", "报送单位不明"],
      ["en", "Findings", "sender unknown"],
    ] as const) {
      const file = join(outDir, `results-${lang}.xlsx`);
      const r = await runMain([
        "--lang",
        lang,
        "check",
        month,
        "--recursive",
        "-f",
        "xlsx",
        "-o",
        file,
        "--fail-on",
        "never",
      ]);
      expect(r.stderr).not.toContain("Error");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(sheet);
      if (!ws) throw new Error(`no ${sheet}`);
      expect(ws.autoFilter).toBeTruthy();
      const rows: string[][] = [];
      ws.eachRow((row, n) => {
        if (n > 1) rows.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).text));
      });
      const name = (id: string) => {
        const u = plan.units.find((x) => x.id === id);
        return lang === "zh" ? (u?.name ?? id) : (u?.en ?? id);
      };
      // every finding of the month, by the unit that sent it (codes as validate lists them)
      expect(rows.map((x) => [x[0], x[1], x[3], x[4]])).toEqual([
        [name("human-resources"), "人社局7月报表.xlsx", "1", "title-row"],
        [name("human-resources"), "人社局7月报表.xlsx", "6", "total-row"],
        [name("industry-it"), "县工信局-2025-07.csv", "3:31", "value-not-number"],
        [name("industry-it"), "县工信局-2025-07.csv", "6:35", "reported-by-other"],
        [name("education-sports"), "县教育和体育局2025年7月.xls", "", "xls-format"],
        [name("statistics"), "县统计局-2025-07.csv", "2", "likely-fraction"],
        [name("development-reform"), "发改局-1.csv", "2:28", "bad-state"],
        [name("civil-affairs"), "民政局-7月.et", "", "other-format"],
      ]);
      expect(rows.every((x) => x[0] !== unknown)).toBe(true);
    }
  });
});

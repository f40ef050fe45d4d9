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
import { trialMonth } from "./trial.js";

const { plan } = await loadPlan(undefined);
const dir = await trialMonth(plan);
const notices = (lang: string, ...more: string[]) =>
  runMain(["--lang", lang, "notices", dir, "--recursive", "--period", "2025-07", ...more]);

const ZH_INDUSTRY = `关于2025年7月城镇化指标数据报送情况的通知

县工业和信息化局：

一、退回修改
你单位报送的“县工信局-2025-07.csv”中，以下数据未能采用，请修改后重新报
送：
1. “县工信局-2025-07.csv”第 3 行（数值/value），填报内容“十二”：第 3 行
   的数值“十二”不是数字。请只填数字（可带千分位逗号），单位写在“单位”
   列。

二、催报（2025年7月）
1. 投资500万元以上技改项目数（年内累计）：应报期 2025-07，退回待改（县工
   信局-2025-07.csv），从未报送。

请于收到本通知后尽快修改、补报。
`;

const ZH_CIVIL = `关于2025年7月城镇化指标数据报送情况的通知

县民政局：

一、退回修改
你单位报送的“民政局-7月.et”无法读取，请另存为 .xlsx 后重新报送。
1. 这是 .et 格式的文件，无法读取（已计为该单位的报送，但数据未采用）。请
   在 WPS 或 Excel 中“另存为”Excel 工作簿（.xlsx）后再报送。

二、催报（2025年7月）
1. 街道区域性综合养老服务中心覆盖率：应报期 2025-07，文件无法读取（民政
   局-7月.et），从未报送。
2. 乡镇区域性综合养老服务中心覆盖率：应报期 2025-07，文件无法读取（民政
   局-7月.et），从未报送。
3. 城乡社区日间照料服务覆盖率：应报期 2025-07，文件无法读取（民政局-7
   月.et），从未报送。

请于收到本通知后尽快修改、补报。
`;

const ZH_DEVELOPMENT = `关于2025年7月城镇化指标数据报送情况的通知

县发展和改革局：

一、催报（2025年7月）
1. 新能源和可再生能源装机容量：应报期 2025-07，他单位代报（县工业和信息
   化局），最近报送 2025-06。
2. 镇区常住人口：应报期 2025-07，未报，从未报送。

请于收到本通知后尽快修改、补报。
`;

const EN_INDUSTRY = `Notice on the urbanization figures for Jul 2025

To the County Bureau of Industry and Information Technology:

I. Returned for correction
In “县工信局-2025-07.csv”, which you sent, these figures could not be
taken; please correct them and send the file again:
1. “县工信局-2025-07.csv”, line 3 (value), as sent “十二”: Line 3: value
   “十二” is not a number. Write digits only (thousands commas allowed)
   and put the unit in the unit column.

II. Figures owed (Jul 2025)
1. Technical upgrade projects over 5 million yuan (year to date): owed
   for 2025-07, returned for correction (县工信局-2025-07.csv), never
   reported.

Please correct and send the figures as soon as you receive this notice.
`;

const EN_EDUCATION = `Notice on the urbanization figures for Jul 2025

To the County Bureau of Education and Sports:

I. Returned for correction
“县教育和体育局2025年7月.xls”, which you sent, cannot be read; please
save it as .xlsx and send it again.
1. This is an old Excel 97-2003 workbook (.xls), which cannot be read.
   Save it in Excel or WPS as an Excel Workbook (.xlsx) or as CSV and
   resend.

II. Figures owed (Jul 2025)
1. Sports ground area per capita: owed for 2025-07, file cannot be read
   (县教育和体育局2025年7月.xls), never reported.
2. Digital campus coverage: owed for 2025-07, file cannot be read (县教
   育和体育局2025年7月.xls), never reported.
3. Coverage of urban–rural school pairing: owed for 2025-07, file cannot
   be read (县教育和体育局2025年7月.xls), never reported.

Please correct and send the figures as soon as you receive this notice.
`;

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
  test("-o: one .txt per unit with something to say; the exact text where rows were returned", async () => {
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
      const text = (name: string) => readFileSync(join(out, `${name}-2025-07.txt`), "utf8");
      if (lang === "zh") {
        expect(text("县工业和信息化局")).toBe(ZH_INDUSTRY);
        expect(text("县民政局")).toBe(ZH_CIVIL);
        expect(text("县发展和改革局")).toBe(ZH_DEVELOPMENT);
        expect(r.stderr).toBe(`15 份通知：退回修改 4 处，催报 27 项，已写入 ${out}\n`);
        // the fraction: returned, with what to write instead
        expect(text("县统计局")).toContain("应填 51.2");
      } else {
        expect(text("industry-it")).toBe(EN_INDUSTRY);
        expect(text("education-sports")).toBe(EN_EDUCATION);
        expect(r.stderr).toBe(
          `15 notices: 4 problems returned, 27 figures owed; written to ${out}\n`,
        );
      }
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
    expect(parts).toHaveLength(NOTIFIED.length);
    expect(parts[1]).toBe(ZH_INDUSTRY);
    // 县交通运输局 sent nothing: five figures owed, never reported
    const transport = parts.find((p) => p.includes("县交通运输局："));
    expect(transport?.match(/^\d\. .*：应报期 2025-07，未报，/gm)).toHaveLength(5);
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

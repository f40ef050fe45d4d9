/**
 * Issue 20, item 1: a workbook that holds several units' sheets (a
 * department collecting its sub-units' forms, several units' templates
 * pasted into one book) is read sheet by sheet, each sheet its own
 * submission `book.xlsx!Sheet` with its own sender: its rows'
 * reported_by, else the sheet's name; a sheet that is no drop (notes, an
 * empty form) is not a submission.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { loadPlan } from "../../src/plan/load.js";
import { runMain } from "../cli/run.js";
import { housingTemplate } from "./trial.js";

const BOOK = "各单位7月报表.xlsx";

async function month(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-sheets-"));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("填写说明").addRow(["请各单位在本单位的工作表中填报 7 月数据。"]);
  // no reported_by: the sheet's name says who
  const science = wb.addWorksheet("县科技局");
  science.addRow(["指标", "报告期", "数值"]);
  science.addRow(["key-labs", "2025-07", 34]);
  // the sheet's name with the month on it; row 3's value is no number
  const commerce = wb.addWorksheet("商务局7月");
  commerce.addRow(["指标", "报告期", "数值"]);
  commerce.addRow(["town-delivery-centers", "2025-07", 7]);
  commerce.addRow(["county-logistics-park", "2025-07", "一"]);
  // a sheet named by no unit: the rows' reported_by says who
  const culture = wb.addWorksheet("Sheet3");
  culture.addRow(["指标", "报告期", "数值", "填报单位"]);
  culture.addRow(["culture-tourism-towns", "2025-07", 0, "县文化和旅游局"]);
  culture.addRow(["rural-tourism-villages", "2025-07", 1, "县文化和旅游局"]);
  // an empty form: a header, nothing below it
  wb.addWorksheet("空白表").addRow(["指标", "报告期", "数值"]);
  writeFileSync(join(dir, BOOK), new Uint8Array(await wb.xlsx.writeBuffer()));
  return dir;
}

interface Json {
  owners: { id: string; complete: boolean; missing: Fig[]; reported: Fig[] }[];
  received: {
    file: string;
    sheet?: string;
    sender: string | null;
    senderSource: string;
    outcome: string;
    returned: { line: number; indicator: string | null }[];
  }[];
}
type Fig = { indicator: string; status: string };

describe("a workbook of several units' sheets", () => {
  test("one submission per sheet, each with its sender and outcome; 催报 per unit", async () => {
    const dir = await month();
    const r = await runMain(["submissions", dir, "--period", "2025-07", "-f", "json"]);
    expect(r.code).toBe(2); // the refused row is an open error
    const out = JSON.parse(r.stdout) as Json;
    expect(
      out.received.map((x) => [
        x.file.slice(dir.length + 1),
        x.sheet,
        x.sender,
        x.senderSource,
        x.outcome,
        x.returned.map((l) => `${l.line} ${l.indicator}`).join(", "),
      ]),
    ).toEqual([
      [`${BOOK}!县科技局`, "县科技局", "science-tech", "sheet-name", "accepted", ""],
      [
        `${BOOK}!商务局7月`,
        "商务局7月",
        "commerce",
        "sheet-name",
        "returned",
        "3 county-logistics-park",
      ],
      [`${BOOK}!Sheet3`, "Sheet3", "culture-tourism", "reported-by", "accepted", ""],
    ]);
    const status = (id: string) => {
      const o = out.owners.find((x) => x.id === id);
      return {
        complete: o?.complete,
        figures: Object.fromEntries(
          [...(o?.missing ?? []), ...(o?.reported ?? [])].map((m) => [m.indicator, m.status]),
        ),
      };
    };
    expect(status("science-tech")).toEqual({
      complete: true,
      figures: { "key-labs": "reported" },
    });
    expect(status("commerce")).toEqual({
      complete: false,
      figures: { "county-logistics-park": "returned", "town-delivery-centers": "reported" },
    });
    expect(status("culture-tourism")).toEqual({
      complete: true,
      figures: { "culture-tourism-towns": "reported", "rural-tourism-villages": "reported" },
    });
  });

  test("the refused row is located file!Sheet!cell; neither the notes sheet nor the empty form is read", async () => {
    const dir = await month();
    const r = await runMain(["validate", dir, "-f", "json"]);
    const out = JSON.parse(r.stdout) as {
      files: { path: string; sheet?: string; rowsRead: number; findings: { code: string }[] }[];
    };
    expect(out.files.map((f) => [f.path.slice(dir.length + 1), f.rowsRead])).toEqual([
      [`${BOOK}!县科技局`, 1],
      [`${BOOK}!商务局7月`, 2],
      [`${BOOK}!Sheet3`, 2],
    ]);
    expect(out.files.map((f) => f.findings.map((x) => x.code))).toEqual([
      [],
      ["value-not-number"],
      [],
    ]);
    const zh = await runMain(["validate", dir], { env: { LANG: "zh_CN.UTF-8" } });
    expect(zh.stdout).toContain(`${join(dir, BOOK)}!商务局7月!C3`);
    expect(zh.stdout).not.toContain("!商务局7月!商务局7月");
    // GitHub annotations name the workbook itself
    const gh = await runMain(["validate", dir, "-f", "github"]);
    expect(gh.stdout).toContain(
      `::error file=${join(dir, BOOK)},line=3,col=3,title=value-not-number::`,
    );
    // neither the notes sheet nor the empty form is a submission
    expect(zh.stdout).not.toContain("空白表");
    expect(zh.stdout).not.toContain("填写说明");
  });

  test("the notice to 县商务局 names the workbook, the sheet and the cell", async () => {
    const dir = await month();
    const r = await runMain(["--lang", "zh", "notices", dir, "--period", "2025-07"]);
    const notice = r.stdout.split("\n------\n\n").find((p) => p.includes("县商务局："));
    expect(notice?.replace(/\n {0,3}/g, "")).toContain(
      `你单位报送的“${BOOK}!商务局7月”中，以下数据未能采用，请修改后重新报送：1. 工作表“商务局7月”C3 单元格（数值）：数值“一”不是数字。`,
    );
    // 县科技局 and 县文化和旅游局 sent all they owe: no notice
    expect(r.stdout).not.toContain("县科学技术局：");
    expect(r.stdout).not.toContain("县文化和旅游局：");
  });

  test("one sheet with rows after an empty form: that sheet is read (the file one submission)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-sheets-"));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("空白表").addRow(["指标", "报告期", "数值"]);
    const science = wb.addWorksheet("县科技局");
    science.addRow(["指标", "报告期", "数值"]);
    science.addRow(["key-labs", "2025-07", 34]);
    writeFileSync(join(dir, "科技局.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await runMain(["validate", dir, "-f", "json"]);
    const out = JSON.parse(r.stdout) as {
      files: { path: string; rowsValid: number; findings: { code: string }[] }[];
    };
    expect(out.files.map((f) => [f.path.slice(dir.length + 1), f.rowsValid])).toEqual([
      ["科技局.xlsx", 1],
    ]);
    expect(out.files[0]?.findings).toMatchObject([
      { code: "sheet-not-read", args: { sheet: "空白表", read: "县科技局" } },
    ]);
  });

  test("a unit's template with another unit's sheet added: the template's own sheet by its metadata, the other by its name", async () => {
    const { plan } = await loadPlan(undefined);
    // 住建局's template, filled and its reporting unit cleared (as in the trial month)
    const wb = await housingTemplate(plan);
    const own = wb.worksheets[0];
    const other = wb.addWorksheet("县科技局");
    other.addRow(["指标", "报告期", "数值"]);
    other.addRow(["key-labs", "2025-07", 34]);
    const dir = mkdtempSync(join(tmpdir(), "cwplan-sheets-"));
    writeFileSync(join(dir, "汇总.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await runMain(["submissions", dir, "--period", "2025-07", "-f", "json"]);
    const out = JSON.parse(r.stdout) as Json;
    expect(
      out.received.map((x) => [x.file.slice(dir.length + 1), x.sender, x.senderSource, x.outcome]),
    ).toEqual([
      [`汇总.xlsx!${own?.name}`, "housing-construction", "template", "accepted"],
      ["汇总.xlsx!县科技局", "science-tech", "sheet-name", "accepted"],
    ]);
  });
});

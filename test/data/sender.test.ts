/**
 * Who sent a file (src/data/sender.ts): reported_by, else the template's own
 * metadata (a renamed template is still known), else the file's name (short
 * names too), else unknown; and files in formats that cannot be read still
 * count as their sender's submission.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { readDrops } from "../../src/data/read.js";
import { fileSender, sheetSender, unitOfName } from "../../src/data/sender.js";
import { templateMeta } from "../../src/data/xlsx/read.js";
import { templateRows } from "../../src/format/template-csv.js";
import { renderXlsxTemplate } from "../../src/format/xlsx/template.js";
import { loadPlan } from "../../src/plan/load.js";

const { plan } = await loadPlan(undefined);

describe("the sender of a sheet read as its own submission", () => {
  test("the template's metadata (first sheet only), else the sheet's name, else the file's", () => {
    const meta = { unit: "housing-construction", period: "2025-07" };
    expect(sheetSender(plan, "d/汇总.xlsx", "填报", meta)).toEqual({
      unit: "housing-construction",
      source: "template",
      period: "2025-07",
    });
    expect(sheetSender(plan, "d/汇总2025-07.xlsx", "县科技局", undefined)).toEqual({
      unit: "science-tech",
      source: "sheet-name",
      period: "2025-07",
    });
    expect(sheetSender(plan, "d/汇总.xlsx", "商务局2025年6月", undefined)).toEqual({
      unit: "commerce",
      source: "sheet-name",
      period: "2025-06",
    });
    expect(sheetSender(plan, "d/县民政局.xlsx", "Sheet2", undefined)).toEqual({
      unit: "civil-affairs",
      source: "file-name",
    });
    expect(sheetSender(plan, "d/汇总.xlsx", "Sheet2", undefined)).toEqual({
      unit: null,
      source: "unknown",
    });
  });
});

describe("the sender named by a file's name", () => {
  test.each([
    ["县住建局-2025-07.xlsx", "housing-construction", "2025-07"],
    ["住建局7月.csv", "housing-construction", undefined],
    ["成武县住房和城乡建设局（2025年7月）.xlsx", "housing-construction", "2025-07"],
    ["2025年1-7月 县人社局 报表.xlsx", "human-resources", "2025-07"],
    ["drops/2025-07/县教体局.et", "education-sports", undefined],
    ["transport_202507.csv", "transport", "2025-07"],
    ["发改局.xls", "development-reform", undefined],
  ])("%s → %s, period %s", (name, unit, period) => {
    expect(unitOfName(plan, name)).toBe(unit);
    const s = fileSender(plan, name);
    expect(s.unit).toBe(unit);
    expect(s.source).toBe("file-name");
    expect(s.period).toBe(period);
  });

  test.each([
    "7月报表.xlsx",
    "data.csv",
    // two units named: neither is taken
    "县住建局和县人社局.xlsx",
  ])("%s names no unit: unknown, said so", (name) => {
    expect(fileSender(plan, name)).toMatchObject({ unit: null, source: "unknown" });
  });

  test("the template's metadata wins over the name", () => {
    expect(fileSender(plan, "县人社局.xlsx", { unit: "transport", period: "2025-07" })).toEqual({
      unit: "transport",
      source: "template",
      period: "2025-07",
    });
    // an id the plan does not know is set aside
    expect(fileSender(plan, "县人社局.xlsx", { unit: "nobody" }).unit).toBe("human-resources");
  });
});

describe("senders on rows and files", () => {
  test("a CSV without reported_by: its rows are the file name's unit's; with it, the row's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-sender-"));
    writeFileSync(
      join(dir, "县人社局-2025-07.csv"),
      "indicator,period,value,reported_by\nurban-new-jobs,2025-07,2900,\npension-insurance-rate,2025-07,95.3,县统计局\nurban-new-jobs,2025-06,abc,\n",
    );
    const r = await readDrops([dir], plan);
    expect(r.observations.map((o) => [o.indicator, o.sender, o.senderSource])).toEqual([
      ["urban-new-jobs", "human-resources", "file-name"],
      ["pension-insurance-rate", "statistics", "reported-by"],
    ]);
    const f = r.files[0];
    expect(f?.sender).toEqual({ unit: "human-resources", source: "file-name", period: "2025-07" });
    // the refused row keeps what it was for and who sent it
    expect(f?.refused).toEqual([
      {
        indicator: "urban-new-jobs",
        period: "2025-06",
        date: "2025-06-30",
        area: null,
        sender: "human-resources",
        senderSource: "file-name",
        line: 4,
      },
    ]);
  });

  test("a renamed template is still known by the unit it was made for", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-sender-"));
    const rows = templateRows(plan, { unit: "human-resources" });
    const bytes = await renderXlsxTemplate(plan, rows, {
      period: "2025-07",
      lang: "zh",
      unit: "human-resources",
    });
    expect(templateMeta(bytes)).toEqual({ unit: "human-resources", period: "2025-07" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    // filled in, reporting unit cleared, saved under a name that says nothing
    const ws = wb.worksheets[0];
    if (!ws) throw new Error("no sheet");
    ws.eachRow((row, n) => {
      if (n === 1) return;
      row.getCell(4).value = row.getCell(1).text === "urban-new-jobs" ? 2900 : null;
      row.getCell(7).value = null;
    });
    writeFileSync(
      join(dir, "新建 Microsoft Excel 工作表.xlsx"),
      new Uint8Array(await wb.xlsx.writeBuffer()),
    );
    const r = await readDrops([dir], plan);
    const o = r.observations.find((x) => x.indicator === "urban-new-jobs");
    expect(o).toMatchObject({ sender: "human-resources", senderSource: "template", value: 2900 });
    expect(r.files[0]?.sender).toEqual({
      unit: "human-resources",
      source: "template",
      period: "2025-07",
    });
  });

  test("a template for the whole plan carries its period, not a unit", async () => {
    const bytes = await renderXlsxTemplate(plan, templateRows(plan, {}), {
      period: "2025-07",
      lang: "en",
    });
    expect(templateMeta(bytes)).toEqual({ period: "2025-07" });
  });

  test(".et, .ods, .numbers, .wps and .xls in a folder are read as submissions that cannot be read, with their senders", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-sender-"));
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    writeFileSync(join(dir, "县教体局-2025-07.et"), ole);
    writeFileSync(join(dir, "民政局.xls"), ole);
    writeFileSync(join(dir, "县商务局.ods"), "PK\u0003\u0004");
    writeFileSync(join(dir, "县交通局.numbers"), "PK\u0003\u0004");
    writeFileSync(join(dir, "说明.wps"), "x");
    writeFileSync(join(dir, "说明.docx"), "x");
    const r = await readDrops([dir], plan);
    const rel = (p: string) => p.slice(dir.length + 1);
    expect(
      r.files.map((f) => [
        rel(f.path),
        f.findings.map((x) => `${x.code}${x.args?.format ? ` ${x.args.format}` : ""}`).join(),
        f.sender?.unit ?? null,
      ]),
    ).toEqual([
      ["县交通局.numbers", "other-format .numbers", "transport"],
      ["县商务局.ods", "other-format .ods", "commerce"],
      ["县教体局-2025-07.et", "other-format .et", "education-sports"],
      ["民政局.xls", "xls-format", "civil-affairs"],
      ["说明.docx", "skipped-file", null],
      ["说明.wps", "other-format .wps", null],
    ]);
  });
});

/**
 * The round trip a department makes: `template --format xlsx`, filled in as
 * Excel users fill it (some figures typed as text, a percent-formatted cell,
 * a period merged over two rows, a title above the header, a 合计 row), then
 * `validate` (passes, with the notes those habits call for) and `check`
 * (the same statuses as the same figures sent as CSV).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { csvCell } from "../../src/format/template-csv.js";
import { loadPlan } from "../../src/plan/load.js";
import { runCli } from "./cli.js";

const dir = mkdtempSync(join(tmpdir(), "cwplan-xlsx-"));

describe("xlsx round trip", () => {
  test("template → filled in Excel's ways → validate passes → check agrees with CSV", async () => {
    const { plan } = await loadPlan(undefined);
    const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
    const template = join(dir, "template.xlsx");
    const made = await runCli(
      ["template", "--format", "xlsx", "--period", "2025-06", "-o", template],
      "zh",
    );
    expect(made).toMatchObject({ code: 0, stdout: "" });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "指标代码",
      "指标名称",
      "报告期",
      "数值",
      "单位",
      "地区",
      "填报单位",
      "备注",
    ]);
    const csv: string[] = ["indicator,period,value,unit,area,reported_by"];
    let percentDone = false;
    let total = 0;
    const last = ws.rowCount;
    for (let r = 2; r <= last; r++) {
      const row = ws.getRow(r);
      const id = String(row.getCell(1).value);
      const ind = indicators.get(id);
      expect(ind, id).toBeDefined();
      if (!ind) continue;
      // the indicator's name and unit beside its id
      expect(row.getCell(2).value).toBe(ind.name.zh);
      // (a milestone's unit cell lists the states it accepts)
      expect(row.getCell(5).value).toBe(
        ind.kind === "milestone" ? "未开工/推进中/已完成" : ind.unit,
      );
      let figure: string;
      if (ind.kind === "milestone") {
        row.getCell(4).value = "推进中";
        figure = "in_progress";
      } else {
        const v = ind.max !== undefined ? ind.max / 2 + (r % 7) : 10 + (r % 5);
        figure = String(v);
        total += v;
        if (ind.unit === "%" && !percentDone) {
          // 0.5x shown as 5x%: a percent-formatted cell
          row.getCell(4).value = v / 100;
          // (a style of its own: exceljs shares one style object between cells read alike)
          row.getCell(4).style = { ...row.getCell(4).style, numFmt: "0.0%" };
          percentDone = true;
        } else if (r % 3 === 0)
          row.getCell(4).value = String(v); // typed as text
        else row.getCell(4).value = v;
      }
      const area = String(row.getCell(6).value ?? "");
      const by = String(row.getCell(7).value ?? "");
      csv.push([id, "2025-06", figure, "", area, by].map(csvCell).join(","));
    }
    expect(percentDone).toBe(true);
    // a period merged over rows 2 and 3 (the second cell emptied, as Excel does)
    ws.getCell("C3").value = null;
    ws.mergeCells("C2:C3");
    // a total row under the figures, a title above the header
    const totalRow = ws.addRow(["合计", "", "", total]);
    const totalAt = totalRow.number + 1;
    ws.spliceRows(1, 0, ["成武县2025年6月指标填报表"]);
    const filled = join(dir, "filled.xlsx");
    await wb.xlsx.writeFile(filled);
    const csvFile = join(dir, "same.csv");
    writeFileSync(csvFile, `${csv.join("\n")}\n`);

    const v = await runCli(["validate", filled, "--format", "json"]);
    const out = JSON.parse(v.stdout);
    expect(v.code).toBe(0);
    const file = out.files[0];
    expect(file.rowsInvalid).toBe(0);
    expect(file.rowsValid).toBe(last - 1);
    const codes = file.findings.map((f: { code: string; place: string }) => `${f.code} ${f.place}`);
    expect(codes).toContain(`title-row ${filled}!填报!1:1`);
    expect(codes).toContain(`total-row ${filled}!填报!${totalAt}:${totalAt}`);
    // the habits, and nothing else (but that the test's made-up figures lie
    // far above some targets, which the plausibility checks say)
    expect(
      new Set(
        file.findings
          .map((f: { code: string }) => f.code)
          .filter((c: string) => c !== "far-above-target"),
      ),
    ).toEqual(new Set(["title-row", "total-row"]));

    const fromCsv = await runCli(["check", csvFile, "--format", "json", "--as-of", "2025-06-30"]);
    const fromXlsx = await runCli(["check", filled, "--format", "json", "--as-of", "2025-06-30"]);
    const statuses = (s: string) =>
      Object.fromEntries(
        JSON.parse(s).targets.map((t: { id: string; status: string; value: unknown }) => [
          t.id,
          [t.status, t.value],
        ]),
      );
    const a = statuses(fromCsv.stdout);
    expect(statuses(fromXlsx.stdout)).toEqual(a);
    expect(fromXlsx.code).toBe(fromCsv.code);
    // and not trivially: the figures reached the targets
    expect(Object.values(a).filter(([s]) => s !== "no-data").length).toBeGreaterThan(10);
  }, 60_000);
});

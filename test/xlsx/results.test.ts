/**
 * The results workbook of `check --format xlsx` and `report --format xlsx`,
 * read back: sheets, statuses coloured and in words, numbers as numbers,
 * headers frozen and filtered, widths set; and the same counts as the JSON.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { STATUS_LOOK } from "../../src/format/status-look.js";
import { statusLabel } from "../../src/i18n/status.js";
import { runCli } from "./cli.js";

const dir = mkdtempSync(join(tmpdir(), "cwplan-results-"));
const SAMPLE = join(import.meta.dirname, "..", "..", "fixtures", "sample.csv");

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** `check` of the sample as of 2025-06-30, written in Chinese to `file` as a results workbook. */
function sampleWorkbook(file: string) {
  const args = ["check", SAMPLE, "--as-of", "2025-06-30", "--format", "xlsx", "-o", file];
  return runCli([...args, "--fail-on", "never"], "zh");
}

const fillOf = (c: ExcelJS.Cell): string | undefined =>
  (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;

describe("results workbook", () => {
  test("check --format xlsx: summary, every target, one sheet per unit", async () => {
    const file = join(dir, "check.xlsx");
    const r = await sampleWorkbook(file);
    expect(r).toMatchObject({ code: 0, stdout: "" });
    const json = JSON.parse(
      (await runCli(["check", SAMPLE, "--as-of", "2025-06-30", "--format", "json"], "zh")).stdout,
    );
    const wb = await open(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe("汇总");
    expect(names[1]).toBe("全部目标");
    // summary, every target, one sheet per unit, and the findings (问题清单) last
    expect(names.length).toBe(
      3 + json.units.filter((u: { targets: unknown[] }) => u.targets.length > 0).length,
    );
    expect(names[names.length - 1]).toBe("问题清单");

    // the full list: one row per target, Chinese name first, status word and colour
    const all = wb.getWorksheet("全部目标") as ExcelJS.Worksheet;
    expect(all.rowCount).toBe(json.targets.length + 1);
    expect(all.getCell("A1").value).toBe("目标");
    expect(all.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(all.autoFilter).toBeTruthy();
    expect(all.getColumn(1).width).toBeGreaterThan(20);
    json.targets.forEach(
      (
        t: {
          name: { zh: string };
          status: keyof typeof STATUS_LOOK;
          detail: string | null;
          value: unknown;
        },
        i: number,
      ) => {
        const row = all.getRow(i + 2);
        expect(row.getCell(1).value).toBe(t.name.zh);
        const status = row.getCell(2);
        // STATUS-RULES v3: a no-data reads 未报送 (nothing accepted) apart from 缺基期值
        expect(String(status.value)).toMatch(
          t.status === "pass"
            ? /达标|序时|已达标/
            : t.detail === "not-reported"
              ? /^未报送$/
              : t.detail === "needs-baseline"
                ? /^无法评估·缺基期值$/
                : new RegExp(`^${statusLabel(t.status, "zh")}$`),
        );
        expect(fillOf(status)).toBe(STATUS_LOOK[t.status].xlsx.fill);
        // numbers as numbers
        const latest = row.getCell(6).value;
        if (typeof t.value === "number") expect(typeof latest).toBe("number");
        // the unit of a value, never the internal "state" of a milestone
        expect(row.getCell(7).value).not.toBe("state");
      },
    );

    // the summary: counts as numbers that add up to the JSON's
    const sum = wb.getWorksheet("汇总") as ExcelJS.Worksheet;
    const totals = sum.getRow(5);
    expect(totals.getCell(1).value).toBe("合计");
    const counts = [2, 3, 4, 5, 6].map((c) => totals.getCell(c).value);
    expect(counts).toEqual(
      ["pass", "behind", "at-risk", "missed", "no-data"].map((s) => json.summary[s]),
    );
    expect(totals.getCell(7).value).toBe(json.targets.length);
    expect(sum.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });

    // a unit's sheet: its targets, frozen and filtered
    const unit = json.units.find((u: { targets: unknown[] }) => u.targets.length > 0);
    const ws = wb.getWorksheet(unit.name) as ExcelJS.Worksheet;
    expect(ws.rowCount).toBe(unit.targets.length + 1);
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  test("report --format xlsx, in English, with the previous status", async () => {
    const file = join(dir, "report.xlsx");
    const r = await runCli(["report", SAMPLE, "--format", "xlsx", "-o", file], "en");
    expect(r.code).toBe(0);
    const wb = await open(file);
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(["Summary", "Targets"]);
    const all = wb.getWorksheet("Targets") as ExcelJS.Worksheet;
    expect(all.getRow(1).values).toContain("Previous status");
    // the expected value keeps its digits and is shown rounded as the terminal rounds it
    const head = all.getRow(1).values as unknown[];
    const column = (name: string) => head.indexOf(name);
    const jobs = rowOf(all, "urban-new-jobs-annual");
    expect(jobs.getCell(column("Unit")).value).toBe("人");
    expect(jobs.getCell(column("Expected by now")).numFmt).toBe("#,##0");
    const rate = rowOf(all, "urbanization-rate-2025");
    expect(rate.getCell(column("Expected by now")).numFmt).toBe("#,##0.0");
    // units listed in English are separated as English separates them
    const units = String(
      rowOf(all, "green-building-area-2025").getCell(column("Responsible units")).value,
    );
    expect(units).toContain(", ");
    expect(units).not.toContain("、");
  });

  test("check --format json on an .xlsx drop: sheet and notes fit the output schema", async () => {
    const schema = JSON.parse(
      readFileSync(
        join(import.meta.dirname, "..", "..", "schemas", "check-output.schema.json"),
        "utf8",
      ),
    );
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const drop = join(import.meta.dirname, "..", "..", "fixtures", "xlsx", "bad", "habits.xlsx");
    const r = await runCli(["check", drop, "--format", "json", "--fail-on", "never"]);
    const out = JSON.parse(r.stdout);
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.files[0].sheet).toBe("Sheet1");
    expect(out.files[0].findings.map((f: { severity: string }) => f.severity)).toEqual([
      "note",
      "warning",
    ]);
  });

  test("a unit owning no target has no worst status; days left never negative; Chinese headers", async () => {
    const file = join(dir, "units.xlsx");
    const r = await sampleWorkbook(file);
    expect(r.code).toBe(0);
    const wb = await open(file);
    const summary = wb.worksheets[0];
    const head = summary?.getRow(4).values as unknown[];
    const worstCol = head.indexOf("最差状态");
    const countCol = head.indexOf("合计");
    expect(worstCol).toBeGreaterThan(0);
    let owningNone = 0;
    summary?.eachRow((row, n) => {
      if (n <= 5) return;
      if (row.getCell(countCol).value === 0) {
        owningNone++;
        expect(row.getCell(worstCol).value ?? null, String(row.getCell(1).value)).toBeNull();
      }
    });
    expect(owningNone).toBeGreaterThan(0);
    const targets = wb.worksheets[1];
    const th = targets?.getRow(1).values as unknown[];
    expect(th).toContain("进度比");
    expect(th.some((h) => typeof h === "string" && /\bP\b/.test(h))).toBe(false);
    const days = th.indexOf("剩余天数");
    const ids = th.indexOf("目标代码");
    let expired = 0;
    targets?.eachRow((row, n) => {
      if (n === 1) return;
      const v = row.getCell(days).value;
      if (typeof v === "number") expect(v).toBeGreaterThanOrEqual(0);
      else if (v !== null) {
        expect(v).toBe("已到期");
        expired++;
      }
      if (row.getCell(ids).value === "old-communities-2024") expect(v).toBe("已到期");
    });
    expect(expired).toBeGreaterThan(0);
  });

  test("a workbook is never written to the terminal", async () => {
    for (const cmd of [
      ["check", SAMPLE],
      ["report", SAMPLE],
    ]) {
      const r = await runCli([...cmd, "--format", "xlsx"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("needs -o FILE");
    }
  });
});

/** The row of a target, by its id (a column of its own). */
function rowOf(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.values && (row.values as unknown[]).includes(id)) found = row;
  });
  if (!found) throw new Error(`no row for ${id}`);
  return found;
}

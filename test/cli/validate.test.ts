/** `cwplan validate` and `cwplan template` end to end, with the round trip template → fill → validate. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cwplan, expectGolden } from "./golden.js";

describe("cwplan validate", () => {
  it.each([
    [
      "validate-scenario",
      ["validate", "fixtures/scenario/drops/2025-06.csv", "fixtures/check/excel-gb18030.csv"],
    ],
    ["validate-typos", ["validate", "fixtures/check/typos.csv"]],
    ["validate-typos-zh", ["--lang", "zh", "validate", "fixtures/check/typos.csv"]],
    ["validate-typos-github", ["validate", "fixtures/check/typos.csv", "--format", "github"]],
    ["validate-max-errors", ["validate", "fixtures/check/typos.csv", "--max-errors", "2"]],
    ["validate-not-text", ["validate", "fixtures/drops/bad/not-text.csv"]],
  ])("%s", async (name, args) => {
    expectGolden(name, await cwplan(args));
  });

  it("exits 0 on valid drops and 2 on invalid ones", async () => {
    expect((await cwplan(["validate", "fixtures/scenario/drops"])).code).toBe(0);
    expect((await cwplan(["validate", "fixtures/check/typos.csv"])).code).toBe(2);
    expect((await cwplan(["validate", "fixtures/missing.csv"])).code).toBe(2);
  });

  it("says in words why a path cannot be read", async () => {
    const r = await cwplan(["validate", "test/cli/golden", "fixtures/missing.csv"]);
    expect(r.stdout).toMatch(
      /test\/cli\/golden: error \[unreadable-file\] Cannot read the file \(it is a folder with no \.csv or \.xlsx files in it\)/,
    );
    expect(r.stdout).toMatch(
      /fixtures\/missing\.csv: error \[unreadable-file\] Cannot read the file \(no such file\)/,
    );
    expect(r.code).toBe(2);
  });

  it("treats periods that end on the same day as the same figure", async () => {
    const r = await cwplan(["validate", "fixtures/check/same-date.csv", "--format", "json"]);
    const findings = JSON.parse(r.stdout).files[0].findings;
    expect(findings.map((f: { code: string; line: number }) => `${f.code}@${f.line}`)).toEqual([
      "conflicting-row@3",
      "duplicate-row@5",
    ]);
    expect(r.code).toBe(2);
  });

  it("warns when a county-wide row cannot serve targets that count towns", async () => {
    const r = await cwplan(["validate", "fixtures/check/area-missing.csv", "--format", "json"]);
    const out = JSON.parse(r.stdout);
    expect(
      out.files[0].findings.map((f: { code: string; line: number }) => `${f.code}@${f.line}`),
    ).toEqual(["area-missing@2"]);
    expect(out.files[0]).toMatchObject({ rowsRead: 2, rowsValid: 2, rowsInvalid: 0 });
    expect(r.code).toBe(0);
  });

  it("accounts for every row in JSON", async () => {
    const r = await cwplan([
      "validate",
      "fixtures/check/typos.csv",
      "fixtures/scenario/drops",
      "--format",
      "json",
    ]);
    const out = JSON.parse(r.stdout);
    for (const f of out.files) expect(f.rowsRead).toBe(f.rowsValid + f.rowsInvalid);
    expect(out.totals.rowsRead).toBe(8 + 269);
    expect(out.valid).toBe(false);
    expect(out.files[0].findings[0]).toMatchObject({
      code: "unknown-indicator",
      line: 2,
      column: "indicator",
      severity: "error",
    });
  });

  it("takes --encoding and --delimiter over detection", async () => {
    const asUtf8 = await cwplan([
      "validate",
      "fixtures/check/excel-gb18030.csv",
      "--encoding",
      "utf-8",
      "--format",
      "json",
    ]);
    expect(JSON.parse(asUtf8.stdout).files[0].encoding).toBe("utf-8");
    expect(asUtf8.code).toBe(2);
    const asGb = await cwplan([
      "validate",
      "fixtures/check/excel-gb18030.csv",
      "--encoding",
      "gb18030",
    ]);
    expect(asGb.code).toBe(0);
    expect(
      (await cwplan(["validate", "fixtures/check/typos.csv", "--delimiter", "abc"])).stderr,
    ).toMatch(/unsupported delimiter/);
  });
});

describe("cwplan template", () => {
  it.each([
    ["template-unit", ["template", "--period", "2025-07", "--unit", "县人社局"]],
    ["template-bad-period", ["template", "--period", "July"]],
  ])("%s", async (name, args) => {
    expectGolden(name, await cwplan(args));
  });

  it("defaults to a period inside the plan's window, and refuses one outside it", async () => {
    const period = (await cwplan(["template"])).stdout.split(/\r?\n/)[1]?.split(",")[2] ?? "";
    expect(period >= "2024-01" && period <= "2025-12").toBe(true);
    const late = await cwplan(["template", "--period", "2027-01"]);
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(/--period 2027-01 is outside the plan's window/);
    expect((await cwplan(["template", "--period", "2025-Q4"])).code).toBe(0);
  });

  it("names each figure's owner as the reporting unit", async () => {
    const rows = (await cwplan(["template", "--period", "2025-07"])).stdout.split(/\r?\n/);
    const row = (id: string) => rows.find((r) => r.startsWith(`${id},`))?.split(",");
    expect(row("urban-new-jobs")?.[6]).toBe("县人力资源和社会保障局"); // measure 14: 负责
    expect(row("key-labs")?.[6]).toBe("县科学技术局"); // measure 5 shares; the county assigns it
    expect(row("urbanization-rate")?.[6]).toBe("县统计局"); // the headline: no measure
    // --unit: the indicators it owns; --shared adds the rest of its measures'
    const hr = (await cwplan(["template", "--period", "2025-07", "--unit", "县人社局"])).stdout;
    expect(
      hr
        .split(/\r?\n/)
        .filter(Boolean)
        .map((r) => r.split(",")[0]),
    ).toEqual(["indicator", "urban-new-jobs", "migrant-worker-training", "pension-insurance-rate"]);
    const all = (
      await cwplan(["template", "--period", "2025-07", "--unit", "县人社局", "--shared"])
    ).stdout;
    expect(all).toMatch(/\nday-care-coverage,[^,]+,2025-07,,%,,县民政局,/);
    const towns = rows.filter((r) => r.startsWith("town-area-population,"));
    expect(towns).toHaveLength(11); // measure 9 counts towns, not the two subdistricts
  });

  it("writes the BOM Excel needs with --bom", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-"));
    const file = join(dir, "t.csv");
    expect((await cwplan(["template", "--period", "2025-07", "--bom", "-o", file])).code).toBe(0);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it.each([
    ["en", "unit", "value", "not_started/in_progress/done", "in_progress"],
    ["zh", "单位", "数值", "未开工/推进中/已完成", "推进中"],
  ])(
    "round trip (%s): a filled-in template validates and checks",
    async (lang, unitHead, valueHead, states, state) => {
      const dir = mkdtempSync(join(tmpdir(), "cwplan-"));
      const template = (await cwplan(["--lang", lang, "template", "--period", "2025-06"])).stdout;
      const lines = template.split(/\r?\n/).filter(Boolean);
      const head = lines[0]?.split(",") ?? [];
      const unitCol = head.indexOf(unitHead);
      const valueCol = head.indexOf(valueHead);
      expect(unitCol).toBeGreaterThan(0);
      // the milestones list the states a department may write, not the unit "state"
      expect(lines.filter((l) => l.includes(`,${states},`)).length).toBeGreaterThan(3);
      expect(template).not.toMatch(/,state,/);
      const filled = [
        lines[0],
        ...lines.slice(1).map((line) => {
          const cells =
            line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, "")) ?? [];
          cells[valueCol] = cells[unitCol] === states ? state : cells[unitCol] === "%" ? "50" : "1";
          return cells.slice(0, head.length).join(",");
        }),
      ].join("\n");
      const file = join(dir, "filled.csv");
      writeFileSync(file, `${filled}\n`);
      const v = await cwplan(["validate", file, "--format", "json"]);
      const out = JSON.parse(v.stdout);
      expect(out.files[0].findings).toEqual([]);
      expect(v.code).toBe(0);
      expect(out.files[0].rowsValid).toBe(lines.length - 1);
      const c = await cwplan(["check", file, "--fail-on", "never", "--format", "json"]);
      expect(c.code).toBe(0);
      expect(JSON.parse(c.stdout).summary["no-data"]).toBeLessThan(48);
    },
  );
});

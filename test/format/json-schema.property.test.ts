/**
 * Every JSON output of `check` validates against schemas/check-output.schema.json,
 * whatever the drop holds: random rows of the real plan's indicators, periods,
 * areas and units, with extreme numbers (1.7e308, 1e400, -0, denormals),
 * states, junk and control characters (fast-check, fixed seed).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateText } from "../../src/data/read.js";
import { evaluate } from "../../src/evaluate/check.js";
import { checkToJson } from "../../src/format/check/json.js";
import { loadPlan } from "../../src/plan/load.js";
import { options, ROOT } from "./helpers.js";

const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "check-output.schema.json"), "utf8"));
const validateOutput = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

const csv = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

describe("check --format json over random drops", () => {
  it("always validates against its schema (fixed seed)", async () => {
    const { plan } = await loadPlan();
    // indicators summed from town rows come often: their sums are where numbers overflow
    const summed = plan.indicators.filter((i) => i.rollup === "sum").map((i) => i.id);
    const indicator = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...summed) },
      fc.constantFrom(...plan.indicators.map((i) => i.id)),
      fc.string({ maxLength: 8 }),
    );
    const period = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom("2025-06", "2025") },
      fc.constantFrom(
        "2023",
        "2024",
        "2024-Q2",
        "2024-06",
        "2025-03",
        "2025-Q4",
        "2025",
        "2025-12",
      ),
      fc.string({ maxLength: 8 }),
    );
    const value = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom("1.7e308", "9e307", "1e16") },
      fc.double().map(String),
      fc.constantFrom("1.7e308", "-1.7e308", "1e400", "-0", "5e-324", "0", "100", "3.5万", "done"),
      fc.integer({ min: -10, max: 100_000 }).map(String),
      fc.string({ maxLength: 6 }),
    );
    const area = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...plan.areas.slice(0, 3).map((a) => a.name)) },
      fc.constant(""),
      fc.constantFrom(...plan.areas.map((a) => a.name)),
      fc.string({ maxLength: 4 }),
    );
    const unit = fc.constantFrom("", "万", "%", "个", "\x1b[2K");
    // any unit as the sender: another unit's figure carries its \`source\` (issue 20, item 3)
    const by = fc.oneof(fc.constant(""), fc.constantFrom(...plan.units.map((u) => u.name)));
    const row = fc.tuple(indicator, period, value, unit, area, by).map((r) => r.map(csv).join(","));
    const asOf = fc.option(fc.constantFrom("2024-06-30", "2025-12-31", "2026-06-30"), {
      nil: undefined,
    });
    let sourced = 0;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), asOf, fc.boolean(), (rows, date, byArea) => {
        const text = `indicator,period,value,unit,area,reported_by\n${rows.join("\n")}\n`;
        const file = validateText(text, "drop.csv", plan);
        const check = evaluate(plan, file.observations, { asOf: date, byArea });
        const { observations: _o, ...files } = file;
        const out = checkToJson({ plan, check, files: [files], failOn: "at-risk" }, options());
        const json = JSON.parse(JSON.stringify(out)) as { targets: { source: unknown }[] };
        const ok = validateOutput(json);
        expect(validateOutput.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
        if (json.targets.some((t) => t.source !== null)) sourced++;
      }),
      { seed: 15, numRuns: 150 },
    );
    // the runs did put another unit's figure in front of the schema
    expect(sourced).toBeGreaterThan(0);
  });

  it("validates, and never passes on an overflowing sum, when town rows are summed (fixed seed)", async () => {
    const { plan } = await loadPlan();
    const summed = plan.indicators.filter((i) => i.rollup === "sum" && i.kind !== "milestone");
    const towns = plan.areas.filter((a) => a.type === "town").slice(0, 4);
    const cell = fc.record({
      indicator: fc.constantFrom(...summed.map((i) => i.id)),
      period: fc.constantFrom("2024", "2025-06", "2025"),
      area: fc.constantFrom(...towns.map((a) => a.name)),
      value: fc.constantFrom("1", "250", "1.7e308", "9e307", "1.79e308"),
    });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 30 }), (cells) => {
        const rows = cells.map((c) => `${c.indicator},${c.period},${c.value},,${c.area}`);
        const text = `indicator,period,value,unit,area\n${rows.join("\n")}\n`;
        const file = validateText(text, "drop.csv", plan);
        const check = evaluate(plan, file.observations, { byArea: true });
        const { observations: _o, ...files } = file;
        const out = checkToJson({ plan, check, files: [files], failOn: "at-risk" }, options());
        const ok = validateOutput(JSON.parse(JSON.stringify(out)));
        expect(validateOutput.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
        // every huge row is an error on its own line
        const huge = cells.filter((c) => Number(c.value) > 1e15).length;
        const tooLarge = file.findings.filter((f) => f.code === "value-too-large").length;
        expect(tooLarge).toBe(huge);
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});

/**
 * Every table cwplan draws fits the terminal: at 40, 60, 80 and 120 columns
 * no line of a table is wider than the width, measured by string-width.
 */

import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { readDrops } from "../../src/data/read.js";
import { evaluate } from "../../src/evaluate/check.js";
import { formatTable } from "../../src/format/check/table.js";
import { renderPlanTable, renderUnits, unitDuties } from "../../src/format/plan.js";
import { noColour } from "../../src/format/style.js";
import { loadPlan } from "../../src/plan/load.js";
import { LANGS } from "../../src/vocabulary.js";
import { DROPS, options, scenario } from "./helpers.js";

const WIDTHS = [40, 60, 80, 120];
const BOX = /^[┌│├└╞╘┬┼┴─]/;

function tableLines(out: string): string[] {
  return out.split("\n").filter((line) => BOX.test(line));
}

function expectFits(out: string, width: number): void {
  const lines = tableLines(out);
  expect(lines.length).toBeGreaterThan(0);
  const over = lines.filter((line) => stringWidth(line) > width);
  expect(over, `lines wider than ${width}`).toEqual([]);
}

describe("tables fit the width", async () => {
  const report = await scenario({ asOf: "2025-06-30" });
  const byArea = evaluate(report.plan, await scenarioObservations(), {
    asOf: "2025-06-30",
    byArea: true,
    filter: { measure: 9 },
  });

  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      it(`at ${width} columns (${lang})`, () => {
        const o = options(lang, { width });
        const view = { lang, width, style: noColour };
        // the one screen has no box: every line of it fits
        const screen = formatTable(report, o).split("\n");
        expect(screen.filter((line) => stringWidth(line) > width)).toEqual([]);
        // the as-of date never leaves its label behind on the line above
        const asOf = lang === "zh" ? "评估日 2025-06-30" : "as of 2025-06-30";
        for (const out of [screen, formatTable(report, { ...o, details: true }).split("\n")]) {
          expect(out.slice(0, 4).some((line) => line.includes(asOf))).toBe(true);
        }
        expectFits(formatTable(report, { ...o, details: true }), width);
        expectFits(formatTable({ ...report, check: byArea }, o), width);
        expectFits(renderPlanTable(report.plan, report.plan.measures, true, view), width);
        expectFits(renderUnits(unitDuties(report.plan), view), width);
        // (report --format text is a digest without tables, at most 72 columns:
        // test/e2e/report.test.ts and test/format/html-parts.test.ts)
      });
    }
  }
});

async function scenarioObservations() {
  const { plan } = await loadPlan();
  return (await readDrops([DROPS], plan)).observations;
}

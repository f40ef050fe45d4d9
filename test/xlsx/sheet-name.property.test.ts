/**
 * Results-workbook sheet names from any plan (src/format/xlsx/sheet-name.ts),
 * over random names (fast-check, fixed seed): Excel's rules hold, names are
 * unique without regard to case, and exceljs takes them all and writes a
 * workbook that cwplan's reader reads back with the same names.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readBook } from "../../src/data/xlsx/book.js";
import { openZip } from "../../src/data/xlsx/zip.js";
import { sheetName } from "../../src/format/xlsx/sheet-name.js";

const hostile = fc.constantFrom(
  "'",
  "History",
  "history",
  "[",
  "]",
  ":",
  "*",
  "?",
  "/",
  "\\",
  "\t",
  "\u0000",
  "😀",
  "县",
  " ",
  "A",
);
const name = fc.oneof(
  fc.string({ maxLength: 40, unit: "binary" }),
  fc.string({
    maxLength: 40,
    unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)),
  }),
  fc.array(hostile, { maxLength: 40 }).map((a) => a.join("")),
  fc.constantFrom(
    "History",
    "'Units'",
    "住房和城乡建设局".repeat(5),
    "a".repeat(31),
    "A".repeat(31),
  ),
);

function excelRules(n: string): void {
  expect(n.length).toBeGreaterThan(0);
  expect(n.length).toBeLessThanOrEqual(31);
  expect(n).not.toMatch(/[[\]:*?/\\]/);
  expect(n).not.toMatch(/^'|'$/);
  expect(n.toLowerCase()).not.toBe("history");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: none may remain
  expect(n).not.toMatch(/[\u0000-\u001f]/);
  // no lone surrogate (a pair cut in two)
  expect(n).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
}

describe("results sheet names", () => {
  test("the names the issue found: a leading quote, History", () => {
    const taken = new Set<string>();
    expect(sheetName("'Housing Bureau'", taken)).toBe("Housing Bureau");
    expect(sheetName("History", taken)).toBe("History_");
    expect(sheetName("history", taken)).toBe("history_(2)");
    expect(sheetName("Housing Bureau", taken)).toBe("Housing Bureau(2)");
  });

  test("any names: Excel's rules, unique, and a workbook exceljs writes and cwplan reads back", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 12 }), async (names) => {
        const taken = new Set<string>();
        const out = names.map((n) => sheetName(n, taken));
        for (const n of out) excelRules(n);
        expect(new Set(out.map((n) => n.toLowerCase())).size).toBe(out.length);
        const wb = new ExcelJS.Workbook();
        for (const n of out) wb.addWorksheet(n).getCell("A1").value = 1;
        const zip = openZip(new Uint8Array(await wb.xlsx.writeBuffer()));
        if (!zip.ok) throw new Error(JSON.stringify(zip));
        expect(readBook(zip.parts).sheets.map((s) => s.name)).toEqual(out);
      }),
      { numRuns: 150, seed: 20261206 },
    );
  }, 120_000);
});

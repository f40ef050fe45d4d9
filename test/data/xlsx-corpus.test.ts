/**
 * The bad-workbook corpus: every file in fixtures/xlsx/bad/ (written by
 * scripts/make-xlsx-fixtures.mjs) with its exact findings, each as
 * `code@place` (the place as printed, after the file name: `!Sheet1!C5`),
 * its row counts, and the exit code of `cwplan validate` on it, run in
 * process on the current source.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readDrop } from "../../src/data/read.js";
import type { Finding } from "../../src/data/types.js";
import { findingPlace } from "../../src/format/check/findings.js";
import { findingMessage } from "../../src/i18n/findings.js";
import { loadPlan } from "../../src/plan/load.js";
import { runMain } from "../cli/run.js";

const DIR = new URL("../../fixtures/xlsx/bad/", import.meta.url).pathname;

interface Case {
  findings: string[];
  /** rowsRead, rowsValid, rowsInvalid */
  rows: [number, number, number];
  exit: number;
  /** extra options for validate */
  args?: string[];
}

const CASES: Record<string, Case> = {
  "truncated.xlsx": { findings: ["xlsx-corrupt"], rows: [0, 0, 0], exit: 2 },
  "damaged-entry.xlsx": { findings: ["xlsx-corrupt"], rows: [0, 0, 0], exit: 2 },
  "not-a-zip.xlsx": { findings: ["xlsx-corrupt"], rows: [0, 0, 0], exit: 2 },
  "broken-xml.xlsx": { findings: ["xlsx-corrupt"], rows: [0, 0, 0], exit: 2 },
  "zip-bomb.xlsx": { findings: ["xlsx-too-large"], rows: [0, 0, 0], exit: 2 },
  "zip-bomb-lying-size.xlsx": { findings: ["xlsx-too-large"], rows: [0, 0, 0], exit: 2 },
  "too-many-cells.xlsx": { findings: ["xlsx-too-large"], rows: [0, 0, 0], exit: 2 },
  "zip-password.xlsx": { findings: ["xlsx-encrypted"], rows: [0, 0, 0], exit: 2 },
  "password-protected.xlsx": { findings: ["xlsx-encrypted"], rows: [0, 0, 0], exit: 2 },
  "old-format.xls": { findings: ["xls-format"], rows: [0, 0, 0], exit: 2 },
  "empty-sheet.xlsx": { findings: ["empty-file@!Sheet1"], rows: [0, 0, 0], exit: 2 },
  "no-header.xlsx": {
    findings: [
      "unknown-column@!Sheet1!1:1",
      "unknown-column@!Sheet1!1:1",
      "unknown-column@!Sheet1!1:1",
      "unknown-column@!Sheet1!1:1",
      "missing-header@!Sheet1!1:1",
      "missing-header@!Sheet1!1:1",
      "missing-header@!Sheet1!1:1",
    ],
    rows: [1, 0, 1],
    exit: 2,
  },
  "two-header-rows.xlsx": { findings: ["repeated-header@!Sheet1!2:2"], rows: [1, 1, 0], exit: 0 },
  "text-in-value.xlsx": {
    findings: ["value-not-number@!Sheet1!C2", "value-not-number@!Sheet1!C4"],
    rows: [3, 1, 2],
    exit: 2,
  },
  "formula-no-value.xlsx": {
    findings: ["formula-no-value@!Sheet1!C2"],
    rows: [2, 1, 1],
    exit: 2,
  },
  "error-value.xlsx": { findings: ["cell-error@!Sheet1!C2"], rows: [1, 0, 1], exit: 2 },
  "percent-wrong-unit.xlsx": {
    findings: ["percent-not-allowed@!Sheet1!C2"],
    rows: [1, 0, 1],
    exit: 2,
  },
  "hidden-rows.xlsx": {
    findings: ["hidden-columns@!Sheet1!D:D", "hidden-rows@!Sheet1!3:3"],
    rows: [3, 3, 0],
    exit: 0,
  },
  // both sheets are drops: each is read as its own submission (issue 20, item 1);
  // the first's report is here, the other's in `otherSheets`
  "two-sheets.xlsx": { findings: [], rows: [1, 1, 0], exit: 0 },
  "habits.xlsx": {
    findings: ["title-row@!Sheet1!1:1", "total-row@!Sheet1!5:5"],
    rows: [2, 2, 0],
    exit: 0,
  },
};

/** Cases that run the same file with options. */
const WITH_OPTIONS: Record<string, Case & { file: string }> = {
  "two-sheets.xlsx --sheet 5月": {
    file: "two-sheets.xlsx",
    args: ["--sheet", "5月"],
    findings: [],
    rows: [1, 1, 0],
    exit: 0,
  },
  "two-sheets.xlsx --sheet 7月": {
    file: "two-sheets.xlsx",
    args: ["--sheet", "7月"],
    findings: ["sheet-not-found"],
    rows: [0, 0, 0],
    exit: 2,
  },
};

const tag = (f: Finding): string => {
  const place = findingPlace(f).slice(f.file.length);
  return place === "" ? f.code : `${f.code}@${place}`;
};

/** stdout and stderr together */
async function run(args: string[]): Promise<{ code: number; out: string }> {
  const r = await runMain(args, { env: { LANG: "en_US.UTF-8" } });
  return { code: r.code, out: r.stdout + r.stderr };
}

describe("bad-workbook corpus", () => {
  test("every fixture has a case and every case a fixture; at least 15", () => {
    const files = readdirSync(DIR).sort();
    expect(files).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  const all = [
    ...Object.entries(CASES).map(([name, c]) => [name, { ...c, file: name }] as const),
    ...Object.entries(WITH_OPTIONS),
  ];
  test.each(all)("%s", async (_name, c) => {
    const path = join(DIR, c.file);
    const { plan } = await loadPlan(undefined);
    const sheet = c.args?.[1];
    const r = await readDrop(path, plan, sheet === undefined ? {} : { sheet });
    expect(r.findings.map(tag)).toEqual(c.findings);
    expect([r.rowsRead, r.rowsValid, r.rowsInvalid]).toEqual(c.rows);
    expect(r.rowsRead).toBe(r.rowsValid + r.rowsInvalid);
    for (const f of r.findings) {
      for (const lang of ["zh", "en"] as const) {
        expect(findingMessage(f, lang), `${f.code} ${lang}`).not.toMatch(/[{}]|\[\[|undefined/);
      }
    }
    const { code, out } = await run(["validate", path, ...(c.args ?? [])]);
    expect(code).toBe(c.exit);
    // no stack trace, ever; every finding printed with its place
    expect(out).not.toMatch(/\n\s+at /);
    for (const f of r.findings) expect(out).toContain(`${findingPlace(f)}: `);
  });
});

describe("the format a refused workbook is said to be", () => {
  test("an .xls (an OLE file) is not called xlsx in the file's summary; an encrypted .xlsx still is", async () => {
    const { plan } = await loadPlan(undefined);
    const xls = await readDrop(join(DIR, "old-format.xls"), plan);
    expect(xls.encoding).toBe("");
    const locked = await readDrop(join(DIR, "password-protected.xlsx"), plan);
    expect(locked.encoding).toBe("xlsx");
    const { out } = await run(["validate", join(DIR, "old-format.xls")]);
    expect(out).toMatch(/old-format\.xls: 0 rows read, 0 valid, 0 invalid\n/);
  });
});

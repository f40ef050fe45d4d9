/**
 * The bad-input corpus: every file in fixtures/drops/bad/ with its exact
 * findings (code@line), whether it has errors, and its row counts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readDrop, validateBytes } from "../../src/data/read.js";
import { miniPlan } from "./mini-plan.js";

const DIR = new URL("../../fixtures/drops/bad/", import.meta.url).pathname;

interface Case {
  /** code@line, in order (code alone for a file-level finding) */
  findings: string[];
  errors: boolean;
  /** rowsRead, rowsValid, rowsInvalid */
  rows: [number, number, number];
  /** extra checks on the findings */
  args?: Record<string, Record<string, string | number>>;
}

const CASES: Record<string, Case> = {
  // a title line, the header repeated, a total row: skipped, with a note or warning
  "excel-habits.csv": {
    findings: ["title-row@1", "repeated-header@4", "total-row@6"],
    errors: false,
    rows: [2, 2, 0],
  },
  "empty.csv": { findings: ["empty-file"], errors: true, rows: [0, 0, 0] },
  "blank-lines-only.csv": { findings: ["empty-file"], errors: true, rows: [0, 0, 0] },
  "header-only.csv": { findings: ["header-only@1"], errors: false, rows: [0, 0, 0] },
  "not-text.csv": { findings: ["not-text"], errors: true, rows: [0, 0, 0] },
  "missing-header.csv": { findings: ["missing-header@1"], errors: true, rows: [2, 0, 2] },
  "duplicate-header.csv": {
    findings: ["duplicate-header@1"],
    errors: true,
    rows: [1, 0, 1],
    args: { "duplicate-header@1": { field: "value", first: "value" } },
  },
  "unknown-column.csv": { findings: ["unknown-column@1"], errors: false, rows: [1, 1, 0] },
  "area-missing.csv": {
    findings: ["area-missing@2"],
    errors: false,
    rows: [2, 2, 0],
    args: { "area-missing@2": { indicator: "sewage-coverage" } },
  },
  "blank-row.csv": { findings: ["blank-row@3"], errors: false, rows: [2, 2, 0] },
  "unclosed-quote.csv": {
    findings: ["unclosed-quote@3"],
    errors: true,
    rows: [2, 1, 1],
    args: { "unclosed-quote@3": { endLine: 4 } },
  },
  "bad-quote.csv": {
    findings: ["bad-quote@2", "bad-quote@3"],
    errors: true,
    rows: [2, 0, 2],
    args: { "bad-quote@3": { endLine: 4 } },
  },
  "ragged-more.csv": {
    findings: ["ragged-row@2"],
    errors: true,
    rows: [2, 1, 1],
    args: { "ragged-row@2": { expected: 3, got: 4 } },
  },
  "ragged-less.csv": { findings: ["ragged-row@2"], errors: true, rows: [2, 1, 1] },
  "missing-value.csv": {
    findings: ["missing-value@2", "missing-value@3", "missing-value@4"],
    errors: true,
    rows: [3, 0, 3],
  },
  "bad-period.csv": {
    findings: ["bad-period@2", "bad-period@3", "bad-period@4"],
    errors: true,
    rows: [4, 1, 3],
  },
  // a year of fewer than four digits (0205-06 for 2025-06): a bad period, every row counted
  "year-below-1000.csv": {
    findings: ["bad-period@3", "bad-period@4", "bad-period@5"],
    errors: true,
    rows: [5, 2, 3],
  },
  "period-needs-year.csv": {
    findings: ["period-needs-year@2", "period-needs-year@3", "period-span@4", "period-span@5"],
    errors: true,
    rows: [5, 1, 4],
    args: {
      "period-needs-year@2": { example: "2025年6月" },
      "period-needs-year@3": { example: "2025年上半年" },
      "period-span@4": { example: "2025年1-5月" },
      "period-span@5": { example: "2025年1-12月" },
    },
  },
  "period-from-date.csv": {
    findings: ["period-from-date@2", "bad-period@3"],
    errors: true,
    rows: [2, 1, 1],
  },
  // 2015 for a 2024–2025 plan, nothing in its note: read, and warned about (a typo for 2025?)
  "period-before-baseline.csv": {
    findings: ["period-before-baseline@2"],
    errors: false,
    rows: [3, 3, 0],
    args: { "period-before-baseline@2": { period: "2015", baseline: 2023 } },
  },
  "period-outside-window.csv": {
    findings: ["period-outside-window@2", "period-outside-window@3"],
    errors: true,
    rows: [4, 2, 2],
  },
  "unknown-indicator.csv": {
    findings: ["unknown-indicator@2", "unknown-indicator@3", "unknown-indicator@4"],
    errors: true,
    rows: [3, 0, 3],
    args: {
      "unknown-indicator@2": { suggestion: "urbanization-rate" },
      "unknown-indicator@3": { suggestion: "urbanization-rate" },
    },
  },
  "value-not-number.csv": {
    findings: [
      "value-not-number@2",
      "value-not-number@3",
      "value-not-number@4",
      "value-not-number@5",
      "value-not-number@6",
    ],
    errors: true,
    rows: [5, 0, 5],
  },
  "percent-not-allowed.csv": {
    findings: ["percent-not-allowed@2"],
    errors: true,
    rows: [2, 1, 1],
  },
  "bad-state.csv": { findings: ["bad-state@2", "bad-state@3"], errors: true, rows: [3, 1, 2] },
  "unexpected-state.csv": {
    findings: ["unexpected-state@2", "unexpected-state@3"],
    errors: true,
    rows: [2, 0, 2],
  },
  "unit-mismatch.csv": {
    findings: ["unit-mismatch@2", "unit-mismatch@4"],
    errors: true,
    rows: [3, 1, 2],
    args: { "unit-mismatch@2": { expected: "万千瓦" } },
  },
  "value-above-max.csv": { findings: ["value-above-max@2"], errors: true, rows: [3, 2, 1] },
  "value-too-large.csv": {
    findings: ["value-too-large@2", "value-too-large@3", "value-too-large@5"],
    errors: true,
    rows: [4, 1, 3],
  },
  "too-many-cells.csv": {
    findings: ["too-many-cells@2"],
    errors: true,
    rows: [2, 1, 1],
    args: { "too-many-cells@2": { max: 1000, count: 1203 } },
  },
  "value-below-min.csv": {
    findings: ["value-below-min@2", "value-below-min@3"],
    errors: true,
    rows: [3, 1, 2],
  },
  "unknown-area.csv": {
    findings: ["unknown-area@2", "unknown-area@3"],
    errors: true,
    rows: [3, 1, 2],
    args: { "unknown-area@2": { suggestion: "城关镇" } },
  },
  "area-not-expected.csv": {
    findings: ["area-not-expected@2"],
    errors: false,
    rows: [2, 2, 0],
  },
  "unknown-unit.csv": {
    findings: ["unknown-unit@2", "unknown-unit@3"],
    errors: false,
    rows: [2, 2, 0],
    args: { "unknown-unit@2": { suggestion: "县发展改革局" } },
  },
  // 人社局 and 发改局 (a shared unit of measure 2) send a figure 住建局 owns (issue 20, item 3)
  "not-responsible.csv": {
    findings: ["reported-by-other@2", "reported-by-other@3"],
    errors: false,
    rows: [2, 2, 0],
    args: {
      "reported-by-other@2": { senderId: "hrss", ownerId: "housing" },
      "reported-by-other@3": { senderId: "devrc", ownerId: "housing" },
    },
  },
  "duplicate-row.csv": {
    findings: ["duplicate-row@4"],
    errors: false,
    rows: [3, 3, 0],
    args: { "duplicate-row@4": { firstLine: 2 } },
  },
  "conflicting-row.csv": {
    findings: ["conflicting-row@3", "duplicate-row@4"],
    errors: true,
    rows: [4, 3, 1],
    args: { "conflicting-row@3": { firstLine: 2, firstValue: "1万千瓦" } },
  },
  "cell-too-long.csv": { findings: ["cell-too-long@2"], errors: true, rows: [1, 0, 1] },
  "invalid-bytes.csv": {
    findings: ["invalid-bytes", "ragged-row@3"],
    errors: true,
    rows: [2, 1, 1],
  },
  "multiline-record.csv": {
    findings: ["value-not-number@4"],
    errors: true,
    rows: [2, 1, 1],
  },
  "crlf-multiline.csv": { findings: ["value-not-number@5"], errors: true, rows: [2, 1, 1] },
  "trailing-empty-rows.csv": {
    findings: ["blank-row@3"],
    errors: false,
    rows: [1, 1, 0],
    args: { "blank-row@3": { endLine: 5 } },
  },
  "header-unclosed.csv": { findings: ["unclosed-quote@1"], errors: true, rows: [0, 0, 0] },
  "many-problems.csv": {
    findings: [
      "unknown-indicator@2",
      "period-outside-window@2",
      "value-not-number@2",
      "unknown-area@2",
      "unknown-unit@2",
    ],
    errors: true,
    rows: [1, 0, 1],
  },
  "chinese-header-errors.csv": { findings: ["bad-period@2"], errors: true, rows: [1, 0, 1] },
};

const tag = (f: { code: string; line?: number }): string =>
  f.line === undefined ? f.code : `${f.code}@${f.line}`;

describe("bad corpus", () => {
  test("every fixture has a case and every case a fixture; at least 30", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".csv"));
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  test.each(Object.entries(CASES))("%s", async (name, c) => {
    const path = join(DIR, name);
    const r = validateBytes(readFileSync(path), path, miniPlan);
    expect(r.findings.map(tag)).toEqual(c.findings);
    expect(r.findings.some((f) => f.severity === "error")).toBe(c.errors);
    expect([r.rowsRead, r.rowsValid, r.rowsInvalid]).toEqual(c.rows);
    expect(r.observations.length).toBeLessThanOrEqual(r.rowsValid);
    for (const [t, args] of Object.entries(c.args ?? {})) {
      const f = r.findings.find((x) => tag(x) === t);
      expect(f?.args, t).toMatchObject(args);
    }
    // the streaming reader agrees with the byte-level one; except that it
    // reads a file that starts as a zip as a workbook (this one is cut short)
    const s = await readDrop(path, miniPlan);
    if (name === "not-text.csv") expect(s.findings.map(tag)).toEqual(["xlsx-corrupt"]);
    else expect(s).toEqual(r);
  });
});

/** Every code has words in both languages, a documented meaning, and no loose placeholder. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ALL_CODES } from "../../src/data/codes.js";
import { validateBytes } from "../../src/data/read.js";
import type { Finding } from "../../src/data/types.js";
import { findingMessage, MESSAGES } from "../../src/i18n/findings.js";
import { miniPlan } from "./mini-plan.js";

const ROOT = new URL("../../", import.meta.url).pathname;

describe("finding messages", () => {
  test("both languages cover exactly the catalogue", () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual([...ALL_CODES].sort());
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...ALL_CODES].sort());
  });

  test("docs/findings.md documents every code", () => {
    const doc = readFileSync(join(ROOT, "docs/findings.md"), "utf8");
    for (const code of ALL_CODES) expect(doc, code).toContain(`| \`${code}\` |`);
  });

  test("codes are kebab-case", () => {
    for (const code of ALL_CODES) expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  const WORKBOOK_AND_FOLDER: string[] = [
    "xlsx-corrupt",
    "xlsx-too-large",
    "xlsx-encrypted",
    "xls-format",
    "other-format",
    "sheet-not-found",
    "sheet-not-read",
    "sheet-hidden-read",
    "sheet-very-hidden",
    "hidden-rows",
    "hidden-columns",
    "formula-no-value",
    "cell-error",
  ];

  test("messages of every corpus finding are complete in both languages", () => {
    const dir = join(ROOT, "fixtures/drops/bad");
    const seen = new Set<string>();
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      for (const f of validateBytes(readFileSync(path), path, miniPlan).findings) {
        seen.add(f.code);
        for (const lang of ["zh", "en"] as const) {
          const m = findingMessage(f, lang);
          expect(m, `${f.code} ${lang}`).not.toMatch(/[{}]|\[\[|undefined/);
        }
      }
    }
    // the corpus exercises nearly the whole catalogue; workbooks and folders
    // have their own corpora (test/data/xlsx-corpus.test.ts, test/xlsx/hostile.test.ts), which check their messages too
    const untested = ALL_CODES.filter((c) => !seen.has(c) && !WORKBOOK_AND_FOLDER.includes(c));
    expect(untested.sort()).toEqual(
      [
        "csv-error",
        "findings-truncated",
        "invalid-cell",
        "record-too-large",
        "skipped-file",
        "unreadable-file",
        // needs two files: tested below
        "value-revised",
        // its own cases, messages included: test/data/lookalike.test.ts
        "unit-name-lookalike",
        // the series as a whole, after a run's files are read: test/data/plausibility.test.ts
        "likely-fraction",
        "total-went-down",
        "sudden-jump",
        "far-above-target",
        // an indicator nobody owns (the corpus plan owns every one): test/provenance/reporters.test.ts
        "not-responsible",
      ].sort(),
    );
  });

  test("value-revised names both values and both files, in both languages", () => {
    const f: Finding = {
      code: "value-revised",
      severity: "warning",
      file: "drops/2025-07/统计局.csv",
      line: 3,
      column: "value",
      value: "54",
      args: {
        firstFile: "drops/2025-06/统计局.csv",
        firstLine: 5,
        firstValue: "53%",
        newValue: "54%",
      },
    };
    expect(findingMessage(f, "en")).toBe(
      "Line 3 revises the figure of drops/2025-06/统计局.csv line 5 (53% → 54%; same indicator and area, a period ending on the same day). The file read later stands: this row is used. Check it if no revision was meant.",
    );
    expect(findingMessage(f, "zh")).toBe(
      "第 3 行修订了 drops/2025-06/统计局.csv 第 5 行的数值（53% → 54%；指标、地区相同，报告期截止于同一天）。以后读入的文件为准，已采用本行。如并非有意修订，请核实。",
    );
  });

  test("optional parts appear only with their arguments", () => {
    const base: Finding = {
      code: "unknown-indicator",
      severity: "error",
      file: "a.csv",
      line: 4,
      column: "indicator",
      value: "urbanisation",
    };
    expect(findingMessage(base, "en")).toBe(
      "Line 4: indicator “urbanisation” is not in the plan. Use the indicator ids of the template.",
    );
    expect(findingMessage({ ...base, args: { suggestion: "urbanization-rate" } }, "zh")).toBe(
      "第 4 行的指标“urbanisation”不在方案中。是否应为“urbanization-rate”？请使用模板中的指标代码。",
    );
    expect(findingMessage({ ...base, code: "no-such-code" }, "en")).toBe(
      "Unknown finding: no-such-code",
    );
  });
});

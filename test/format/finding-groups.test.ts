/**
 * The grouping of the compact `check` screen and the text digest (issue 20,
 * item 6): beyond the first `max`, the open errors and figure-changing
 * warnings are grouped per file (sheet) × code, each counted; nothing else is.
 */
import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../../src/data/types.js";
import {
  findingList,
  groupFindings,
  groupLines,
  lineRuns,
  sharedFolder,
} from "../../src/format/check/findings.js";

const f = (code: string, severity: Severity, extra: Partial<Finding> = {}): Finding => ({
  code,
  severity,
  file: "d/a.csv",
  ...extra,
});

describe("findingList with group", () => {
  // 4 warnings read first, then 6 errors in a.csv, 3 in b.csv, 1 sudden jump, 1 corrected error
  const findings: Finding[] = [
    ...Array.from({ length: 4 }, (_, i) => f("unknown-column", "warning", { line: 1, col: i })),
    ...Array.from({ length: 6 }, (_, i) => f("unknown-indicator", "error", { line: i + 2 })),
    ...[2, 5, 9].map((line) => f("bad-period", "error", { file: "d/b.csv", line })),
    f("sudden-jump", "warning", { file: "d/b.csv", line: 12 }),
    f("bad-period", "error", { file: "d/c.csv", line: 2, corrected: { file: "d/e.csv", line: 2 } }),
  ];

  it("lists the first max ranked, groups the errors and meaning warnings beyond, counts the rest", () => {
    for (let max = 0; max <= findings.length + 1; max++) {
      const list = findingList(findings, max, true);
      expect(list.shown).toHaveLength(Math.min(max, findings.length));
      const grouped = list.groups.reduce((n, g) => n + g.count, 0);
      // every finding is listed, grouped or counted: none twice, none lost
      expect(list.shown.length + grouped + list.more, `max ${max}`).toBe(findings.length);
      // every open error and meaning warning is listed or grouped
      const kept = findings.filter(
        (x) => x.code === "sudden-jump" || (x.severity === "error" && !x.corrected),
      );
      const shownKept = list.shown.filter((x) => kept.includes(x)).length;
      expect(shownKept + grouped, `max ${max}`).toBe(kept.length);
    }
  });

  it("at max 5: five errors listed; a.csv ×1 (line 7), b.csv ×3, the jump grouped; 5 counted", () => {
    const list = findingList(findings, 5, true);
    expect(list.shown.map((x) => x.line)).toEqual([2, 3, 4, 5, 6]);
    expect(list.groups).toEqual([
      { file: "d/a.csv", code: "unknown-indicator", severity: "error", count: 1, lines: [7] },
      { file: "d/b.csv", code: "bad-period", severity: "error", count: 3, lines: [2, 5, 9] },
      { file: "d/b.csv", code: "sudden-jump", severity: "warning", count: 1, lines: [12] },
    ]);
    expect(list.more).toBe(5);
  });

  it("without group: as before, every open error and meaning warning listed, no group", () => {
    const list = findingList(findings, 5, false);
    expect(list.groups).toEqual([]);
    expect(list.shown).toHaveLength(10);
  });
});

describe("groups' words", () => {
  it("lineRuns: consecutive lines as runs", () => {
    expect(lineRuns([])).toEqual([]);
    expect(lineRuns([3])).toEqual(["3"]);
    expect(lineRuns([3, 4, 5, 7, 9, 10])).toEqual(["3–5", "7", "9–10"]);
  });

  it("sharedFolder: the folder every path is in, or none", () => {
    expect(sharedFolder(["a/b/x.csv", "a/b/y.csv"])).toBe("a/b/");
    expect(sharedFolder(["a/b/x.csv", "a/c/y.csv"])).toBe("a/");
    expect(sharedFolder(["a/bc/x.csv", "a/b/y.csv"])).toBe("a/");
    expect(sharedFolder(["x.csv", "a/y.csv"])).toBe("");
  });

  it("a workbook's sheet (even one with a slash) stays on the line; the folder is the book's", () => {
    const groups = groupFindings([
      f("unknown-indicator", "error", { file: "d/m/book.xlsx!S/1", sheet: "S/1", line: 4 }),
      f("unknown-indicator", "error", { file: "d/m/book.xlsx!S/1", sheet: "S/1", line: 5 }),
      f("empty-file", "error", { file: "d/n/x.csv" }),
    ]);
    expect(groupLines(groups, { lang: "en" })).toEqual([
      "3 more errors and warnings to check, by file and code (files in d/):",
      "m/book.xlsx!S/1: error [unknown-indicator] ×2 (lines 4–5)",
      "n/x.csv: error [empty-file] ×1",
    ]);
    // the book alone: its folder, never part of the sheet's name
    expect(groupLines(groups.slice(0, 1), { lang: "en" })[1]).toBe(
      "book.xlsx!S/1: error [unknown-indicator] ×2 (lines 4–5)",
    );
    const lines = [2, 3, 4, 8, 10, 11, 20].map((line) => f("bad-period", "error", { line }));
    expect(groupLines(groupFindings(lines), { lang: "zh" })).toEqual([
      "另有 7 条错误和须核对的警告，按文件和问题归类（文件均在 d/）：",
      "a.csv：错误 [bad-period] ×7（第 2–4、8、10–11 行等）",
    ]);
    expect(groupLines(groupFindings(lines.slice(0, 1)), { lang: "en" })[1]).toBe(
      "a.csv: error [bad-period] ×1 (line 2)",
    );
  });
});

/**
 * The text digest's wrapping (src/format/report/text.ts `wrapLine`) around
 * what issue 21 found: a wrapped `::` kept its space (`x ::`, never
 * `x::`), and an opening quote mark never ends a line apart from its word.
 */
import { describe, expect, test } from "vitest";
import { wrapLine } from "../../src/format/report/text.js";
import { displayWidth } from "../../src/format/width.js";

const TEXTS = [
  `Line 3: value “${"x".repeat(50)} :\\x3aerror:\\x3aFORGED all targets pass” is not a number.`,
  `Line 3: value “${"x".repeat(58)} ::error::FORGED all” is not a number.`,
  `value “abcdefghij klmnop” is not a number “abc” and “def” and “ghi” and “jkl” and “mno”`,
  `第 3 行的数值“${"字".repeat(30)}”不是数字，请填写“数字”而不是“文字”。`,
  `“${"y".repeat(90)}”`,
];

describe("digest wrapping", () => {
  test.each(TEXTS)("%s", (text) => {
    for (let width = 20; width <= 80; width++) {
      const lines = wrapLine(text, 2, width);
      const flat = lines.map((l) => l.trim()).join("\n");
      // nothing lost or added but the breaks
      expect(flat.replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      // the space before a colon run stays (at a break it becomes the break)
      expect(flat, `${width}`).not.toMatch(/[xy]:/);
      for (const [i, l] of lines.entries()) {
        // an opening quote mark stays with its word
        if (i < lines.length - 1) expect(l, `${width}`).not.toMatch(/[“‘（《]$/);
      }
    }
  });
});

describe("a file's name is never broken (keep)", () => {
  const NAME = "县教育和体育局2025年7月.xls";
  const TEXTS = [
    `2. Digital campus coverage: owed for 2025-07, file cannot be read (${NAME}), never reported.`,
    `1. 人均体育场地面积：应报期 2025-07，文件无法读取（${NAME}），此前无已采用的数据。`,
    `你单位报送的“${NAME}”是旧版 Excel 97-2003 格式（.xls），无法读取。`,
  ];
  test.each(TEXTS)("%s", (text) => {
    let broken = 0;
    // where the name (27 columns, with its brackets 31) fits on a line
    for (let width = 36; width <= 80; width++) {
      const kept = wrapLine(text, 3, width, [NAME]);
      expect(
        kept
          .map((l) => l.trim())
          .join("")
          .replace(/\s/g, ""),
      ).toBe(text.replace(/\s/g, ""));
      // the name stands whole on one line
      expect(
        kept.some((l) => l.includes(NAME)),
        `${width}`,
      ).toBe(true);
      for (const l of kept) expect(displayWidth(l), l).toBeLessThanOrEqual(width);
      if (!wrapLine(text, 3, width).some((l) => l.includes(NAME))) broken++;
    }
    // without `keep` some widths break it (the test can fail)
    expect(broken).toBeGreaterThan(0);
  });
});

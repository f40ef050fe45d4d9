/**
 * The text digest's wrapping (src/format/report/text.ts `wrapLine`) around
 * what issue 21 found: a wrapped `::` kept its space (`x ::`, never
 * `x::`), and an opening quote mark never ends a line apart from its word.
 */
import { describe, expect, test } from "vitest";
import { wrapLine } from "../../src/format/report/text.js";

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

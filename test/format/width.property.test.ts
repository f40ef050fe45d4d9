import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth, wrap } from "../../src/format/width.js";

/** ASCII letters, spaces, CJK ideographs, full-width forms, a newline now and then. */
const piece = fc.constantFrom(
  "a",
  "b",
  "Z",
  "1",
  ".",
  "-",
  " ",
  " ",
  "  ",
  "中",
  "国",
  "城",
  "镇",
  "化",
  "５",
  "Ａ",
  "（",
  "）",
  "，",
  "。",
  "\n",
  "e\u0301",
  "😀",
);
const text = fc.array(piece, { maxLength: 80 }).map((p) => p.join(""));

describe("wrap (property)", () => {
  it("keeps every character in order: joining the lines gives the text back", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), (s, width) => {
        expect(wrap(s, width).join("")).toBe(s.replace(/\n/g, ""));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps existing line breaks: a line per paragraph at least", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), (s, width) => {
        const lines = wrap(s, width);
        expect(lines.length).toBeGreaterThanOrEqual(s.split("\n").length);
        // joining with the breaks at paragraph ends gives the paragraphs back
        const paragraphs = s.split("\n");
        let i = 0;
        for (const p of paragraphs) {
          let got = "";
          do got += lines[i] ?? "";
          while (got.length < p.length && ++i < lines.length);
          expect(got).toBe(p);
          i++;
        }
        expect(i).toBe(lines.length);
      }),
      { numRuns: 300 },
    );
  });

  it("never exceeds the width when width ≥ 2", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 30 }), (s, width) => {
        for (const line of wrap(s, width)) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }),
      { numRuns: 500 },
    );
  });

  it("at width 1 only a lone double-width character may exceed it", () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const line of wrap(s, 1)) {
          if (displayWidth(line) > 1) {
            expect(displayWidth(line)).toBe(2);
            expect([...line].filter((ch) => displayWidth(ch) > 0)).toHaveLength(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("examples: CJK breaks anywhere, ASCII at spaces", () => {
    expect(wrap("城镇化率达到百分之五十三", 6)).toEqual(["城镇化", "率达到", "百分之", "五十三"]);
    expect(wrap("one two three", 7)).toEqual(["one ", "two ", "three"]);
    expect(wrap("a\n\nb", 5)).toEqual(["a", "", "b"]);
  });

  it("never cuts a colour code: every line holds whole SGR sequences only", () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: SGR sequences are control characters
    const SGR = /\u001b\[[0-9;]*m/g;
    const coloured = fc
      .array(
        fc.oneof(
          piece,
          fc.constantFrom("\u001b[31m", "\u001b[39m", "\u001b[1m", "\u001b[22m", "\u001b[90m"),
        ),
        { maxLength: 80 },
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(coloured, fc.integer({ min: 1, max: 30 }), (s, width) => {
        const lines = wrap(s, width);
        expect(lines.join("")).toBe(s.replace(/\n/g, ""));
        for (const line of lines) {
          const rest = line.replace(SGR, "");
          expect(rest).not.toContain("\u001b");
          if (width >= 2) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        }
      }),
      { numRuns: 500, seed: 11 },
    );
    // the case the analyst saw: a red Chinese status cell wrapped at 4 columns
    const lines = wrap("\u001b[31m存在风险\u001b[39m", 4);
    expect(lines).toEqual(["\u001b[31m存在", "风险\u001b[39m"]);
  });
});

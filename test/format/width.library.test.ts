/**
 * Display width against string-width (8.3.0, a devDependency) as the oracle.
 *
 * Every assigned code point alone has string-width's width. Sequences are
 * summed code point by code point, which agrees with string-width for text
 * as plans and drops hold it (any mix of the pieces below), and differs only
 * where several code points form one narrower cluster, pinned below:
 * emoji ZWJ sequences, keycaps and emoji with a presentation selector, and
 * conjoining hangul jamo. None occurs in a plan, a drop or cwplan's own words;
 * segmenting graphemes for them would cost every start Intl.Segmenter's
 * first use (~15 ms).
 */
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/format/width.js";

describe("displayWidth against string-width", () => {
  it("agrees on every assigned code point", () => {
    const assigned = /\p{Assigned}/u;
    let compared = 0;
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!assigned.test(ch)) continue;
      compared++;
      if (displayWidth(ch) !== stringWidth(ch)) differ.push(cp.toString(16));
    }
    expect(compared).toBeGreaterThan(280_000);
    expect(differ).toEqual([]);
  });

  const piece = fc.constantFrom(
    "a",
    "Z",
    "7",
    " ",
    ".",
    "中",
    "镇",
    "𠀋",
    "５",
    "Ａ",
    "（",
    "，",
    "。",
    "ｶﾞ",
    "é",
    "e\u0301",
    "\u200b",
    "\u00ad",
    "😀",
    "🏠",
    "🇨🇳",
    "★",
    "±",
    "№",
    "²",
    "\u001b[31m",
    "\u001b[39m",
  );

  it("agrees on any mix of the characters plans, drops and outputs hold", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const s = pieces.join("");
        expect(displayWidth(s)).toBe(stringWidth(s));
      }),
      { numRuns: 1000, seed: 9 },
    );
  });

  it.each([
    ["a family (ZWJ sequence)", "👨\u200d👩\u200d👧", 6, 2],
    ["a keycap", "1\ufe0f\u20e3", 1, 2],
    ["a text symbol shown as emoji", "☺\ufe0f", 1, 2],
    ["conjoining hangul jamo", "\u1100\u1161", 3, 2],
    ["conjoining hangul jamo with a final", "\u1100\u1161\u11a8", 4, 2],
  ])("differs, summing code points, on %s", (_, s, ours, theirs) => {
    expect(displayWidth(s)).toBe(ours);
    expect(stringWidth(s)).toBe(theirs);
  });
});

/** Figures and time as a reader says them: the indicator's precision, 剩余N天, 序时进度. */
import { describe, expect, it } from "vitest";
import { digitsFor, pct, valueText } from "../../src/format/numbers.js";
import { daysLeftText, paceWords } from "../../src/i18n/check.js";

describe("precision", () => {
  it.each([
    ["人", undefined, 0],
    ["人", 4700, 0],
    ["人次", 900, 0],
    ["个", 30, 0],
    ["个", 4.8, 1],
    ["家", 1, 0],
    ["%", 53, 1],
    ["%", 97.5, 1],
    ["万千瓦", 40, 1],
    ["平方米", 2.7, 1],
    ["万人", 6, 1],
    ["万平方米", 12.35, 2],
  ])("%s (the plan writes %s) → %i decimals", (unit, written, digits) => {
    expect(digitsFor(unit, written)).toBe(digits);
  });

  it.each([
    [2703.21, "人", 4700, "2,703 人"],
    [0.75, "家", 1, "1 家"],
    [49.99, "%", 53, "50%"],
    [49.94, "%", 53, "49.9%"],
    [35.47, "万千瓦", 40, "35.5 万千瓦"],
    [4.75, "个", 4.8, "4.8 个"],
    [1650, "人", 3600, "1,650 人"],
  ])("%d %s → %s", (v, unit, written, text) => {
    expect(valueText(v, unit, "zh", digitsFor(unit, written))).toBe(text);
  });
});

describe("time and pace in words", () => {
  it.each([
    [153, "zh", "剩余153天"],
    [0, "zh", "剩余0天"],
    [-20, "zh", "已超期20天"],
    [153, "en", "153 days left"],
    [-20, "en", "20 days overdue"],
  ] as const)("%i days, %s → %s", (days, lang, text) => {
    expect(daysLeftText(days, lang)).toBe(text);
  });

  it.each([
    [1.41, "zh", "序时进度的141%"],
    [0.666, "zh", "序时进度的67%"],
    [0, "en", "0% of pace"],
    [1.06, "en", "106% of pace"],
  ] as const)("P = %d, %s → %s", (P, lang, text) => {
    expect(paceWords(pct(P), lang)).toBe(text);
  });
});

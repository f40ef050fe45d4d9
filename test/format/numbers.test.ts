/** num() writes numbers as Intl.NumberFormat("en-US") would, without its start-up cost. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bar, num, pct, pctOf, plainNumber, signed, sparkline } from "../../src/format/numbers.js";

describe("num", () => {
  it.each([
    [2350, "2,350"],
    [0.5, "0.5"],
    [49.99, "49.99"],
    [1234567.891, "1,234,567.89"],
    [-0.001, "0"],
    [-1500.5, "-1,500.5"],
    [100, "100"],
    [0, "0"],
  ])("%d → %s", (v, text) => {
    expect(num(v)).toBe(text);
  });

  it("matches Intl.NumberFormat for any number and precision", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (v, digits) => {
          const intl = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits }).format(v);
          expect(num(v, digits)).toBe(intl.replace(/^-0$/, "0"));
        },
      ),
    );
  });

  it("says — for a missing or infinite number", () => {
    expect(num(undefined)).toBe("—");
    expect(num(Number.POSITIVE_INFINITY)).toBe("—");
  });
});

describe("bar and sparkline", () => {
  it("draw a share and a series", () => {
    expect(bar(0.72, 10)).toBe("███████░░░ 72%");
    expect(bar(1.3, 4)).toBe("████ 130%");
    expect(bar(undefined)).toBe("");
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe("▁▂▃▄▅▆▇█");
    expect(sparkline([5])).toBe("");
  });
});

describe("percentages, signs and plain numbers (the one formatter)", () => {
  it("pct: whole percent by default, decimals when asked; — when unknown", () => {
    expect(pct(0.72)).toBe("72%");
    expect(pct(1.41)).toBe("141%");
    expect(pct(0.4887, 1)).toBe("48.9%");
    expect(pct(0.07, 2)).toBe("7%"); // 0.07 * 100 is 7.000000000000001
    expect(pct(0.025, 2)).toBe("2.5%");
    expect(pct(undefined)).toBe("—");
    expect(pct(Number.NaN, 1)).toBe("—");
  });

  it("pctOf rounds the exact quotient: 23 of 40 is 58%, where (23 / 40) * 100 rounds to 57", () => {
    expect(Math.round((23 / 40) * 100)).toBe(57);
    expect(pctOf(23, 40)).toBe("58%");
    expect(pctOf(12, 14)).toBe("86%");
  });

  it("signed: + and -, ±0; the page's − and a table's 0 on request", () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(["+3", "-2", "±0"]);
    expect(signed(-2, { minus: "−" })).toBe("−2");
    expect(signed(0, { zero: "0" })).toBe("0");
    // with digits, written by num; a change that rounds to 0 is no change (was "+0" in the final report)
    expect(signed(1250.5, { digits: 1 })).toBe("+1,250.5");
    expect(signed(-1250.5, { digits: 1, zero: "0" })).toBe("-1,250.5");
    expect(signed(0.1 + 0.2 - 0.3, { digits: 2, zero: "0" })).toBe("0");
    expect(signed(0.3 - (0.1 + 0.2), { digits: 2, zero: "0" })).toBe("0");
  });

  it("plainNumber: no grouping, at most 4 decimals", () => {
    expect(plainNumber(1234567.123456)).toBe(1234567.1235);
    expect(String(plainNumber(0.1 + 0.2))).toBe("0.3");
  });
});

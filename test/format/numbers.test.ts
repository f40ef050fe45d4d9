/** num() writes numbers as Intl.NumberFormat("en-US") would, without its start-up cost. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bar, num, sparkline } from "../../src/format/numbers.js";

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

import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  endOfYear,
  isIsoDate,
  isMonthEnd,
  isPeriod,
  monthsBetween,
  monthsElapsedInYear,
  periodEnd,
  periodEndingIn,
  periodStart,
  periodWindow,
  startOfYear,
  toDate,
  yearOf,
} from "../src/calendar.js";

describe("dates", () => {
  it("maps a period to its last day", () => {
    expect(periodEnd("2023")).toBe("2023-12-31");
    expect(periodEnd("2024-Q1")).toBe("2024-03-31");
    expect(periodEnd("2024-Q2")).toBe("2024-06-30");
    expect(periodEnd("2024-Q4")).toBe("2024-12-31");
    expect(periodEnd("2024-02")).toBe("2024-02-29");
    expect(periodEnd("2025-02")).toBe("2025-02-28");
    expect(periodEnd("2025-11")).toBe("2025-11-30");
  });

  it("maps a period to its first day", () => {
    expect(periodStart("2024")).toBe("2024-01-01");
    expect(periodStart("2024-Q3")).toBe("2024-07-01");
    expect(periodStart("2024-05")).toBe("2024-05-01");
  });

  it("rejects what is not a period or a date", () => {
    expect(() => periodEnd("2024-13")).toThrow(RangeError);
    expect(() => periodEnd("2024-Q5")).toThrow(RangeError);
    expect(() => periodEnd("24")).toThrow(RangeError);
    expect(isPeriod("2024-00")).toBe(false);
    expect(isPeriod("2024-Q2")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2024-02-29")).toBe(true);
  });

  it("counts days in UTC, across leap years", () => {
    expect(daysBetween("2024-01-01", "2025-12-31")).toBe(730);
    expect(daysBetween("2023-12-31", "2025-12-31")).toBe(731);
    expect(daysBetween("2025-12-31", "2024-12-31")).toBe(-365);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  });

  it("shifts months keeping month ends", () => {
    expect(addMonths("2025-06-30", -3)).toBe("2025-03-31");
    expect(addMonths("2025-01-30", 1)).toBe("2025-02-28");
    expect(addMonths("2025-05-15", -3)).toBe("2025-02-15");
    expect(addMonths("2025-02-28", 12)).toBe("2026-02-28");
    expect(addMonths("2024-02-29", -12)).toBe("2023-02-28");
  });

  it("counts whole months between dates", () => {
    expect(monthsBetween("2025-03-31", "2025-06-30")).toBe(3);
    expect(monthsBetween("2025-02-28", "2025-06-30")).toBe(4);
    expect(monthsBetween("2025-03-15", "2025-06-14")).toBe(2);
    expect(monthsBetween("2025-06-30", "2025-03-31")).toBe(0);
  });

  it("counts months elapsed in the year at a date", () => {
    expect(monthsElapsedInYear("2025-06-30")).toBe(6);
    expect(monthsElapsedInYear("2025-12-31")).toBe(12);
    expect(monthsElapsedInYear("2025-03-31")).toBe(3);
    expect(monthsElapsedInYear("2025-06-15")).toBe(5.5);
  });

  it("has year helpers and as-of parsing", () => {
    expect(yearOf("2025-03-31")).toBe(2025);
    expect(startOfYear(2025)).toBe("2025-01-01");
    expect(endOfYear(2025)).toBe("2025-12-31");
    expect(isMonthEnd("2024-02-29")).toBe(true);
    expect(isMonthEnd("2025-02-27")).toBe(false);
    expect(toDate("2025-06")).toBe("2025-06-30");
    expect(toDate("2025")).toBe("2025-12-31");
    expect(toDate("2025-05-20")).toBe("2025-05-20");
    expect(() => toDate("May 2025")).toThrow(RangeError);
  });
});

describe("the period window: one answer for the years a figure may be for", () => {
  const window = periodWindow({ start: "2024-01-01", end: "2025-12-31" });

  it("rows from ten years before the start (STATUS-RULES rule 4) to the window's end", () => {
    expect(window).toEqual({
      first: 2014,
      baseline: 2023,
      last: 2025,
      earliest: "2014-01-01",
      latest: "2025-12-31",
    });
  });

  it("a 2023 baseline row and a 2020 census row are inside; 2205 and 2013 are not", () => {
    const inside = (p: string) => periodEnd(p) >= window.earliest && periodEnd(p) <= window.latest;
    expect(inside("2023")).toBe(true);
    expect(inside("2020")).toBe(true);
    expect(inside("2205")).toBe(false);
    expect(inside("2013")).toBe(false);
    expect(inside("2026-01")).toBe(false);
  });

  it("a plan starting mid-year has the same shape", () => {
    expect(periodWindow({ start: "2021-07-01", end: "2025-06-30" })).toMatchObject({
      first: 2011,
      baseline: 2020,
      last: 2025,
      latest: "2025-06-30",
    });
  });
});

describe("periodEndingIn", () => {
  it("the month, the quarter and the year that end in a month", () => {
    expect(periodEndingIn("2025-06", 1)).toBe("2025-06");
    expect(periodEndingIn("2025-06", 3)).toBe("2025-Q2");
    expect(periodEndingIn("2025-06-30", 3)).toBe("2025-Q2");
    expect(periodEndingIn("2025-05", 3)).toBeUndefined();
    expect(periodEndingIn("2025-12-31", 12)).toBe("2025");
    expect(periodEndingIn("2025-09", 12)).toBeUndefined();
  });
});

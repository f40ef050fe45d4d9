/**
 * A value cell as departments type it: a number, with its unit or a scale
 * word written after it (3.5万, 0.2万人, 30.5万千瓦), read in the
 * indicator's unit; anything else is still not a number.
 */
import { describe, expect, it } from "vitest";
import { validateText } from "../../src/data/read.js";
import { checkValue } from "../../src/data/value.js";
import { loadPlan } from "../../src/plan/load.js";

const { plan } = await loadPlan();
const indicator = (id: string) => {
  const ind = plan.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(`no indicator ${id}`);
  return ind;
};

describe("a unit or scale after the number", () => {
  it.each([
    // value, unit cell, indicator (its unit), read as
    ["0.25万", "", "urban-new-jobs", 2500], // 人
    ["3.5万", "人", "urban-new-jobs", 35000],
    ["1.2亿", "", "urban-new-jobs", 120_000_000],
    ["2,500人", "", "urban-new-jobs", 2500],
    ["2500 人", "", "urban-new-jobs", 2500],
    ["0.2万人", "", "young-talent", 2000],
    ["30.5万千瓦", "", "renewable-capacity", 30.5], // 万千瓦
    ["30万", "", "renewable-capacity", 30],
    ["30万", "千瓦", "renewable-capacity", 30], // 30万千瓦 whichever way
    ["30万", "万千瓦", "renewable-capacity", 30],
    ["3.5万", "万人", "urban-new-jobs", 35000],
    ["300000千瓦", "", "renewable-capacity", 30],
    ["95万平方米", "", "green-building-area", 95], // 万平方米
    ["35家", "", "key-labs", 35],
  ] as const)("%s (unit %j) of %s is %d", (text, unit, id, expected) => {
    expect(checkValue(text, unit, indicator(id))).toBeCloseTo(expected, 9);
  });

  it.each([
    ["五十", "", "urban-new-jobs"],
    ["2025年", "", "urban-new-jobs"], // 年 is no unit of people
    ["3.5万人", "人", "urban-new-jobs"], // a unit in both cells: which one is meant?
    ["50万", "", "coal-unit-retrofit"], // a milestone takes a state
  ] as const)("%s (unit %j) of %s is refused", (text, unit, id) => {
    expect(checkValue(text, unit, indicator(id))).toMatchObject({ field: "value" });
  });

  it("a scale beyond a percentage's range is out of range, not silently scaled", () => {
    expect(checkValue("50万", "", indicator("urbanization-rate"))).toMatchObject({
      code: "value-above-max",
    });
  });

  it("a drop row so written is valid and carries the converted figure", () => {
    const r = validateText(
      "indicator,period,value\nurban-new-jobs,2025年6月,0.25万\nurban-new-jobs,2025年5月,2025年\n",
      "d.csv",
      plan,
    );
    expect([r.rowsRead, r.rowsValid, r.rowsInvalid]).toEqual([2, 1, 1]);
    expect(r.observations.map((o) => o.value)).toEqual([2500]);
    expect(r.findings.map((f) => `${f.code}@${f.line}`)).toEqual(["value-not-number@3"]);
  });
});

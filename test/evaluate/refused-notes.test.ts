/**
 * `newer-refused` (issue 20, item 4): a figure refused after reading (a
 * likely fraction) is named on the target it would have moved, for a
 * county row and, where area rows make the target, for an area row too —
 * only when it is newer than the figure standing in its place.
 */
import { describe, expect, it } from "vitest";
import type { Observation } from "../../src/data/types.js";
import { evaluate } from "../../src/evaluate/check.js";
import type { TargetResult } from "../../src/evaluate/types.js";
import { noteMessage } from "../../src/i18n/notes.js";
import type { Indicator } from "../../src/plan/types.js";
import { INDICATORS, makePlan, makeTarget, obs } from "./helpers.js";

const share: Indicator = {
  id: "share",
  name: { zh: "占比", en: "share" },
  unit: "%",
  kind: "level",
  rollup: "sum",
  byArea: true,
};
const flat: Indicator = { ...share, id: "flat", rollup: "none" };

function run(
  targets: ReturnType<typeof makeTarget>[],
  rows: Observation[],
  refused: Observation[],
): TargetResult[] {
  const plan = makePlan({ targets, indicators: [...INDICATORS, share, flat] });
  return evaluate(plan, rows, { asOf: "2025-07-31", refused }).results;
}

const refusedRow = (indicator: string, area: string | null): Observation => ({
  ...obs(indicator, "2025-07", 0.512, area),
  file: "drops/县统计局-2025-07.csv",
  line: 3,
});

describe("newer-refused for area rows", () => {
  it("a per-area target gets the note for a refused area row newer than that area's figure", () => {
    const t = makeTarget({
      indicator: "share",
      unit: "%",
      value: 2,
      perArea: { comparator: ">=", value: 50, unit: "%" },
    });
    const [r] = run(
      [t],
      [obs("share", "2025-06", 50.1, "a1"), obs("share", "2025-07", 51, "a2")],
      [refusedRow("share", "a1")],
    );
    const note = r?.notes.find((n) => n.code === "newer-refused");
    expect(note?.args).toMatchObject({ area: "a1", areaZh: "甲镇", period: "2025-07" });
    expect(noteMessage("newer-refused", note?.args, "zh")).toBe(
      "2025-07（甲镇）报送的 0.512 已退回（疑为小数形式的百分比，drops/县统计局-2025-07.csv 第 3 行），此处仍为上次采用的数值",
    );
    expect(noteMessage("newer-refused", note?.args, "en")).toContain(
      "sent for 2025-07 (A) was refused",
    );
  });

  it("no note where the area's standing figure is as new as the refused row", () => {
    const t = makeTarget({
      indicator: "share",
      unit: "%",
      value: 2,
      perArea: { comparator: ">=", value: 50, unit: "%" },
    });
    // a1's July figure was accepted from another file: the refused row changed nothing
    const [r] = run([t], [obs("share", "2025-07", 51.2, "a1")], [refusedRow("share", "a1")]);
    expect(r?.notes.map((n) => n.code)).not.toContain("newer-refused");
  });

  it("a county target rolled up from its areas gets the note; one whose areas do not count does not", () => {
    const rolled = makeTarget({ indicator: "share", unit: "%", value: 60 });
    const county = makeTarget({ indicator: "flat", unit: "%", value: 60 });
    const [a, b] = run(
      [rolled, county],
      [obs("share", "2025-06", 50.1, "a1"), obs("flat", "2025-06", 50.1)],
      [refusedRow("share", "a1"), refusedRow("flat", "a1")],
    );
    expect(a?.notes.filter((n) => n.code === "newer-refused").map((n) => n.args?.area)).toEqual([
      "a1",
    ]);
    expect(b?.notes.map((n) => n.code)).not.toContain("newer-refused");
  });

  it("a county row still gets the note (no area named)", () => {
    const t = makeTarget({ indicator: "flat", unit: "%", value: 60 });
    const [r] = run([t], [obs("flat", "2025-06", 50.1)], [refusedRow("flat", null)]);
    const note = r?.notes.find((n) => n.code === "newer-refused");
    expect(note?.args).toEqual({
      period: "2025-07",
      value: 0.512,
      file: "drops/县统计局-2025-07.csv",
      line: 3,
    });
  });
});

/**
 * Issue 20, item 3, as a property (fixed seed): whatever the senders and the
 * order of the files, the figure that stands for one indicator, area and
 * date is the last one read among those that count as the owner's (the
 * owner's, or one whose sender is not known); another unit's only where
 * there is none such, then the last of those — and it carries its source
 * exactly then. Oracle: that rule over the rows, in order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DuplicateIndex } from "../../src/data/duplicates.js";
import { validateText } from "../../src/data/read.js";
import type { Observation } from "../../src/data/types.js";
import { HistoryStore } from "../../src/evaluate/history.js";
import { miniPlan } from "../data/mini-plan.js";

// pv-capacity-new is owned by measure 2's lead, 住建局 (housing); 发改局 shares it, 人社局 has no part
const SENDERS = [
  { by: "住建局", id: "housing", own: true },
  { by: "", id: null, own: true },
  { by: "发改局", id: "devrc", own: false },
  { by: "人社局", id: "hrss", own: false },
] as const;

describe("which figure stands, whatever the order", () => {
  it("the owner's last, else another unit's last, with its source (fixed seed)", () => {
    const file = fc.record({
      sender: fc.constantFrom(...SENDERS),
      value: fc.integer({ min: 1, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 6 }), (files) => {
        const duplicates = new DuplicateIndex();
        const observations: Observation[] = [];
        files.forEach((f, i) => {
          const text = `indicator,period,value,reported_by\npv-capacity-new,2025-07,${f.value},${f.sender.by}\n`;
          // a file name that names no unit: the row's reported_by alone says who sent it
          const r = validateText(text, `drop-${i}.csv`, miniPlan, { duplicates });
          expect(r.rowsValid).toBe(1);
          observations.push(...r.observations);
        });
        const point = HistoryStore.of(miniPlan, observations)
          .histories()
          .get("pv-capacity-new")
          ?.county.find((p) => p.date === "2025-07-31");
        const own = files.filter((f) => f.sender.own);
        const expected = (own.length > 0 ? own : files).at(-1);
        expect(point?.value).toBe(expected?.value);
        if (own.length > 0) expect(point?.source).toBeUndefined();
        else expect(point?.source?.unit).toBe(expected?.sender.id);
      }),
      { seed: 20, numRuns: 300 },
    );
  });
});

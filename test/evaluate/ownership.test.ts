/**
 * Owners: every Chengwu target has one, README's table says the same as the
 * plan, and a unit's roll-up counts only the targets it owns — a target it
 * only shares never turns it red.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDrops } from "../../src/data/read.js";
import { evaluate, rollupByUnit } from "../../src/evaluate/check.js";
import type { Status, TargetResult } from "../../src/evaluate/types.js";
import { loadPlan } from "../../src/plan/load.js";
import { ownerOf, ownership, unitsOfTarget } from "../../src/plan/owners.js";
import { worst } from "../../src/vocabulary.js";
import { makePlan, makeTarget } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const { plan } = await loadPlan();
const STATUSES: Status[] = ["pass", "behind", "at-risk", "missed", "no-data"];

describe("the Chengwu owner table", () => {
  it("gives each of the 48 targets an owner, a known unit, named by the target's measure where it has one", () => {
    expect(plan.targets).toHaveLength(48);
    const units = new Set(plan.units.map((u) => u.id));
    for (const t of plan.targets) {
      const o = ownership(plan).get(t.id);
      expect(o?.source, t.id).toBe("assigned");
      expect(units.has(o?.unit ?? ""), t.id).toBe(true);
      const m = plan.measures.find((x) => x.number === t.measure);
      if (m)
        expect(
          m.units.map((u) => u.unit),
          t.id,
        ).toContain(o?.unit);
    }
    // the headline target: the statistics bureau, a lead of measure 27 (monitoring urbanization)
    expect(ownerOf(plan, plan.targets.find((t) => t.measure === null) as never)).toBe("statistics");
  });

  it("README's owner table lists every target with the plan's owner", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Who owns each target"));
    const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \| [^|]+ \| `([a-z0-9-]+)` \|/gm)].map(
      (m) => [m[1], m[2]],
    );
    expect(rows).toEqual(plan.targets.map((t) => [t.id, ownerOf(plan, t)]));
  });

  it("without an `owner`, a measure's single lead or sole unit owns; a shared measure's target has none", () => {
    const p = makePlan({
      targets: [
        makeTarget({ id: "led", indicator: "lvl", measure: 1 }),
        makeTarget({ id: "sole", indicator: "lvl", measure: 2 }),
        makeTarget({ id: "assigned", indicator: "lvl", measure: 1, owner: "u3" }),
        makeTarget({ id: "headline", indicator: "lvl", measure: null }),
      ],
    });
    const o = ownership(p);
    expect([...o].map(([id, x]) => [id, x?.unit, x?.source])).toEqual([
      ["led", "u1", "measure-lead"],
      ["sole", "u2", "measure-lead"],
      ["assigned", "u3", "assigned"],
      ["headline", undefined, undefined],
    ]);
    // the measure's other units share it; an assigned owner outside the measure leaves all of them sharing
    expect(unitsOfTarget(p, p.targets[2] as never)).toEqual({ owner: "u3", shared: ["u1", "u2"] });
  });
});

describe("per-unit roll-ups count only owned targets", () => {
  it("on the sample, no unit's roll-up counts a target it does not own", async () => {
    const drops = await readDrops([join(ROOT, "fixtures", "sample.csv")], plan);
    const check = evaluate(plan, drops.observations);
    for (const u of check.byUnit) {
      const owned = check.results.filter((r) => ownerOf(plan, r.target) === u.unit.id);
      const counted = Object.values(u.summary).reduce((a, b) => a + b, 0);
      expect(counted, u.unit.id).toBe(owned.length);
      expect(u.worst, u.unit.id).toBe(worst(owned.map((r) => r.status)));
      for (const t of u.targets) expect(t.owns, `${u.unit.id} ${t.id}`).toBe(t.owner === u.unit.id);
    }
    // 县人力资源和社会保障局 shares day-care-2025 (measure 22) but the Civil Affairs bureau owns it
    const hr = check.byUnit.find((u) => u.unit.id === "human-resources");
    const dayCare = hr?.targets.find((t) => t.id === "day-care-2025");
    expect(dayCare).toMatchObject({ owns: false, owner: "civil-affairs", status: "at-risk" });
    expect(hr?.worst).toBe("behind");
  });

  it("changing the status of targets a unit only shares never changes its roll-up", () => {
    const base = evaluate(plan, []).results;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STATUSES), { minLength: 48, maxLength: 48 }),
        fc.array(fc.constantFrom(...STATUSES), { minLength: 48, maxLength: 48 }),
        fc.constantFrom(...plan.units.map((u) => u.id)),
        (a, b, unit) => {
          const withStatus = (s: Status[]) =>
            base.map((r, i) => ({ ...r, status: s[i] as Status }) as TargetResult);
          const first = withStatus(a);
          // b differs from a only on targets this unit does not own
          const second = withStatus(
            a.map((s, i) =>
              ownerOf(plan, base[i]?.target as never) === unit ? s : (b[i] as Status),
            ),
          );
          const r1 = rollupByUnit(plan, first).find((u) => u.unit.id === unit);
          const r2 = rollupByUnit(plan, second).find((u) => u.unit.id === unit);
          expect(r2?.summary).toEqual(r1?.summary);
          expect(r2?.worst).toEqual(r1?.worst);
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });
});

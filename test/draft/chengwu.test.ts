/**
 * Issue 22's acceptance for `cwplan draft` on the Chengwu text (the seed
 * document, copied into fixtures/draft/chengwu.txt), with plan/chengwu.yaml
 * as the answer: its 42 quantified targets (comparator, value, unit,
 * deadline, a verbatim quote overlapping the answer's), its 35 units, its 27
 * measures (number, section, verbatim text), and the drafted targets that are
 * none of the plan's. The figures are printed.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { draftPlan } from "../../src/draft/build.js";
import { readDocument } from "../../src/draft/read.js";
import { compareDraft } from "./compare.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const answer: unknown = parse(readFileSync(`${root}plan/chengwu.yaml`, "utf8"));

describe("draft of the Chengwu plan text against plan/chengwu.yaml", async () => {
  const text = await readDocument(`${root}fixtures/draft/chengwu.txt`);
  const draft = draftPlan(text, "chengwu.txt");
  const r = compareDraft(draft.plan, answer, text);

  it("prints the figures", () => {
    console.log(
      [
        `quantified targets right: ${r.targetsRight}/${r.quantified} (milestones found ${r.milestonesFound}/${r.milestones})`,
        `drafted targets not in the plan: ${r.extra.length}`,
        `units found: ${r.unitsFound}/${r.units}`,
        `measures right (number, section, verbatim text): ${r.measuresRight}/${r.measures}`,
        ...r.wrong.map((w) => `  wrong or missing: ${w}`),
        ...r.extra.map((w) => `  not in the plan: ${w}`),
        ...r.missingUnits.map((w) => `  unit not found: ${w}`),
      ].join("\n"),
    );
    expect(r.quantified).toBe(42);
  });

  it("finds at least 40 of the 42 quantified targets right, with verbatim quotes", () => {
    expect(r.targetsRight).toBeGreaterThanOrEqual(40);
    for (const t of draft.plan.targets) expect(text).toContain(t.quote);
  });

  it("drafts fewer than 5 targets that are not targets of the plan", () => {
    expect(r.extra.length).toBeLessThan(5);
  });

  it("finds at least 30 of the 35 units", () => {
    expect(r.units).toBe(35);
    expect(r.unitsFound).toBeGreaterThanOrEqual(30);
  });

  it("finds all 27 measures with their verbatim text", () => {
    expect(r.measures).toBe(27);
    expect(r.measuresRight).toBe(27);
  });
});

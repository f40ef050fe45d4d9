/** The plan file says what the document says: quotes, texts, units, numbers. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_PLAN, loadPlan } from "../../src/plan/load.js";
import { unitRegistry } from "../../src/plan/registry.js";
import type { Plan } from "../../src/plan/types.js";

const seed = readFileSync(join(import.meta.dirname, "..", "..", "plan", "source.txt"), "utf8");
let plan: Plan;
beforeAll(async () => {
  plan = (await loadPlan(EMBEDDED_PLAN)).plan;
});

describe("the embedded plan", () => {
  it("ships the seed document unchanged", () => {
    const shared = join(
      import.meta.dirname,
      "..",
      "..",
      "..",
      "shared",
      "seed",
      "000_cbb9e9dab1c9c528.txt",
    );
    let original: string | undefined;
    try {
      original = readFileSync(shared, "utf8");
    } catch {
      original = undefined; // outside the workplace the copy in plan/ is the source
    }
    if (original !== undefined) expect(seed).toBe(original);
    expect(seed).toContain("成政发〔2024〕3号");
  });

  it("has every measure 1–27 exactly once, each text verbatim", () => {
    expect(plan.measures.map((m) => m.number)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    for (const m of plan.measures) {
      expect(seed, `measure ${m.number}`).toContain(m.text);
      expect(m.text.startsWith(`${m.number}.${m.title.zh}。`)).toBe(true);
    }
  });

  it("quotes every target verbatim", () => {
    for (const t of plan.targets) {
      expect(seed, t.id).toContain(t.quote);
      if (t.baseline?.quote) expect(seed, t.id).toContain(t.baseline.quote);
    }
  });

  it("lists every unit a responsibility line names, with its role", () => {
    const units = unitRegistry(plan);
    for (const m of plan.measures) {
      const line = m.text.slice(m.text.lastIndexOf("（") + 1, -1);
      const [leadPart, rest] = line.includes("牵头")
        ? (line.split("牵头") as [string, string])
        : [undefined, line];
      const names = (s: string) =>
        s
          .replace(/(按职责)?分工负责$|负责$/, "")
          .split(/[、，]/)
          .filter(Boolean);
      const expected = [
        ...(leadPart ? names(leadPart).map((n) => [n, "lead"]) : []),
        ...names(rest).map((n) => [
          n,
          names(rest).length === 1 && !leadPart && !/分工负责$/.test(rest) ? "sole" : "shared",
        ]),
      ];
      const actual = m.units.map((r) => [r.unit, r.role]);
      expect(actual, `measure ${m.number}`).toEqual(
        expected.map(([n, role]) => [units.find(n as string)?.id, role]),
      );
    }
  });

  it("resolves both names the document gives one body to the same unit", () => {
    const units = unitRegistry(plan);
    expect(units.find("县发展和改革委员会")).toBe(units.find("县发展和改革局"));
    expect(units.find("县住房城乡建设局")).toBe(units.find("县住房和城乡建设局"));
    expect(units.find("组织部")?.id).toBe("organization-dept");
    expect(units.find("社工部")?.id).toBe("social-work-dept");
    expect(plan.units).toHaveLength(35);
  });

  it("carries the headline target and the numbers the document states", () => {
    const t = (id: string) => plan.targets.find((x) => x.id === id);
    expect(t("urbanization-rate-2025")).toMatchObject({
      measure: null,
      comparator: "~",
      value: 53,
      unit: "%",
      deadline: "2025-12-31",
    });
    expect(t("urban-new-jobs-annual")).toMatchObject({
      measure: 14,
      comparator: ">=",
      value: 4700,
      cadence: "annual",
      unit: "人",
    });
    expect(t("key-labs-2025")).toMatchObject({ comparator: ">", value: 35, unit: "家" });
    expect(t("renewable-capacity-2025")).toMatchObject({ value: 40, unit: "万千瓦" });
    expect(t("green-building-area-2025")).toMatchObject({ value: 180, unit: "万平方米" });
    expect(t("black-odorous-water-zero")).toMatchObject({ comparator: "<=", value: 0 });
    expect(t("old-communities-2024")).toMatchObject({ value: 10, deadline: "2024-12-31" });
    expect(t("outpatient-reimbursement-2025")?.baseline).toMatchObject({
      value: 0,
      date: "2020-12-31",
    });
    expect(t("town-population-60k")?.perArea).toMatchObject({ value: 6, unit: "万人" });
    const quantified = plan.targets.filter((x) => typeof x.value === "number");
    expect(quantified.length).toBeGreaterThanOrEqual(40);
    expect(plan.areas).toHaveLength(13);
  });

  it("takes every number in a quote into the target (no misread values)", () => {
    for (const t of plan.targets) {
      if (typeof t.value !== "number" || t.perArea) continue;
      const numbers = (t.quote.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      if (t.value === 100 && /全覆盖/.test(t.quote)) continue;
      if (t.comparator === "<=" && t.value === 0) continue;
      expect(numbers, t.id).toContain(t.value);
    }
  });
});

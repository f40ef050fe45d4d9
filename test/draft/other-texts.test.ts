/**
 * `cwplan draft` on plan texts of other places and wordings than Chengwu's
 * (fixtures/draft/*.txt, written for these tests), each against the targets
 * written by hand beside it (*.expected.yaml): recall (stated targets found
 * with the right comparator, value, unit and deadline) and precision (the
 * share of drafted targets that are real ones). The figures are printed;
 * each text's draft must load as a plan.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { draftPlan } from "../../src/draft/build.js";
import { draftYaml } from "../../src/draft/emit.js";
import { readDocument } from "../../src/draft/read.js";
import { parsePlan } from "../../src/plan/parse.js";

const dir = fileURLToPath(new URL("../../fixtures/draft/", import.meta.url));
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".expected.yaml"))
  .map((f) => f.replace(/\.expected\.yaml$/, ""));

interface Expected {
  window: { start: string; end: string };
  number?: string;
  issuer?: string;
  issued?: string;
  measures: number;
  units: string[];
  targets: [string, string, number | string, string, string][];
}

const isExpected = (x: unknown): x is Expected =>
  typeof x === "object" && x !== null && "targets" in x && Array.isArray(x.targets);

const source = (name: string) =>
  readdirSync(dir).find((f) => f.startsWith(`${name}.`) && !f.endsWith(".yaml")) ?? name;

describe.each(texts)("draft of fixtures/draft/%s", async (name) => {
  const raw: unknown = parse(readFileSync(`${dir}${name}.expected.yaml`, "utf8"));
  if (!isExpected(raw)) throw new Error(`${name}.expected.yaml: no targets`);
  const expected = raw;
  const text = await readDocument(`${dir}${source(name)}`);
  const draft = draftPlan(text, source(name));
  const p = draft.plan;
  const found = new Set<number>();
  const missed: string[] = [];
  for (const [fragment, comparator, value, unit, deadline] of expected.targets) {
    const i = p.targets.findIndex(
      (t, k) =>
        !found.has(k) &&
        t.quote.includes(fragment) &&
        t.comparator === comparator &&
        t.value === value &&
        t.unit === unit &&
        t.deadline === deadline,
    );
    if (i >= 0) found.add(i);
    else {
      const near = p.targets.find((t) => t.quote.includes(fragment));
      missed.push(
        `${fragment} ${comparator} ${value} ${unit} ${deadline}${near ? ` — drafted ${near.comparator} ${near.value} ${near.unit} ${near.deadline}` : " — not drafted"}`,
      );
    }
  }
  // a drafted target is real when it states one of the expected ones, rightly or not
  const real = p.targets.filter((t) =>
    expected.targets.some(([fragment]) => t.quote.includes(fragment)),
  );
  const unreal = p.targets
    .filter((t) => !real.includes(t))
    .map((t) => `${t.quote} (${t.comparator} ${t.value} ${t.unit})`);
  const names = new Set(p.units.flatMap((u) => [u.name, ...(u.aliases ?? [])]));
  const unitsFound = expected.units.filter((u) => names.has(u)).length;
  const recall = found.size / expected.targets.length;
  const precision = p.targets.length === 0 ? 0 : real.length / p.targets.length;

  it("prints the figures", () => {
    console.log(
      [
        `${name}: recall ${found.size}/${expected.targets.length} = ${(recall * 100).toFixed(0)}%, precision ${real.length}/${p.targets.length} = ${(precision * 100).toFixed(0)}%`,
        `  units ${unitsFound}/${expected.units.length}, measures ${p.measures.length}/${expected.measures}`,
        ...missed.map((m) => `  missed: ${m}`),
        ...unreal.map((m) => `  not a target: ${m}`),
      ].join("\n"),
    );
    expect(expected.targets.length).toBeGreaterThan(10);
  });

  it("reads the metadata", () => {
    expect(p.plan.window).toEqual(expected.window);
    if (expected.number) expect(p.plan.number).toBe(expected.number);
    if (expected.issuer) expect(p.plan.issuer).toBe(expected.issuer);
    if (expected.issued) expect(p.plan.issued).toBe(expected.issued);
    expect(p.measures.length).toBe(expected.measures);
  });

  it("finds at least 85% of the stated targets, and at least 90% of its targets are real", () => {
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(unitsFound / expected.units.length).toBeGreaterThanOrEqual(0.9);
  });

  it("loads as a plan at once", () => {
    expect(() => parsePlan(draftYaml(draft, "zh", source(name)), `${name}.yaml`)).not.toThrow();
  });
});

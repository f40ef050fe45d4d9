/**
 * `check --format json`, for programs: what a program relies on, asserted
 * (instead of two 1,442-line golden files nobody read, which differed in
 * three lines). The schema holds for any drop (the property test,
 * test/format/json-schema.property.test.ts); here, on the scenario and one
 * unit: valid against the schema; the same in both languages but for the
 * notes' messages; a unit's targets are exactly the whole run's targets that
 * name the unit, with the summary counted from them; numbers unrounded.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { cwplan, ROOT } from "./golden.js";

const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "check-output.schema.json"), "utf8"));
const validateOutput = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

const ALL = ["check", "fixtures/scenario/drops", "--as-of", "2025-06-30", "--format", "json"];
const UNIT = [...ALL, "--unit", "县住房和城乡建设局"];
const HOUSING = "housing-construction";

interface Note {
  code: string;
  message: string;
  args?: Record<string, unknown>;
}
interface Target {
  id: string;
  status: string;
  detail: string | null;
  units: { id: string }[];
  notes: Note[];
  [key: string]: unknown;
}
interface Output {
  summary: Record<string, number>;
  noData: Record<string, number>;
  targets: Target[];
  units: { id: string }[];
  [key: string]: unknown;
}

async function json(args: string[]): Promise<{ code: number; out: Output }> {
  const r = await cwplan(args);
  expect(r.stderr).toBe("");
  const out = JSON.parse(r.stdout);
  expect(validateOutput(out) ? [] : validateOutput.errors, args.join(" ")).toEqual([]);
  return { code: r.code, out };
}

/** The output without the notes' messages: what does not depend on the language. */
function wordless(out: Output): unknown {
  return JSON.parse(JSON.stringify(out, (k, v) => (k === "message" ? undefined : v)));
}

describe("check --format json", () => {
  it("is the same in both languages but for the notes' messages, which are each language's", async () => {
    const en = await json([...UNIT, "--lang", "en"]);
    const zh = await json([...UNIT, "--lang", "zh"]);
    expect(en.code).toBe(1); // the unit has targets at risk
    expect(zh.code).toBe(1);
    expect(wordless(zh.out)).toEqual(wordless(en.out));
    const messages = (o: Output) =>
      o.targets.flatMap((t) => t.notes.map((n) => [t.id, n.code, n.message]));
    expect(messages(en.out)).toEqual([
      [
        "green-building-area-2025",
        "rolled-up",
        "the latest value (2025-06) is the sum of 6 of 13 township rows",
      ],
      [
        "prefab-assembly-rate-2025",
        "worse-than-baseline",
        "worse than the baseline: moving away from the target",
      ],
      [
        "combined-sewer-zero",
        "stale",
        "stale: the latest figure is from 2025-02-28, 4 months before 2025-06-30 (more than 3)",
      ],
    ]);
    expect(messages(zh.out).map((m) => m[2])).toEqual([
      "最新值（2025-06）由 6/13 个镇街数据加总得出",
      "低于基期水平，正背离目标",
      "数据已过时：最新数据截至 2025-02-28，距评估日 2025-06-30 已 4 个月（超过 3 个月）",
    ]);
  });

  it("for one unit: the whole run's targets that name the unit, counted in the summary", async () => {
    const all = (await json(ALL)).out;
    const { out } = await json(UNIT);
    const named = all.targets.filter((t) => t.units.some((u) => u.id === HOUSING));
    expect(named.length).toBeGreaterThan(5);
    expect(named.length).toBeLessThan(all.targets.length);
    expect(out.targets).toEqual(named);
    expect(out.units.map((u) => u.id)).toEqual([HOUSING]);
    const counted: Record<string, number> = {
      pass: 0,
      behind: 0,
      "at-risk": 0,
      missed: 0,
      "no-data": 0,
    };
    for (const t of out.targets) counted[t.status] = (counted[t.status] ?? 0) + 1;
    expect(out.summary).toEqual(counted);
    expect(out.summary).toEqual({ pass: 5, behind: 6, "at-risk": 2, missed: 0, "no-data": 1 });
    expect(out.noData).toEqual({ "not-reported": 1, "needs-baseline": 0 });
  });

  it("keeps every number as computed, unrounded", async () => {
    const { out } = await json(UNIT);
    const area = out.targets.find((t) => t.id === "green-building-area-2025");
    expect(area).toMatchObject({
      measure: 10,
      indicator: "green-building-area",
      kind: "increase",
      comparator: ">=",
      unit: "万平方米",
      deadline: "2025-12-31",
      status: "behind",
      detail: null,
      value: 95,
      period: "2025-06",
      valueDate: "2025-06-30",
      target: 180,
      summedAreas: { count: 6, of: 13 },
      baseline: 0,
      baselineDate: "2024-01-01",
      baselineSource: "plan-start",
      gap: 85,
      daysLeft: 184,
      owner: { id: HOUSING, assigned: true },
      trend: [10, 27.5, 45, 62.5, 80, 95],
    });
    // f: days elapsed over the plan's days (2024-01-01 … 2025-06-30 of … 2025-12-31)
    const f = 546 / 730;
    expect(area?.f).toBe(f);
    expect(area?.expected).toBe(0 + f * (180 - 0));
    expect(area?.A).toBe(95 / 180);
    expect(area?.P).toBe(95 / 180 / f);
  });
});

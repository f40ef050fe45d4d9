/**
 * `cwplan template --baseline`: the baseline form. One row a figure judged
 * from a reported baseline (STATUS-RULES rule 4: level, coverage and
 * eliminate targets without a baseline in the plan), for 2023, per area
 * where the indicator is reported by area; filled in, it validates and its
 * rows become the baselines.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { needsBaseline } from "../../src/format/template-csv.js";
import { loadPlan } from "../../src/plan/load.js";
import { runMain } from "../cli/run.js";

const { plan } = await loadPlan(undefined);

describe("template --baseline", () => {
  test("the rows: every indicator a target judges from a baseline, for 2023, per area where by area", async () => {
    const r = await runMain(["--lang", "en", "template", "--baseline"]);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(new Set(rows.map((x) => x.period))).toEqual(new Set(["2023"]));
    // worked out from the plan: indicators of level, coverage and eliminate targets without a plan baseline
    const kinds = new Map(plan.indicators.map((i) => [i.id, i]));
    const expected = [
      ...new Set(
        plan.targets
          .filter((t) => needsBaseline(t, kinds.get(t.indicator)))
          .map((t) => t.indicator),
      ),
    ];
    expect([...new Set(rows.map((x) => x.indicator))].sort()).toEqual(expected.sort());
    for (const id of [
      "urban-new-jobs",
      "green-building-area",
      "coal-unit-retrofit",
      "young-talent",
    ]) {
      expect(
        rows.some((x) => x.indicator === id),
        id,
      ).toBe(false);
    }
    // the town figure, once per town
    const towns = plan.areas.filter((a) => a.type === "town").map((a) => a.name);
    expect(rows.filter((x) => x.indicator === "town-area-population").map((x) => x.area)).toEqual(
      towns,
    );
    // one unit's form
    const own = await runMain(["--lang", "en", "template", "--baseline", "--unit", "县统计局"]);
    expect(parse(own.stdout, { columns: true })).toEqual([
      expect.objectContaining({ indicator: "urbanization-rate", period: "2023" }),
    ]);
  });

  test("filled in, it validates, and the 2023 row is the baseline check uses", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-baseline-"));
    const form = (await runMain(["--lang", "en", "template", "--baseline", "--unit", "statistics"]))
      .stdout;
    writeFileSync(join(dir, "baseline.csv"), form.replace(",2023,,%,", ",2023,48.9,%,"));
    writeFileSync(
      join(dir, "2025-07.csv"),
      "indicator,period,value\nurbanization-rate,2025-07,51.2\n",
    );
    expect((await runMain(["validate", join(dir, "baseline.csv")])).code).toBe(0);
    const check = await runMain(["check", dir, "-f", "json", "--fail-on", "never"]);
    const out = JSON.parse(check.stdout) as {
      targets: { id: string; baseline: number | null; baselineDate: string | null }[];
    };
    expect(out.targets.find((x) => x.id === "urbanization-rate-2025")).toMatchObject({
      baseline: 48.9,
      baselineDate: "2023-12-31",
    });
  });
});

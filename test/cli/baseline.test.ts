/**
 * `cwplan baseline`: the Chengwu plan's last accepted figures (fixtures/final,
 * a revision included) as baseline rows of a next plan
 * (fixtures/plans/next-plan.yaml): one indicator matched by id, one by its
 * Chinese name, two not carried and said so; the rows are a valid drop of
 * the new plan.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";

const next = "fixtures/plans/next-plan.yaml";
const run = (lang: string, ...args: string[]) =>
  runMain(["--lang", lang, "--plan", next, "baseline", ...args]);

describe("cwplan baseline", () => {
  it("carries the last accepted figure by id, else by name, with where it came from", async () => {
    const r = await run("zh", "--from", "fixtures/final", "--as-of", "2025-12-31");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "indicator,period,value,unit,area,reported_by,note",
      "urbanization-rate,2025,52.4,%,,县统计局,取自 fixtures/final/2025-12.csv 第 2 行（2025，原方案指标 urbanization-rate）",
      // the revision read after 2025-12.csv's 69 is the figure that stands; 县水务局 is not a unit of the new plan
      "sewage-rate,2025,70.2,%,,,取自 fixtures/final/2026-01-revisions.csv 第 2 行（2025，原方案指标 sewage-collection-rate）（按指标名称对应）",
      "",
    ]);
    expect(r.stderr).toBe(
      "已写出 2 行基期数据（新方案共 4 个指标）\n  未写出：城市燃气普及率 (gas-rate)：原方案中没有同编号或同名称的指标\n  未写出：城市公园建成 (new-park)：原方案中没有同编号或同名称的指标\n",
    );
  });

  it("takes the figure as of the date asked", async () => {
    const r = await run("en", "--from", "fixtures/final", "--as-of", "2024-12-31");
    expect(r.stdout).toContain(
      'urbanization-rate,2024,50.3,%,,县统计局,"from fixtures/final/2024-12.csv line 2 (2024, old plan\'s indicator urbanization-rate)"',
    );
    expect(r.stdout).toContain("sewage-rate,2024,66,%,,,");
  });

  it("writes a drop the new plan accepts", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cwplan-baseline-")), "baselines.csv");
    const r = await run("zh", "--from", "fixtures/final", "--as-of", "2025-12-31", "-o", out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^indicator,period,value/);
    const v = await runMain(["--lang", "zh", "--plan", next, "validate", out]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain("有效 2 行，无效 0 行；0 个错误，0 个警告");
  });

  it("needs --from and --as-of", async () => {
    const r = await run("zh", "--as-of", "2025-12-31");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("baseline 命令须写 --from");
    const s = await run("en", "--from", "fixtures/final");
    expect(s.stderr).toContain("baseline needs --as-of");
  });
});

/** `cwplan init`: the skeleton, units reused from another plan, no overwriting. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load.js";
import { runMain } from "./run.js";

const root = join(import.meta.dirname, "..", "..");
const fresh = () => mkdtempSync(join(tmpdir(), "cwplan-init-"));

describe("cwplan init", () => {
  it.each(["zh", "en"])("writes a skeleton that loads and lints clean (%s)", async (lang) => {
    const dir = fresh();
    const r = await runMain(["--lang", lang, "init", dir]);
    expect(r.code).toBe(0);
    const { plan } = await loadPlan(join(dir, "plan.yaml"));
    expect(plan.targets.map((t) => [t.id, t.owner])).toEqual([
      ["green-area-2027", "housing"],
      ["water-loss-2027", "water"],
    ]);
    const lint = await runMain(["--lang", lang, "plan", "lint"], { cwd: dir });
    expect([lint.code, lint.stdout]).toEqual([
      0,
      lang === "zh" ? "未发现问题\n" : "no problems found\n",
    ]);
    expect(readFileSync(join(dir, "cwplan.yaml"), "utf8")).toContain(`plan: plan.yaml\n`);
    expect(readFileSync(join(dir, "使用说明.md"), "utf8")).toContain("cwplan plan lint");
  });

  it("keeps Chengwu's 35 units and 13 towns with --units-from chengwu", async () => {
    const dir = fresh();
    expect((await runMain(["init", dir, "--units-from", "chengwu"])).code).toBe(0);
    const { plan } = await loadPlan(join(dir, "plan.yaml"));
    const { plan: chengwu } = await loadPlan();
    expect(plan.units.map((u) => u.id)).toEqual(chengwu.units.map((u) => u.id));
    expect(plan.areas).toEqual(chengwu.areas);
    // the skeleton's 县住建局 and 县水务局 are Chengwu's units
    expect(plan.targets.map((t) => t.owner)).toEqual(["housing-construction", "water"]);
  });

  it("drafting the Chengwu text with --units-from chengwu keeps its 35 units and 13 towns", async () => {
    const dir = fresh();
    const text = join(root, "fixtures", "draft", "chengwu.txt");
    const r = await runMain(["init", dir, "--from-text", text, "--units-from", "chengwu"]);
    expect(r.code).toBe(0);
    const { plan } = await loadPlan(join(dir, "plan.yaml"));
    const { plan: chengwu } = await loadPlan();
    expect(plan.units.map((u) => u.id).sort()).toEqual(chengwu.units.map((u) => u.id).sort());
    expect(plan.areas).toHaveLength(13);
  });

  it("reuses the units of a plan file", async () => {
    const dir = fresh();
    const other = join(root, "fixtures", "plans", "zh-only.yaml");
    expect((await runMain(["init", dir, "--units-from", other])).code).toBe(0);
    const { plan } = await loadPlan(join(dir, "plan.yaml"));
    expect(plan.units.map((u) => u.name)).toEqual([
      "县住房和城乡建设局",
      "县人力资源和社会保障局",
      "县水务局",
    ]);
  });

  it("does not overwrite a project", async () => {
    const dir = fresh();
    await runMain(["init", dir]);
    const again = await runMain(["--lang", "zh", "init", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("cwplan.yaml 已经存在");
    expect(again.stderr).toContain("或加 --force 覆盖");
    expect((await runMain(["init", dir, "--force"])).code).toBe(0);
  });
});

/** The built CLI's plan commands, end to end, against golden output. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cwplan, expectGolden } from "./golden.js";

describe("cwplan plan / units / show", () => {
  it.each([
    ["help", ["--help"]],
    ["help-zh", ["--help", "--lang", "zh"]],
    ["help-check", ["check", "--help"]],
    ["help-check-zh", ["--lang", "zh", "check", "--help"]],
    ["help-report-zh", ["--lang", "zh", "report", "--help"]],
    ["help-template-zh", ["--lang", "zh", "template", "--help"]],
    ["usage-bad-format-zh", ["--lang", "zh", "plan", "--format", "xml"]],
    ["show-measure-14-zh", ["--lang", "zh", "show", "14"]],
    ["plan-measure-10", ["plan", "--measure", "10"]],
    ["plan-section-3-zh", ["--lang", "zh", "plan", "--section", "三"]],
    ["plan-unit-alias", ["plan", "--unit", "县住房城乡建设局"]],
    ["units", ["units"]],
    ["show-measure-14", ["show", "14"]],
    ["show-target-zh", ["--lang", "zh", "show", "urban-new-jobs-annual"]],
    ["show-unknown", ["show", "99"]],
    ["bad-plan", ["--plan", "fixtures/plans/bad/unknown-unit.yaml", "plan"]],
    ["usage-bad-format", ["plan", "--format", "xml"]],
  ])("%s", async (name, args) => {
    expectGolden(name, await cwplan(args));
  });

  it("prints its version", async () => {
    const r = await cwplan(["--version"]);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(r.code).toBe(0);
  });

  it("prints the whole plan as JSON in the documented shape", async () => {
    const r = await cwplan(["plan", "--format", "json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.plan.number).toBe("成政发〔2024〕3号");
    expect(json.measures).toHaveLength(27);
    expect(json.units).toHaveLength(35);
    expect(json.areas).toHaveLength(13);
    const m10 = json.measures.find((m: { number: number }) => m.number === 10);
    expect(m10.units).toContainEqual({
      id: "housing-construction",
      name: "县住房和城乡建设局",
      role: "shared",
    });
    expect(m10.targets).toContainEqual(
      expect.objectContaining({
        id: "green-building-area-2025",
        kind: "increase",
        comparator: ">=",
        value: 180,
        unit: "万平方米",
        deadline: "2025-12-31",
        cadence: "by-deadline",
      }),
    );
    const all = [
      ...json.headline,
      ...json.measures.flatMap((m: { targets: unknown[] }) => m.targets),
    ];
    expect(all.length).toBe(48);
    const ndrc = json.units.find((u: { id: string }) => u.id === "development-reform");
    expect(ndrc.aliases).toContain("县发展和改革委员会");
  });

  it("never shows a stack trace for a bad plan", async () => {
    for (const bad of ["alias-bomb", "not-yaml", "wrong-type", "plain-text"]) {
      const r = await cwplan(["--plan", `fixtures/plans/bad/${bad}.yaml`, "units"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^fixtures\/plans\/bad\/.*:\d+:\d+: error: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("shows a tolerance as a percentage through the one number formatter (0.07 → 7%, not 7.000000000000001%)", async () => {
    const plan = readFileSync("plan/chengwu.yaml", "utf8");
    const edited = plan.replace(
      /(id: ten-strong-clusters-2025,.*?)tolerance: 0\.05/,
      "$1tolerance: 0.07",
    );
    expect(edited).not.toBe(plan);
    const file = join(mkdtempSync(join(tmpdir(), "cwplan-tolerance-")), "plan.yaml");
    writeFileSync(file, edited);
    const zh = await cwplan(["--plan", file, "--lang", "zh", "show", "ten-strong-clusters-2025"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("容差：7%\n");
    const en = await cwplan(["--plan", file, "show", "ten-strong-clusters-2025"]);
    expect(en.stdout).toMatch(/7%\n/);
    expect(en.stdout).not.toContain("7.0000");
  });
});

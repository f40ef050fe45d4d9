/** `cwplan check` end to end: the scenario drops, filters, --as-of, exit codes, JSON schema. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { cwplan, expectGolden, ROOT } from "./golden.js";

const DROPS = "fixtures/scenario/drops";
const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "check-output.schema.json"), "utf8"));
const validateOutput = new Ajv({ allErrors: true }).compile(schema);

async function json(args: string[]) {
  const r = await cwplan([...args, "--format", "json"]);
  const out = JSON.parse(r.stdout);
  const ok = validateOutput(out);
  expect(validateOutput.errors ?? [], `schema errors for ${args.join(" ")}`).toEqual([]);
  expect(ok).toBe(true);
  return { r, out };
}

const statusOf = (out: { targets: { id: string; status: string }[] }, id: string) =>
  out.targets.find((t) => t.id === id)?.status;

describe("cwplan check", () => {
  it.each([
    ["check-sample", ["fixtures/sample.csv"]],
    ["check-sample-zh", ["fixtures/sample.csv"]],
    ["check-unit-housing", [DROPS, "--unit", "县住房城乡建设局", "--details"]],
    ["check-measure-14-zh", [DROPS, "--measure", "14", "--details"]],
    [
      "check-as-of-2024-risky",
      [DROPS, "--as-of", "2024-12-31", "--status", "at-risk,missed", "--details"],
    ],
    ["check-bad-drop", ["fixtures/check/typos.csv", "--measure", "14"]],
    ["check-gb18030", ["fixtures/check/excel-gb18030.csv", "--measure", "1"]],
    ["check-by-area", [DROPS, "--measure", "9", "--by-area"]],
  ])("%s", async (name, args) => {
    const lang = name.endsWith("-zh") ? ["--lang", "zh"] : [];
    expectGolden(name, await cwplan([...lang, "check", ...args]));
  });

  it("shows every status on the sample, with the counts the scenario was built for", async () => {
    const { r, out } = await json(["check", "fixtures/sample.csv"]);
    expect(r.code).toBe(1); // at-risk targets fail the default --fail-on at-risk
    expect(out.asOf).toBe("2025-06-30");
    // STATUS-RULES v2: 53%左右 is met from 52% (1 point), no longer from 50.35% (5%): at
    // 50.1% against an effective 52%, urbanization-rate-2025 is at-risk (P = 0.52), not on track
    // STATUS-RULES v3 rule 5: social-work-stations-2025 has one figure (85%, 2025-06) and no
    // baseline: no-data · needs-baseline (v2: behind), counted apart from the 2 not reported
    expect(out.summary).toEqual({ pass: 23, behind: 13, "at-risk": 8, missed: 1, "no-data": 3 });
    expect(out.noData).toEqual({ "not-reported": 2, "needs-baseline": 1 });
    expect(statusOf(out, "social-work-stations-2025")).toBe("no-data");
    expect(statusOf(out, "urbanization-rate-2025")).toBe("at-risk");
    expect(statusOf(out, "old-communities-2024")).toBe("missed");
    expect(statusOf(out, "port-phase-2")).toBe("no-data");
    expect(statusOf(out, "prefab-assembly-rate-2025")).toBe("at-risk");
  });

  it("v2 end to end: a revision in a later file supersedes without failing the run; towns summed by date; a census baseline", async () => {
    const v = await cwplan(["validate", "fixtures/check/revised"]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/2025-08\.csv:2:27: warning \[value-revised\]/);
    const { r, out } = await json(["check", "fixtures/check/revised", "--fail-on", "never"]);
    expect(r.code).toBe(0);
    expect(
      out.files.flatMap((f: { findings: { code: string }[] }) => f.findings.map((x) => x.code)),
    ).toEqual(["value-revised"]);
    const rate = out.targets.find((t: { id: string }) => t.id === "urbanization-rate-2025");
    expect(rate).toMatchObject({
      value: 50.6,
      valueDate: "2025-06-30",
      effectiveTarget: 52,
      tolerance: { type: "absolute", value: 1 },
      baseline: 47.47,
      baselineDate: "2020-12-31",
      baselineSource: "reported-before-start",
    });
    expect(rate.notes).toContainEqual(
      expect.objectContaining({
        code: "value-revised",
        args: expect.objectContaining({
          from: 50.2,
          to: 50.6,
          fromFile: "fixtures/check/revised/2025-07.csv",
          file: "fixtures/check/revised/2025-08.csv",
        }),
      }),
    );
    const jobs = out.targets.find((t: { id: string }) => t.id === "urban-new-jobs-annual");
    expect(jobs).toMatchObject({
      status: "pass",
      detail: "met",
      value: 4700,
      summedAreas: { count: 2, of: 13, areas: ["datianji", "goucunji"] },
    });
  });

  it("draws the monthly history as a sparkline", async () => {
    const r = await cwplan(["check", DROPS, "--measure", "14", "--details"]);
    expect(r.stdout).toMatch(/[▁▂▃▄▅▆▇█]{6,}/);
  });

  it("merges monthly drops in any order, and a folder means every .csv in it", async () => {
    const files = Array.from({ length: 18 }, (_, i) => {
      const y = 2024 + Math.floor(i / 12);
      return `${DROPS}/${y}-${String((i % 12) + 1).padStart(2, "0")}.csv`;
    });
    const folder = (await json(["check", DROPS])).out;
    const reversed = (await json(["check", ...files.reverse()])).out;
    const strip = (o: { targets: unknown; summary: unknown; asOf: unknown }) => ({
      t: o.targets,
      s: o.summary,
      a: o.asOf,
    });
    expect(strip(reversed)).toEqual(strip(folder));
    const sample = (await json(["check", "fixtures/sample.csv"])).out;
    expect(strip(sample)).toEqual(strip(folder));
  });

  it("gives the earlier picture with --as-of", async () => {
    const { out } = await json(["check", DROPS, "--as-of", "2024-12-31"]);
    expect(out.asOf).toBe("2024-12-31");
    expect(statusOf(out, "urban-new-jobs-annual")).toBe("pass");
    expect(statusOf(out, "old-communities-2024")).toBe("missed");
    const june = (await json(["check", DROPS, "--as-of", "2024-06-30"])).out;
    expect(statusOf(june, "old-communities-2024")).not.toBe("missed");
    expect(june.targets.find((t: { id: string }) => t.id === "urban-new-jobs-annual").period).toBe(
      "2024-06",
    );
  });

  it("shows its working: expected = b + f·(y* − b) and P = A / f", async () => {
    const { out } = await json(["check", DROPS]);
    for (const t of out.targets) {
      if (t.f === null || t.A === null || t.baseline === null || typeof t.target !== "number")
        continue;
      const y = t.effectiveTarget ?? t.target;
      expect(t.expected).toBeCloseTo(t.baseline + t.f * (y - t.baseline), 9);
      if (t.P !== null) expect(t.P).toBeCloseTo(t.A / t.f, 9);
    }
  });

  it.each([
    [["--fail-on", "never"], 0],
    [["--fail-on", "missed"], 1],
    [["--fail-on", "missed", "--measure", "10"], 0],
    [["--fail-on", "at-risk", "--measure", "17"], 0],
    [["--fail-on", "behind", "--measure", "17"], 0],
    [["--fail-on", "behind", "--measure", "14"], 1],
    [["--fail-on", "no-data", "--measure", "21"], 1],
    [["--fail-on", "missed", "--measure", "21"], 0],
  ])("exit code with %j is %i", async (args, code) => {
    expect((await cwplan(["check", DROPS, ...args])).code).toBe(code);
  });

  it("exits 2 on a drop with errors, still judging its valid rows", async () => {
    const { r, out } = await json(["check", "fixtures/check/typos.csv", "--fail-on", "never"]);
    expect(r.code).toBe(2);
    expect(out.files[0]).toMatchObject({ rowsRead: 8, rowsValid: 3, rowsInvalid: 5 });
    expect(statusOf(out, "urban-new-jobs-annual")).not.toBe("no-data");
  });

  it.each([
    [["--as-of", "2025-02-30"], /--as-of "2025-02-30" is not a date/],
    [["--unit", "县商业局"], /no responsible unit is named "县商业局"/],
    [["--status", "late"], /--status "late" names no known status/],
    [["--measure", "28"], /--measure "28" is not a measure number/],
    [["--fail-on", "bad"], /--fail-on "bad" is not a status it can take/],
    [["--encoding", "latin9"], /unsupported encoding/],
  ])("refuses %j with a usage error", async (args, message) => {
    const r = await cwplan(["check", DROPS, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("caps the findings it prints with --max-errors, and says so", async () => {
    const r = await cwplan([
      "check",
      "fixtures/check/typos.csv",
      "--max-errors",
      "1",
      "--measure",
      "14",
    ]);
    expect(r.stdout.match(/: error \[/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/… 4 more not shown \(--max-errors 1\)/);
  });

  it("warns when --as-of lies outside the plan's window", async () => {
    const r = await cwplan(["check", DROPS, "--as-of", "2026-03-01", "--fail-on", "never"]);
    expect(r.stderr).toMatch(/warning: the as-of date 2026-03-01 is outside the plan's window/);
    expect(r.code).toBe(0);
    expect(
      (await cwplan(["check", DROPS, "--as-of", "2025-03-01", "--fail-on", "never"])).stderr,
    ).toBe("");
  });

  it("says what is wrong with -o and --plan paths, without a stack trace", async () => {
    const out = await cwplan(["check", DROPS, "-o", "no-such-folder/result.txt"]);
    expect(out.stderr).toMatch(
      /^no-such-folder\/result\.txt: error: cannot write the output: its folder does not exist/,
    );
    expect(out.code).toBe(2);
    const plan = await cwplan(["--plan", "fixtures", "check", DROPS]);
    expect(plan.stderr).toMatch(/^fixtures: error: cannot read the plan: it is a folder/);
    expect(plan.code).toBe(2);
  });

  it("reports a missing file as a finding and exits 2", async () => {
    const r = await cwplan(["check", "fixtures/no-such-drop.csv"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/fixtures\/no-such-drop\.csv: error \[unreadable-file\]/);
  });
});

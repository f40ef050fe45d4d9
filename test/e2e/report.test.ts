/** `cwplan report`, end to end: golden files in both languages and its exit codes. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cwplan, expectGolden } from "./run.js";

const DROPS = "fixtures/scenario/drops";

describe("report, golden", () => {
  it("markdown (en)", () => {
    const r = cwplan(["report", DROPS]);
    expect(r.code).toBe(0); // informational: targets at risk do not fail it
    expectGolden("report-en", r);
  });

  it("markdown (zh)", () => {
    expectGolden("report-zh", cwplan(["report", DROPS, "--lang", "zh"]));
  });

  it("text, one unit, as of an earlier date (en and zh)", () => {
    const args = [
      "report",
      DROPS,
      "--format",
      "text",
      "--unit",
      "县住建局",
      "--as-of",
      "2025-03-31",
    ];
    expectGolden("report-text-unit-en", cwplan(args));
    expectGolden("report-text-unit-zh", cwplan([...args, "--lang", "zh"]));
  });

  it("--previous: compared with an older drop", () => {
    const r = cwplan([
      "report",
      DROPS,
      "--previous",
      `${DROPS}/2024-12.csv`,
      "--unit",
      "县发展和改革局",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2024-12-31");
    expectGolden("report-previous", r);
  });

  it("one date of data: nothing to compare with", () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-report-"));
    try {
      const file = join(dir, "one.csv");
      writeFileSync(
        file,
        "indicator,period,value,unit,area,reported_by,note\nurbanization-rate,2025-06,50.1,,,县统计局,\n",
      );
      const r = cwplan(["report", file]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("no earlier data to compare with");
      expect(r.stdout).not.toContain("What changed");
      expect(r.stdout).toContain(
        "| Urbanization rate about 53% | ≈ 53% (2025) | 50.1% (2025-06) | — |",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a bad drop: its findings in the report, exit 2", () => {
    const r = cwplan(["report", "fixtures/drops/bad/many-problems.csv", "--unit", "县住建局"]);
    expect(r.code).toBe(2);
    expectGolden("report-bad-drop", r);
  });

  it("a bad --as-of is a usage error", () => {
    const r = cwplan(["report", DROPS, "--as-of", "2025-02-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--as-of");
  });
  it("warns, like check, when --as-of lies outside the plan's window", () => {
    const r = cwplan(["report", "fixtures/scenario/drops", "--as-of", "2026-03-01"]);
    expect(r.stderr).toMatch(/warning: the as-of date 2026-03-01 is outside the plan's window/);
    expect(r.code).toBe(0);
  });
});

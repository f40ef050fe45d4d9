/**
 * The command line's options: one parser per kind of value, one typed object
 * per command, and main() run in-process on the current source.
 */
import { describe, expect, it } from "vitest";
import { checkOptions } from "../../src/cli/commands/check.js";
import { reportOptions } from "../../src/cli/commands/report.js";
import { submissionsOptions } from "../../src/cli/commands/submissions.js";
import { templateOptions } from "../../src/cli/commands/template.js";
import { globalOptions, OPTIONS, option } from "../../src/cli/options.js";
import {
  parseAsOf,
  parseMaxErrors,
  parseMeasure,
  parseStatuses,
  parseUnit,
} from "../../src/cli/values.js";
import { CwplanError } from "../../src/errors.js";
import { loadPlan } from "../../src/plan/load.js";
import { DEFAULT_MAX_FINDINGS } from "../../src/vocabulary.js";
import { runMain } from "./run.js";

const run = (args: string[]) => runMain(args, { env: { LANG: "en_US.UTF-8" } });

const usage = (f: () => unknown, code: string) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CwplanError);
    expect(e instanceof CwplanError ? e.code : undefined).toBe(code);
    return;
  }
  expect.unreachable(`expected a ${code} usage error`);
};

describe("value parsers", () => {
  it("--as-of takes a real date, written YYYY-MM-DD", () => {
    expect(parseAsOf(" 2025-06-30 ")).toBe("2025-06-30");
    expect(parseAsOf("2024-02-29")).toBe("2024-02-29");
    for (const bad of ["2025-02-30", "2025-06", "2025", "30/06/2025", ""]) {
      usage(() => parseAsOf(bad), "bad-as-of");
    }
  });

  it("--status takes a comma-separated list of known statuses", () => {
    expect(parseStatuses("behind, at-risk")).toEqual(["behind", "at-risk"]);
    expect(parseStatuses("no-data")).toEqual(["no-data"]);
    for (const bad of ["late", "behind,late", "", ","])
      usage(() => parseStatuses(bad), "bad-status");
  });

  it("--max-errors takes a whole number, 0 or more", () => {
    expect(parseMaxErrors("0")).toBe(0);
    expect(parseMaxErrors("50")).toBe(50);
    for (const bad of ["-1", "1.5", "many", ""]) usage(() => parseMaxErrors(bad), "bad-max-errors");
  });

  it("--measure and --unit resolve against the plan", async () => {
    const { plan } = await loadPlan();
    expect(parseMeasure(plan, "14")).toBe(14);
    for (const bad of ["0", "28", "1.5", "x", ""]) {
      usage(() => parseMeasure(plan, bad), "unknown-measure");
    }
    expect(parseUnit(plan, "县住建局")).toBe("housing-construction");
    usage(() => parseUnit(plan, "县商业局"), "unknown-unit");
  });
});

describe("typed options", () => {
  it("check: defaults, flags and parsed values", () => {
    expect(checkOptions({ failOn: "at-risk", format: "table", maxErrors: "1000" })).toEqual({
      failOn: "at-risk",
      format: "table",
      maxFindings: DEFAULT_MAX_FINDINGS,
      recursive: false,
      byArea: false,
      details: false,
      bom: false,
    });
    const o = checkOptions({
      failOn: "never",
      format: "csv",
      maxErrors: "5",
      asOf: "2025-06-30",
      status: "behind,missed",
      byArea: true,
      details: true,
      bom: true,
      unit: "县住建局",
      measure: "14",
      output: "out.csv",
      sheet: "6月",
      recursive: true,
    });
    expect(o).toEqual({
      failOn: "never",
      format: "csv",
      maxFindings: 5,
      sheet: "6月",
      recursive: true,
      asOf: "2025-06-30",
      statuses: ["behind", "missed"],
      byArea: true,
      details: true,
      bom: true,
      unit: "县住建局",
      measure: "14",
      output: "out.csv",
    });
  });

  it("report, template and the global options", () => {
    expect(reportOptions({ format: "text", maxErrors: "1000", previous: "old.csv" })).toEqual({
      format: "text",
      maxFindings: 1000,
      recursive: false,
      previous: "old.csv",
      final: false,
    });
    expect(reportOptions({ format: "xlsx", maxErrors: "1000" }).format).toBe("xlsx");
    expect(templateOptions({ format: "csv", period: "2025-06" })).toEqual({
      format: "csv",
      period: "2025-06",
      shared: false,
      baseline: false,
      bom: false,
      force: false,
    });
    expect(templateOptions({ format: "xlsx", force: true })).toMatchObject({
      format: "xlsx",
      force: true,
    });
    expect(templateOptions({ format: "csv", unit: "县人社局", shared: true }).shared).toBe(true);
    // submissions --period: a month in any accepted spelling; a quarter or a year means its last month
    const month = (period: string) =>
      submissionsOptions({ format: "table", maxErrors: "1000", period }).month;
    expect(month("2025-07")).toBe("2025-07");
    expect(month("2025年7月")).toBe("2025-07");
    expect(month("2025-Q3")).toBe("2025-09");
    expect(month("2025")).toBe("2025-12");
    usage(() => month("July"), "bad-period");
    expect(submissionsOptions({ format: "csv", maxErrors: "1000" })).toEqual({
      format: "csv",
      maxFindings: 1000,
      recursive: false,
      bom: false,
    });
    expect(globalOptions({ lang: "zh", color: false })).toEqual({
      lang: "zh",
      color: false,
      debug: false,
    });
  });

  it("each declared option is read back under its own name", () => {
    // the typed objects read commander's values by key: a key that is not the
    // option's attribute name (--period declared as `month`) is never read
    for (const key of Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]) {
      const o = option({ key }, "en");
      // --no-color is declared as noColor and sets color, as --color does
      const name = o.negate
        ? `no${o.attributeName()[0]?.toUpperCase()}${o.attributeName().slice(1)}`
        : o.attributeName();
      expect(name, OPTIONS[key].flags).toBe(key);
    }
  });

  it("refuses a value of the wrong kind as a bug, not silently", () => {
    expect(() => checkOptions({ failOn: "at-risk", format: "xml", maxErrors: "1" })).toThrow(
      /format/,
    );
    expect(() => checkOptions({ failOn: "at-risk", format: "table", bom: "yes" })).toThrow(/bom/);
  });
});

describe("main() in-process", () => {
  const DROPS = "fixtures/scenario/drops";

  it("turns a bad value into a usage error with a hint, before reading any drop", async () => {
    const r = await run(["check", DROPS, "--as-of", "2025-13-01"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'error: --as-of "2025-13-01" is not a date\n  hint: write it as YYYY-MM-DD, e.g. --as-of 2025-06-30\n',
    );
  });

  it("plan --measure and check --measure share one rule and one message", async () => {
    for (const cmd of [["plan"], ["check", DROPS]]) {
      const r = await run([...cmd, "--measure", "28"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^error: --measure "28" is not a measure number\n {2}hint: measures are numbered 1 to 27\n$/,
      );
    }
  });

  it("refuses --max-errors that is not a whole number", async () => {
    const r = await run(["validate", DROPS, "--max-errors", "ten"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-errors "ten" is not a whole number/);
  });
});

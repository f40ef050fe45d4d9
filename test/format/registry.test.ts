import { describe, expect, it } from "vitest";
import { CHECK_FORMATS_LIST } from "../../src/cli/main.js";
import { CHECK_FORMATS, checkFormatter } from "../../src/format/check/index.js";
import { options, scenario } from "./helpers.js";

describe("check format registry", () => {
  it("the CLI's choices are the registry's formats, in the same order", () => {
    expect(CHECK_FORMATS_LIST).toEqual([...CHECK_FORMATS]);
  });

  it("every format loads and turns a report into text ending in a newline", async () => {
    const report = await scenario({ asOf: "2025-06-30", unit: "housing-construction" });
    for (const name of CHECK_FORMATS) {
      const format = await checkFormatter(name);
      for (const lang of ["en", "zh"] as const) {
        const out = format(report, options(lang));
        expect(out.length, name).toBeGreaterThan(0);
        expect(out.endsWith("\n"), name).toBe(true);
        expect(out, name).not.toContain("\u001b[");
      }
    }
  });
});

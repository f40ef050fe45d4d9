import { describe, expect, it } from "vitest";
import { CHECK_RENDERERS } from "../../src/format/check/index.js";
import { CHECK_FORMATS, TEXT_CHECK_FORMATS } from "../../src/vocabulary.js";
import { runMain } from "../cli/run.js";
import { options, scenario } from "./helpers.js";

describe("check format registry", () => {
  it("the CLI's choices are the registry's formats, in the same order, then the workbook", async () => {
    const { code, stdout: out } = await runMain(["check", "--help"], { columns: 200 });
    expect(code).toBe(0);
    // xlsx is binary: src/format/xlsx/results.ts, written with -o only
    const choices = [...CHECK_FORMATS, "xlsx"].map((f) => `"${f}"`).join(", ");
    expect(out.replace(/\s+/g, " ")).toContain(`(choices: ${choices}, default: "table")`);
  });

  it("every format loads and turns a report into text ending in a newline", async () => {
    const report = await scenario({ asOf: "2025-06-30", unit: "housing-construction" });
    for (const name of TEXT_CHECK_FORMATS) {
      const renderer = CHECK_RENDERERS[name];
      for (const lang of ["en", "zh"] as const) {
        const out = await renderer.render(
          { ...report, histories: () => new Map(), reported: [] },
          options(lang),
        );
        if (typeof out !== "string") throw new Error(`${name} is not text`);
        expect(out.length, name).toBeGreaterThan(0);
        expect(out.endsWith("\n"), name).toBe(true);
        expect(out, name).not.toContain("\u001b[");
      }
    }
  });
});

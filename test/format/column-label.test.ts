/** A finding's column, as each language names it. */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/data/types.js";
import { columnLabel, findingLine } from "../../src/format/check/findings.js";
import { noColour } from "../../src/format/style.js";

const finding = (column: string | undefined, code = "bad-period"): Finding =>
  ({
    file: "drop.csv",
    line: 8,
    col: 10,
    severity: "error",
    code,
    column,
    value: "2025-13",
    args: {},
  }) as unknown as Finding;

describe("columnLabel", () => {
  it("in Chinese: the column's Chinese word, with the file's header where it differs", () => {
    expect(columnLabel(finding("报告期"), "zh")).toBe("报告期");
    expect(columnLabel(finding("period"), "zh")).toBe("报告期/period");
    expect(columnLabel(finding("时期"), "zh")).toBe("报告期/时期");
    expect(columnLabel(finding("period", "missing-header"), "zh")).toBe("报告期");
    expect(columnLabel(finding("颜色", "unknown-column"), "zh")).toBe("颜色");
    expect(columnLabel(finding(undefined), "zh")).toBeUndefined();
  });

  it("in English: the file's own header", () => {
    expect(columnLabel(finding("报告期"), "en")).toBe("报告期");
    expect(columnLabel(finding("period"), "en")).toBe("period");
  });

  it("in the finding's line", () => {
    const o = { lang: "zh" as const, style: noColour, width: 100 };
    expect(findingLine(finding("period"), o)).toMatch(
      /^drop\.csv:8:10: 错误 \[bad-period\] \(报告期\/period\) /,
    );
  });
});

/**
 * The layout around a sheet's data (src/data/layout.ts): title lines, blank
 * lines, total rows and the header repeated, recognised from the cells alone.
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../src/data/headers.js";
import {
  isBlank,
  isHeaderRow,
  isSpace,
  isTitle,
  isTotal,
  skipReason,
} from "../../src/data/layout.js";

const { header } = readHeader(
  ["indicator", "period", "value", "unit", "area", "reported_by", "note"],
  1,
);

describe("white space", () => {
  it("is what \\s matches, for every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe("total rows", () => {
  it.each([
    "合计",
    "小计",
    "总计",
    "共计",
    "合 计",
    "合计：",
    " 合计: ",
    "：合计",
    "\u3000合\u3000计",
    "Total",
    "TOTAL",
    "Sub Total",
    "grand total",
  ])("%j is a total", (text) => {
    expect(isTotal(text)).toBe(true);
  });

  it.each([
    "",
    " ",
    "urbanization-rate",
    "第0001镇",
    "合计数",
    "总计划",
    "totals",
    "2025-06",
    "50.1",
  ])("%j is not", (text) => {
    expect(isTotal(text)).toBe(false);
  });

  it("in the indicator or area cell, or as the first text", () => {
    const row = (cells: string[]) => skipReason(header, cells);
    expect(row(["合计", "2025-06", "120", "", "", "", ""])).toBe("total-row");
    expect(row(["ind", "2025-06", "120", "", "合计", "", ""])).toBe("total-row");
    expect(row(["", "", "120", "", "", "", ""])).toBeUndefined();
    // the note or the reporting unit saying 合计 is not a total row
    expect(row(["urbanization-rate", "2025-06", "50.1", "", "", "", "合计"])).toBeUndefined();
  });
});

describe("the header repeated", () => {
  it("every filled cell names its own column, two at least", () => {
    const row = (cells: string[]) => skipReason(header, cells);
    expect(row(["indicator", "period", "value", "unit", "area", "reported_by", "note"])).toBe(
      "repeated-header",
    );
    expect(row(["指标代码", "报告期", "数值", "", "", "", ""])).toBe("repeated-header");
    // a header word in the wrong column, or one only: data (or a bad row), not the header
    expect(row(["period", "indicator", "value", "", "", "", ""])).toBeUndefined();
    expect(row(["indicator", "", "", "", "", "", ""])).toBeUndefined();
    // a value that starts like a number is never a header
    expect(row(["indicator", "period", "50.1", "", "", "", ""])).toBeUndefined();
  });

  it("nothing is skipped under a header that cannot be used", () => {
    const { header: bad } = readHeader(["indicator", "indicator"], 1);
    expect(skipReason(bad, ["合计", "1"])).toBeUndefined();
    expect(skipReason(undefined, ["合计"])).toBeUndefined();
  });
});

describe("a header row, as a workbook's sheets are chosen", () => {
  it("names two of the required columns (indicator, period, value)", () => {
    expect(isHeaderRow(["指标代码", "指标名称", "报告期", "数值"])).toBe(true);
    expect(isHeaderRow(["indicator", "value"])).toBe(true);
    expect(isHeaderRow(["Period", "", "VALUE"])).toBe(true);
    // one required column, or only optional ones: a notes sheet, not a drop
    expect(isHeaderRow(["指标", "说明"])).toBe(false);
    expect(isHeaderRow(["单位", "备注", "地区"])).toBe(false);
    // a column named twice counts once
    expect(isHeaderRow(["数值", "value"])).toBe(false);
  });
});

describe("titles and blank lines", () => {
  it("a title is one filled cell that names no column", () => {
    expect(isTitle(["成武县2025年7月指标填报表", "", ""])).toBe(true);
    expect(isTitle(["indicator", "", ""])).toBe(false);
    expect(isTitle(["表一", "填报单位：县统计局"])).toBe(false);
    expect(isTitle(["", " "])).toBe(false);
  });

  it("a blank line has nothing but white space", () => {
    expect(isBlank(["", " ", "\u3000", "\t"])).toBe(true);
    expect(isBlank(["", "x"])).toBe(false);
  });
});

describe("a title line above a header with another delimiter", () => {
  it("a `;` file with its title above the header is read: the title a note, the rows valid", async () => {
    const { validateBytes } = await import("../../src/data/read.js");
    const { miniPlan } = await import("./mini-plan.js");
    const csv = "成武县2025年7月指标填报表\nindicator;period;value\nurbanization-rate;2025-06;51\n";
    const r = validateBytes(new TextEncoder().encode(csv), "drop.csv", miniPlan);
    expect(r.delimiter).toBe(";");
    expect(r.findings.map((f) => `${f.code}@${f.line}`)).toEqual(["title-row@1"]);
    expect([r.rowsRead, r.rowsValid]).toEqual([1, 1]);
  });
});

/** Structural cases too big or too odd for a fixture file. */
import { describe, expect, test } from "vitest";
import { validateText } from "../../src/data/read.js";
import { findingMessage } from "../../src/i18n/findings.js";
import { miniPlan } from "./mini-plan.js";

const H = "indicator,period,value\n";
const tags = (text: string) =>
  validateText(text, "x.csv", miniPlan).findings.map((f) => `${f.code}@${f.line ?? ""}`);

describe("structure", () => {
  test("a record over the size limit", () => {
    const text = `${H}urbanization-rate,2024-06,"${"9".repeat(130_000)}\nurbanization-rate,2024-07,53\n`;
    const r = validateText(text, "x.csv", miniPlan);
    expect(r.findings.map((f) => f.code)).toEqual(["record-too-large"]);
    // csv-parse stops there: the rest of the file is that one unreadable record
    expect(r.findings[0]).toMatchObject({ line: 2, args: { endLine: 3 } });
    expect([r.rowsRead, r.rowsInvalid]).toEqual([1, 1]);
    expect(r.rowsRead).toBe(r.rowsValid + r.rowsInvalid);
    expect(findingMessage(r.findings[0] as never, "en")).toContain("line 2");
  });

  test("blank lines before the header are reported, the header found after them", () => {
    expect(tags(`\n\n${H}urbanization-rate,2024-06,53\n`)).toEqual(["blank-row@1"]);
  });

  test("a lone CR line ending", () => {
    const r = validateText(
      `${H}urbanization-rate,2024-06,53\rfoo,2024-06,1\r`.replace("\n", "\r"),
      "x",
      miniPlan,
    );
    expect(r.findings.map((f) => `${f.code}@${f.line}`)).toEqual(["unknown-indicator@3"]);
  });

  test("mixed line endings", () => {
    expect(
      tags(`indicator,period,value\r\nurbanization-rate,2024-06,53\nfoo,2024-06,1\r\n`),
    ).toEqual(["unknown-indicator@3"]);
  });

  test("quoted cells and escaped quotes", () => {
    const r = validateText(
      `${H}"urbanization-rate","2024-06"," 53 "\n"ring-road-built",2024-06,"done"\n`,
      "x",
      miniPlan,
    );
    expect(r.findings).toEqual([]);
    expect(r.observations.map((o) => o.value)).toEqual([53, "done"]);
  });

  test("a finding's column number points at the cell", () => {
    const r = validateText(`${H}urbanization-rate,2024-06,abc\n`, "x", miniPlan);
    expect(r.findings[0]).toMatchObject({ line: 2, col: 27, column: "value", value: "abc" });
  });

  test("the column name is the header as written", () => {
    const r = validateText("指标,报告期,数值\nurbanization-rate,2024-06,abc\n", "x", miniPlan);
    expect(r.findings[0]).toMatchObject({ code: "value-not-number", column: "数值" });
  });

  test("an indicator id is matched without regard to case", () => {
    expect(tags(`${H}Urbanization-Rate,2024-06,53\n`)).toEqual([]);
  });

  test("an area on a by-area indicator and a county row are different keys", () => {
    expect(
      tags(`${H.trim()},area\npv-capacity-new,2024-06,1,\npv-capacity-new,2024-06,1,城关\n`),
    ).toEqual([]);
  });
});

/** The sanitising step of the human formats, Markdown code spans, and CSV formula defusing. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, defuse } from "../../src/format/check/csv.js";
import { mdCode } from "../../src/format/check/markdown.js";
import { safeFiles, safeText } from "../../src/format/safe.js";

/** What a terminal would obey: controls, bidi overrides, line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be left
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe("safeText", () => {
  it.each([
    ["plain 文本 text", "plain 文本 text"],
    ["\x1b[2K… 6 valid\x1b[8m", "\\x1b[2K… 6 valid\\x1b[8m"],
    ["\x1b]52;c;eA==\x07", "\\x1b]52;c;eA==\\x07"],
    ["a\r\nb\nc\rd", "a↵b↵c↵d"],
    ["a\u2028b\u2029c", "a↵b↵c"],
    ["\u202eevil\u202c", "\\u202eevil\\u202c"],
    ["\u2066x\u2069", "\\u2066x\\u2069"],
    ["tab\there", "tab\\there"],
    ["\x7f\x85\x9b", "\\x7f\\x85\\x9b"],
    ["\u0000", "\\x00"],
  ])("%j → %j", (input, shown) => {
    expect(safeText(input)).toBe(shown);
  });

  it("leaves nothing a terminal would obey (property, fixed seed)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(safeText(s)).not.toMatch(UNSAFE);
      }),
      { seed: 15, numRuns: 500 },
    );
  });

  it("makes every text of a file's findings safe, and only those", () => {
    const [f] = safeFiles([
      {
        path: "a\nb.csv",
        encoding: "utf-8",
        delimiter: "\t",
        rowsRead: 1,
        rowsValid: 0,
        rowsInvalid: 1,
        findings: [
          {
            code: "unknown-area",
            severity: "error",
            file: "a\nb.csv",
            line: 2,
            column: "\x1b[31marea",
            value: "\u202e镇",
            args: { suggestion: "x\x07", count: 3 },
          },
        ],
      },
    ]);
    expect(f?.path).toBe("a↵b.csv");
    expect(f?.findings[0]).toEqual({
      code: "unknown-area",
      severity: "error",
      file: "a↵b.csv",
      line: 2,
      column: "\\x1b[31marea",
      value: "\\u202e镇",
      args: { suggestion: "x\\x07", count: 3 },
    });
  });
});

describe("mdCode", () => {
  it.each([
    ["a.csv", "`a.csv`"],
    ["d`e``f.csv", "```d`e``f.csv```"],
    ["`x", "`` `x ``"],
  ])("%s → %s", (s, md) => {
    expect(mdCode(s)).toBe(md);
  });
});

describe("CSV formula injection (OWASP)", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1+1", "'+1+1"],
    ["-x", "'-x"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["-5", "-5"],
    ["+2.5", "+2.5"],
    ["-1e3", "-1e3"],
    ["普通文字", "普通文字"],
  ])("defuse(%j) = %j", (s, out) => {
    expect(defuse(s)).toBe(out);
  });

  it("numbers are written as they are; text is defused, then quoted", () => {
    expect(csvField(-3)).toBe("-3");
    expect(csvField("=1,2")).toBe('"\'=1,2"');
    expect(csvField("\rx")).toBe('"\'\rx"');
  });
});

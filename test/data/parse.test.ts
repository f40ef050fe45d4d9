/** Unit tests: periods, numbers, states, units, headers, delimiters, encodings. */
import { describe, expect, test } from "vitest";
import { cellColumns, detectDelimiter, LineEndings } from "../../src/data/csv.js";
import {
  canonicalEncoding,
  decodeAll,
  looksBinary,
  sniffEncoding,
} from "../../src/data/encoding.js";
import { mapHeader } from "../../src/data/headers.js";
import { parseNumber, parseState } from "../../src/data/number.js";
import { endMonth, normalizePeriod, parsePeriod, periodProblem } from "../../src/data/period.js";
import { convert, resolveUom, sameUom } from "../../src/data/uom.js";
import { editDistance, nameKey, nearest, toHalfWidth } from "../../src/names.js";

describe("periods", () => {
  test("endMonth: the month a spelling's period ends in (--period, --month)", () => {
    expect(endMonth("2025年7月")).toBe("2025-07");
    expect(endMonth("2025-Q3")).toBe("2025-09");
    expect(endMonth("2025年第三季度")).toBe("2025-09");
    expect(endMonth("2025")).toBe("2025-12");
    expect(endMonth("2025年1-6月")).toBe("2025-06");
    expect(endMonth("July")).toBeUndefined();
    expect(endMonth("2025-13")).toBeUndefined();
  });

  test.each([
    ["2024", "2024"],
    ["2024年", "2024"],
    [" 2024 ", "2024"],
    ["２０２４", "2024"],
    ["2024-Q2", "2024-Q2"],
    ["2024q2", "2024-Q2"],
    ["2024Q4", "2024-Q4"],
    ["2024 Q1", "2024-Q1"],
    ["2024/Q3", "2024-Q3"],
    ["2024年第2季度", "2024-Q2"],
    ["2024年第二季度", "2024-Q2"],
    ["2024年一季度", "2024-Q1"],
    ["2024年4季度", "2024-Q4"],
    ["2024-06", "2024-06"],
    ["2024-6", "2024-06"],
    ["2024/06", "2024-06"],
    ["2024/6", "2024-06"],
    ["2024.6", "2024-06"],
    ["202406", "2024-06"],
    ["2024年6月", "2024-06"],
    ["2024年06月", "2024-06"],
    ["2024年12月份", "2024-12"],
    ["2024/6/30", "2024-06"],
    ["2024-02-29", "2024-02"],
    ["2024年6月1日", "2024-06"],
    // as departments write them (issue 14)
    ["2025年1-6月", "2025-06"],
    ["2025年1—6月", "2025-06"],
    ["2025年1–6月", "2025-06"],
    ["2025年1～6月", "2025-06"],
    ["2025年1~6月", "2025-06"],
    ["2025年1－6月", "2025-06"],
    ["2025年1至6月", "2025-06"],
    ["2025年1月-6月", "2025-06"],
    ["2025年1月至2025年6月", "2025-06"],
    ["2025年1-6月份", "2025-06"],
    ["2025年1-12月", "2025-12"],
    ["2025年1-1月", "2025-01"],
    ["2025.1-6", "2025-06"],
    ["2025年 1-6 月", "2025-06"],
    ["２０２５年１－６月", "2025-06"],
    ["25年6月", "2025-06"],
    ["24年12月", "2024-12"],
    ["25年1-6月", "2025-06"],
    ["2025上半年", "2025-06"],
    ["2025年上半年", "2025-06"],
    ["2025年前三季度", "2025-09"],
    ["2025前三季度", "2025-09"],
    ["2025年前两季度", "2025-06"],
    ["2025年前3季度", "2025-09"],
    ["二〇二五年六月", "2025-06"],
    ["二〇二五年十二月", "2025-12"],
    ["二〇二四年十月", "2024-10"],
    ["二〇二五年", "2025"],
    ["二零二五年", "2025"],
    ["二〇二五年上半年", "2025-06"],
    ["二〇二五年一至六月", "2025-06"],
    ["2025.6", "2025-06"],
    ["2025.06", "2025-06"],
    ["2025.12", "2025-12"],
    ["2025年6月底", "2025-06"],
    ["2025年6月末", "2025-06"],
    ["截至2025年6月", "2025-06"],
    ["截止到2025年6月底", "2025-06"],
    ["2025年度", "2025"],
    ["2025年全年", "2025"],
    ["2025年二季度", "2025-Q2"],
    ["2025年第2季", "2025-Q2"],
    // a span of exactly one quarter not starting in January is that quarter
    ["2025年4-6月", "2025-Q2"],
    ["2025年7—9月", "2025-Q3"],
    ["2025年10-12月", "2025-Q4"],
    ["2025年6-6月", "2025-06"],
  ])("%s → %s", (input, out) => {
    expect(normalizePeriod(input)).toBe(out);
  });

  test.each([
    "",
    "24",
    "2024-13",
    "2024-00",
    "2024-Q0",
    "2024-Q5",
    "2024年13月",
    "2024年6-4月",
    "2024年1-13月",
    "2024年0-6月",
    "2025年前五季度",
    "2025年下半年",
    "2025年4-5月",
    "6月",
    "June 2024",
    "2024-06-31",
    "2023-02-29",
    "2024H1",
  ])("rejects %j", (input) => {
    expect(parsePeriod(input)).toBeUndefined();
  });

  // why a spelling is refused, when a department can be told more than "not understood"
  test.each([
    ["6月", { code: "period-needs-year", example: "2025年6月" }],
    ["6月份", { code: "period-needs-year", example: "2025年6月份" }],
    ["六月", { code: "period-needs-year", example: "2025年六月" }],
    ["1-6月", { code: "period-needs-year", example: "2025年1-6月" }],
    ["1—6月", { code: "period-needs-year", example: "2025年1—6月" }],
    ["上半年", { code: "period-needs-year", example: "2025年上半年" }],
    ["前三季度", { code: "period-needs-year", example: "2025年前三季度" }],
    ["二季度", { code: "period-needs-year", example: "2025年二季度" }],
    ["第二季度", { code: "period-needs-year", example: "2025年第二季度" }],
    ["Q2", { code: "period-needs-year", example: "2025-Q2" }],
    ["2025年4-5月", { code: "period-span", example: "2025年1-5月" }],
    ["2025年2—6月", { code: "period-span", example: "2025年1-6月" }],
    ["2025年下半年", { code: "period-span", example: "2025年1-12月" }],
    ["2025年4-9月", { code: "period-span", example: "2025年1-9月" }],
    ["2025-13", undefined],
    ["2025年6-4月", undefined],
    ["June", undefined],
  ])("problem with %j", (input, problem) => {
    expect(parsePeriod(input)).toBeUndefined();
    expect(periodProblem(input, 2025)).toEqual(problem);
  });

  test("start, end and the date flag", () => {
    expect(parsePeriod("2024-02")).toEqual({
      period: "2024-02",
      start: "2024-02-01",
      end: "2024-02-29",
    });
    expect(parsePeriod("2023-02")?.end).toBe("2023-02-28");
    expect(parsePeriod("2024-Q3")).toMatchObject({ start: "2024-07-01", end: "2024-09-30" });
    expect(parsePeriod("2024")).toMatchObject({ start: "2024-01-01", end: "2024-12-31" });
    expect(parsePeriod("2024/6/30")?.fromDate).toBe(true);
    expect(parsePeriod("2024-06")?.fromDate).toBeUndefined();
  });
});

describe("numbers", () => {
  test.each([
    ["1100", 1100, false],
    [" 1100 ", 1100, false],
    ["1,100", 1100, false],
    ["1,234,567.5", 1234567.5, false],
    ["１１００", 1100, false],
    ["１，１００", 1100, false],
    ["５３．５", 53.5, false],
    ["53%", 53, true],
    ["５３％", 53, true],
    ["53.5 %", 53.5, true],
    ["-3", -3, false],
    ["－3", -3, false],
    ["−3", -3, false],
    ["+4", 4, false],
    [".5", 0.5, false],
    ["5.", 5, false],
    ["1.1E+07", 11000000, false],
    ["-0", 0, false],
    ["0e-400", 0, false],
    ["0.000e5", 0, false],
    ["1e-300", 1e-300, false],
  ])("%j → %d", (input, value, percent) => {
    expect(parseNumber(input)).toEqual({ ok: true, value, percent });
  });

  test.each([
    "",
    " ",
    "NaN",
    "Infinity",
    "-Infinity",
    "abc",
    "1,1",
    "12,34,567",
    "1.1.1",
    "5 3",
    "1e999",
    "1e-400",
    "-2.5e-999",
    "1e-400%",
    "%",
    "0x10",
    "1_000",
  ])("rejects %j", (input) => {
    expect(parseNumber(input).ok).toBe(false);
  });

  test("states", () => {
    expect(parseState("done")).toBe("done");
    expect(parseState(" Done ")).toBe("done");
    expect(parseState("in progress")).toBe("in_progress");
    expect(parseState("not-started")).toBe("not_started");
    expect(parseState("已完成")).toBe("done");
    expect(parseState("推进中")).toBe("in_progress");
    expect(parseState("未开工")).toBe("not_started");
    expect(parseState("finished")).toBeUndefined();
    expect(parseState("50")).toBeUndefined();
  });
});

describe("units", () => {
  test.each([
    [1100, "千瓦", "万千瓦", 0.11],
    [0.11, "万千瓦", "千瓦", 1100],
    [2.5, "MW", "万千瓦", 0.25],
    [2.5, "兆瓦", "kW", 2500],
    [3, "kw", "千瓦", 3],
    [12000, "平方米", "万平方米", 1.2],
    [12000, "㎡", "万平方米", 1.2],
    [12000, "m²", "万平方米", 1.2],
    [5, "万个", "个", 50000],
    [3, "万人", "人", 30000],
    [12, "万人次", "人次", 120000],
    [1500, "米", "公里", 1.5],
    [2, "km", "千米", 2],
    [2, "千米", "公里", 2],
    [1, "亿元", "万元", 10000],
    [3, "亩", "平方米", 2000],
    [1, "公顷", "亩", 15],
    [53, "％", "%", 53],
    [7, "个 ", "个", 7],
    [7, "℃", "℃", 7],
  ])("%d %s → %s", (v, from, to, out) => {
    expect(convert(v, from, to)).toBeCloseTo(out, 9);
  });

  test.each([
    ["个", "万千瓦"],
    ["人", "人次"],
    ["户", "个"],
    ["%", "个"],
    ["斤", "千克"],
    ["千瓦", "千瓦时"],
    ["平方米", "米"],
  ])("%s does not convert to %s", (from, to) => {
    expect(convert(1, from, to)).toBeUndefined();
  });

  test("resolution", () => {
    expect(resolveUom("万千瓦")).toEqual({ dim: "power", factor: 10000 });
    expect(resolveUom("百万千瓦")).toEqual({ dim: "power", factor: 1e6 });
    expect(resolveUom("万户")).toEqual({ dim: "户", factor: 10000 });
    expect(resolveUom("furlong")).toBeUndefined();
    expect(sameUom("MW", "兆瓦")).toBe(true);
    expect(sameUom("MW", "千瓦")).toBe(false);
  });
});

describe("headers", () => {
  test.each([
    ["indicator", "indicator"],
    [" Indicator ", "indicator"],
    ["INDICATOR", "indicator"],
    ["指标", "indicator"],
    ["\uFEFFindicator", "indicator"],
    ["period", "period"],
    ["报告期", "period"],
    ["期间", "period"],
    ["时期", "period"],
    ["value", "value"],
    ["数值", "value"],
    ["值", "value"],
    ["单位", "unit"],
    ["Unit", "unit"],
    ["地区", "area"],
    ["镇街", "area"],
    ["reported_by", "reported_by"],
    ["Reported By", "reported_by"],
    ["reported-by", "reported_by"],
    ["填报单位", "reported_by"],
    ["备注", "note"],
    ["Note", "note"],
    ["ｖａｌｕｅ", "value"],
  ])("%j → %s", (name, field) => {
    expect(mapHeader(name)).toBe(field);
  });

  test("unknown names", () => {
    expect(mapHeader("comment")).toBeUndefined();
    expect(mapHeader("")).toBeUndefined();
  });
});

describe("delimiters and line endings", () => {
  test.each([
    ["a,b,c\n1;2;3;4\n", ","],
    ["a;b;c\n1,2\n", ";"],
    ["a\tb\tc\n", "\t"],
    ['"a,b";c;d\n', ";"],
    ["\n\na;b\n", ";"],
    ["single\n", ","],
    ["", ","],
    // a title line (no delimiter) above the header: the header decides
    ["成武县2025年7月指标填报表\nindicator;period;value\nx;2025-06;1\n", ";"],
    ["表一\r\n\r\n填报说明\r\na\tb\tc\r\n", "\t"],
    ["\t\t\na;b\n", ";"],
    // past three such lines it is not a header: `,`
    ["t1\nt2\nt3\nt4\na;b\n", ","],
  ])("%j → %j", (text, d) => {
    expect(detectDelimiter(text)).toBe(d);
  });

  test("CRLF and CR across chunk boundaries", () => {
    const le = new LineEndings();
    const out = ["a\r", "\nb\r", "c\r\n", "d"].map((c) => le.push(c)).join("");
    expect(out).toBe("a\nb\nc\nd");
    expect(le.lastLine).toBe(4);
  });

  test("cell columns", () => {
    expect(cellColumns('ab,"c,d",e\n', ",")).toEqual([1, 4, 10]);
    expect(cellColumns('a,"x\ny",z\n', ",")).toEqual([1, 3, undefined]);
  });
});

describe("encodings", () => {
  const zh = "指标,报告期,数值\n城镇化率,2024年6月,53\n";
  test("UTF-8, with and without BOM", () => {
    const bytes = new TextEncoder().encode(zh);
    expect(sniffEncoding(bytes, true)).toEqual({ encoding: "utf-8", bom: 0 });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(sniffEncoding(bom, true)).toEqual({ encoding: "utf-8", bom: 3 });
  });

  test("GB18030 when the bytes are not UTF-8", async () => {
    const iconv = (await import("iconv-lite")).default;
    const gb = iconv.encode(zh, "gb18030");
    expect(sniffEncoding(gb, true).encoding).toBe("gb18030");
    expect(decodeAll(gb, "gb18030").text).toBe(zh);
  });

  test("a UTF-8 sequence cut at the end of the sniffed window is not a GB18030 sign", () => {
    const bytes = new TextEncoder().encode("指标");
    expect(sniffEncoding(bytes.subarray(0, 4), false).encoding).toBe("utf-8");
    expect(sniffEncoding(bytes.subarray(0, 4), true).encoding).toBe("gb18030");
  });

  test("UTF-16 BOMs", () => {
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]), true)).toEqual({
      encoding: "utf-16le",
      bom: 2,
    });
  });

  test("option names", () => {
    expect(canonicalEncoding("UTF8")).toBe("utf-8");
    expect(canonicalEncoding("gb18030")).toBe("gb18030");
    expect(canonicalEncoding("GBK")).toBe("gbk");
    expect(canonicalEncoding("latin1")).toBeUndefined();
  });

  test("binary detection", () => {
    expect(looksBinary("a,b\n1,2\n")).toBe(false);
    expect(looksBinary("a\u0000b")).toBe(true);
    expect(looksBinary("\u0001\u0002\u0003abc")).toBe(true);
    expect(looksBinary(`${"x".repeat(200)}\u001a`)).toBe(false);
    expect(looksBinary("数据\uFFFD\uFFFD")).toBe(false);
  });
});

describe("text helpers", () => {
  test("half-width", () => {
    expect(toHalfWidth("ＡＢＣ　１２３％")).toBe("ABC 123%");
  });
  test("edit distance and nearest", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(nearest("urbanizaton-rate", ["urbanization-rate", "sewage-coverage"])).toBe(
      "urbanization-rate",
    );
    expect(nearest("zzz", ["urbanization-rate"])).toBeUndefined();
    expect(nearest("火星", ["城关", "东城"])).toBeUndefined();
  });
});

describe("names: one normalisation", () => {
  test("width, white space, case and quotation marks aside", () => {
    expect(nameKey("“十强”产业 ")).toBe(nameKey('"十强"产业'));
    expect(nameKey("十强产业")).toBe(nameKey("「十强」产业"));
    expect(nameKey("ＧＤＰ 增速")).toBe("gdp增速");
  });

  test("units of measure and headers are matched by it", () => {
    expect(sameUom("㎡", "m²")).toBe(true);
    expect(sameUom("平方米", "m^2")).toBe(true);
    expect(mapHeader("Reported-By")).toBe("reported_by");
    expect(mapHeader("reported by")).toBe("reported_by");
    expect(mapHeader("ＶＡＬＵＥ")).toBe("value");
  });
});

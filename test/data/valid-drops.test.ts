/** Valid drops in every accepted form give the same observations and no findings. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readDrop, readDrops, validateBytes, validateText } from "../../src/data/read.js";
import type { Observation } from "../../src/data/types.js";
import { miniPlan } from "./mini-plan.js";

const DIR = new URL("../../fixtures/drops/", import.meta.url).pathname;

const VALID: [string, string, string][] = [
  ["valid-utf8.csv", "utf-8", ","],
  ["valid-utf8-bom.csv", "utf-8", ","],
  ["valid-gb18030.csv", "gb18030", ","],
  ["valid-crlf.csv", "utf-8", ","],
  ["valid-semicolon.csv", "utf-8", ";"],
  ["valid-tab.csv", "utf-8", "\t"],
];

const strip = (o: Observation[]) => o.map(({ file: _f, ...rest }) => rest);

const EXPECTED: Omit<Observation, "file">[] = [
  {
    indicator: "urbanization-rate",
    period: "2023",
    date: "2023-12-31",
    value: 51.2,
    area: null,
    reportedBy: "devrc",
    sender: "devrc",
    senderSource: "reported-by",
    line: 2,
  },
  {
    indicator: "urbanization-rate",
    period: "2024-06",
    date: "2024-06-30",
    value: 53.1,
    area: null,
    reportedBy: "devrc",
    sender: "devrc",
    senderSource: "reported-by",
    line: 3,
  },
  {
    indicator: "sewage-coverage",
    period: "2024-Q2",
    date: "2024-06-30",
    value: 80,
    area: "chengguan",
    reportedBy: "housing",
    sender: "housing",
    senderSource: "reported-by",
    line: 4,
  },
  {
    indicator: "sewage-coverage",
    period: "2024-Q2",
    date: "2024-06-30",
    value: 100,
    area: "dongcheng",
    reportedBy: "housing",
    sender: "housing",
    senderSource: "reported-by",
    line: 5,
  },
  {
    indicator: "pv-capacity-new",
    period: "2024-06",
    date: "2024-06-30",
    value: 0.11,
    area: "chengguan",
    reportedBy: "housing",
    sender: "housing",
    senderSource: "reported-by",
    line: 6,
  },
  {
    indicator: "pv-capacity-new",
    period: "2024-06",
    date: "2024-06-30",
    value: 0.25,
    area: "xiqiao",
    reportedBy: "housing",
    sender: "housing",
    senderSource: "reported-by",
    line: 7,
  },
  {
    indicator: "old-community-renovated",
    period: "2024-06",
    date: "2024-06-30",
    value: 8,
    area: null,
    reportedBy: "housing",
    sender: "housing",
    senderSource: "reported-by",
    line: 8,
  },
  {
    indicator: "urban-jobs-new",
    period: "2024-Q2",
    date: "2024-06-30",
    value: 1650,
    area: null,
    reportedBy: "hrss",
    sender: "hrss",
    senderSource: "reported-by",
    line: 9,
  },
  {
    indicator: "dilapidated-houses",
    period: "2024-06",
    date: "2024-06-30",
    value: 12,
    area: null,
    reportedBy: "housing",
    sender: "housing",
    senderSource: "reported-by",
    line: 10,
  },
  {
    indicator: "ring-road-built",
    period: "2024-06",
    date: "2024-06-30",
    value: "in_progress",
    area: null,
    reportedBy: "housing",
    sender: "housing",
    senderSource: "reported-by",
    line: 11,
  },
];

describe("valid drops", () => {
  test.each(VALID)("%s (%s, %j)", async (name, encoding, delimiter) => {
    const path = join(DIR, name);
    const r = await readDrop(path, miniPlan);
    expect(r.findings).toEqual([]);
    expect(r.encoding).toBe(encoding);
    expect(r.delimiter).toBe(delimiter);
    expect([r.rowsRead, r.rowsValid, r.rowsInvalid]).toEqual([10, 10, 0]);
    expect(strip(r.observations)).toEqual(EXPECTED);
    expect(r.observations.every((o) => o.file === path)).toBe(true);
    expect(validateBytes(readFileSync(path), path, miniPlan)).toEqual(r);
  });

  test("the encoding option overrides detection", async () => {
    const path = join(DIR, "valid-gb18030.csv");
    const forced = await readDrop(path, miniPlan, { encoding: "gbk" });
    expect(forced.encoding).toBe("gbk");
    expect(forced.rowsValid).toBe(10);
    const wrong = await readDrop(path, miniPlan, { encoding: "utf-8" });
    expect(wrong.encoding).toBe("utf-8");
    expect(wrong.findings.map((f) => f.code)).toContain("invalid-bytes");
    expect(wrong.rowsRead).toBe(wrong.rowsValid + wrong.rowsInvalid);
  });

  test("the delimiter option overrides detection", () => {
    const text = "indicator;period;value\nurbanization-rate;2024-06;53\n";
    expect(validateText(text, "x.csv", miniPlan).rowsValid).toBe(1);
    const r = validateText(text, "x.csv", miniPlan, { delimiter: "," });
    expect(r.delimiter).toBe(",");
    expect(r.findings.map((f) => f.code)).toEqual([
      "unknown-column",
      "missing-header",
      "missing-header",
      "missing-header",
    ]);
  });

  test("bad options throw", () => {
    expect(() => validateText("", "x", miniPlan, { delimiter: "ab" })).toThrow(/delimiter/);
    expect(() => validateBytes(new Uint8Array(), "x", miniPlan, { encoding: "latin1" })).toThrow(
      /encoding/,
    );
  });

  test("a UTF-16 file with BOM (Excel's Unicode text) is read", () => {
    const text = "indicator\tperiod\tvalue\r\nurbanization-rate\t2024-06\t53\r\n";
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    const r = validateBytes(bytes, "u16.csv", miniPlan);
    expect(r.encoding).toBe("utf-16le");
    expect(r.delimiter).toBe("\t");
    expect(r.findings).toEqual([]);
    expect(r.rowsValid).toBe(1);
  });
});

describe("readDrops", () => {
  test("a directory means its .csv files, sorted, others listed as skipped; findings sorted by file then line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-drops-"));
    writeFileSync(join(dir, "b.csv"), "indicator,period,value\nurbanization-rate,2024-06,abc\n");
    writeFileSync(
      join(dir, "a.csv"),
      "indicator,period,value\nurbanization-rate,2024-07,53\n\nfoo,2024-06,1\n",
    );
    writeFileSync(join(dir, "notes.txt"), "not a drop");
    const r = await readDrops([dir], miniPlan);
    expect(r.files.map((f) => f.path)).toEqual([
      join(dir, "a.csv"),
      join(dir, "b.csv"),
      join(dir, "notes.txt"),
    ]);
    expect(r.findings.map((f) => [f.file.slice(dir.length + 1), f.line, f.code])).toEqual([
      ["a.csv", 3, "blank-row"],
      ["a.csv", 4, "unknown-indicator"],
      ["b.csv", 2, "value-not-number"],
      ["notes.txt", undefined, "skipped-file"],
    ]);
    expect(r.observations).toHaveLength(1);
    expect("observations" in (r.files[0] as object)).toBe(false);
  });

  test("a different value in a later file is a revision: it supersedes, with a warning (v2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-drops-"));
    const a = join(dir, "a.csv");
    const b = join(dir, "b.csv");
    writeFileSync(a, "indicator,period,value\nurbanization-rate,2024-06,53\n");
    writeFileSync(b, "indicator,period,value\nurbanization-rate,2024-Q2,54\n");
    const r = await readDrops([a, b], miniPlan);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      code: "value-revised",
      severity: "warning",
      file: b,
      line: 2,
      args: { firstFile: a, firstLine: 2, firstValue: "53%", newValue: "54%" },
    });
    expect(r.observations.map((o) => [o.file, o.value, o.revises])).toEqual([
      [a, 53, undefined],
      [b, 54, { value: 53, file: a, line: 2 }],
    ]);
    expect(r.files.every((f) => f.rowsInvalid === 0)).toBe(true);
  });

  test("the same value in a later file is a repeat; a different one after it, in that file, a conflict", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-drops-"));
    const a = join(dir, "a.csv");
    const b = join(dir, "b.csv");
    writeFileSync(a, "indicator,period,value\nurbanization-rate,2024-06,53\n");
    writeFileSync(
      b,
      "indicator,period,value\nurbanization-rate,2024-06,53\nurbanization-rate,2024-06,55\n",
    );
    const r = await readDrops([a, b], miniPlan);
    expect(r.findings.map((f) => [f.file, f.line, f.code, f.severity])).toEqual([
      [b, 2, "duplicate-row", "warning"],
      [b, 3, "conflicting-row", "error"],
    ]);
    expect(r.observations).toHaveLength(1);
  });

  test("a revision of a revision: the last file read stands; each names the one before", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-drops-"));
    const paths = ["a.csv", "b.csv", "c.csv"].map((n) => join(dir, n));
    ["53", "54", "55"].forEach((v, i) => {
      writeFileSync(paths[i] as string, `indicator,period,value\nurbanization-rate,2024,${v}\n`);
    });
    const r = await readDrops(paths, miniPlan);
    expect(r.findings.map((f) => [f.file, f.code, f.args?.firstFile, f.args?.firstValue])).toEqual([
      [paths[1], "value-revised", paths[0], "53%"],
      [paths[2], "value-revised", paths[1], "54%"],
    ]);
    expect(r.observations.map((o) => o.value)).toEqual([53, 54, 55]);
  });

  test("unreadable paths are findings, not throws", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-drops-"));
    const missing = join(dir, "missing.csv");
    const r = await readDrops([missing, dir], miniPlan);
    expect(r.findings.map((f) => [f.file, f.code, f.args?.reason])).toEqual([
      [dir, "unreadable-file", "EISDIR"],
      [missing, "unreadable-file", "ENOENT"],
    ]);
    expect(r.files.every((f) => f.rowsRead === 0)).toBe(true);
  });
});

describe("streaming", () => {
  test("a large file: flat observations via callback, counts add up", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-big-"));
    const path = join(dir, "big.csv");
    const lines = ["indicator,period,value,area"];
    const areas = ["城关", "东城", "西桥"];
    // 20,000 distinct keys, one bad row in every 1,000
    for (let i = 0; i < 20_000; i++) {
      const y = 2024 + (i % 2);
      const m = String((Math.floor(i / 2) % 12) + 1).padStart(2, "0");
      const value = i % 1000 === 999 ? "x" : String(i);
      lines.push(`pv-capacity-new,${y}-${m},${value},${areas[i % 3]}`);
    }
    writeFileSync(path, `${lines.join("\n")}\n`);
    let seen = 0;
    const r = await readDrop(path, miniPlan, {
      onObservation: () => {
        seen++;
      },
    });
    expect(r.rowsRead).toBe(20_000);
    expect(r.rowsRead).toBe(r.rowsValid + r.rowsInvalid);
    expect(r.observations).toEqual([]);
    expect(seen).toBe(r.rowsValid - r.findings.filter((f) => f.code === "duplicate-row").length);
    expect(r.findings.filter((f) => f.code === "value-not-number")).toHaveLength(20);
  });

  test("an invalid UTF-8 byte after the first 64 KiB: the file is read as GB18030", async () => {
    const iconv = (await import("iconv-lite")).default;
    const dir = mkdtempSync(join(tmpdir(), "cwplan-late-"));
    const path = join(dir, "late.csv");
    const rows = ["indicator,period,value,note"];
    for (let i = 0; i < 3000; i++)
      rows.push(`urbanization-rate,2024-06,53,note ${i} ${"x".repeat(20)}`);
    rows[2999] = "urbanization-rate,2024-07,53,城关镇";
    const text = `${rows.join("\r\n")}\r\n`;
    writeFileSync(path, iconv.encode(text, "gb18030"));
    const r = await readDrop(path, miniPlan);
    expect(r.encoding).toBe("gb18030");
    expect(r.rowsRead).toBe(3000);
    // the other 2024-06 rows repeat the first
    expect(r.observations.map((o) => [o.period, o.line])).toEqual([
      ["2024-06", 2],
      ["2024-07", 3000],
    ]);
    expect(new Set(r.findings.map((f) => f.code))).toEqual(
      new Set(["duplicate-row", "findings-truncated"]),
    );
  });

  test("maxFindingsPerCode caps the list and says how many were left out", () => {
    const rows = ["indicator,period,value"];
    for (let i = 0; i < 30; i++) rows.push("urbanization-rate,2024-06,abc");
    const r = validateText(rows.join("\n"), "x.csv", miniPlan, { maxFindingsPerCode: 5 });
    expect(r.findings.map((f) => f.code)).toEqual([
      "findings-truncated",
      ...Array(5).fill("value-not-number"),
    ]);
    expect(r.findings[0]?.args).toEqual({ code: "value-not-number", count: 25 });
    expect(r.rowsInvalid).toBe(30);
  });
});

describe("names written as departments write them", () => {
  test("an indicator by its Chinese or English name; the id in the observation", () => {
    const text = [
      "指标,报告期,数值,填报单位",
      "常住人口城镇化率,2024年1-6月,53.1,迷你县发展改革局",
      " 常住人口 城镇化率 ,2024年7月,53.2,发改局",
      "Urbanization rate,2024.8,53.3,县发改局",
      "URBANIZATION-RATE,2024年前三季度,53.4,县发展改革局",
    ].join("\n");
    const r = validateText(text, "x.csv", miniPlan);
    expect(r.findings).toEqual([]);
    expect(r.observations.map((o) => [o.indicator, o.period, o.reportedBy])).toEqual([
      ["urbanization-rate", "2024-06", "devrc"],
      ["urbanization-rate", "2024-07", "devrc"],
      ["urbanization-rate", "2024-08", "devrc"],
      ["urbanization-rate", "2024-09", "devrc"],
    ]);
  });
});

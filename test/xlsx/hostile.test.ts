/**
 * The hostile-workbook corpus (hostile-corpus.ts), in process: each case's
 * exact findings, and the differential check that what the zip checker saw
 * (entries and their sizes, cells counted) is what the reader then read,
 * and, for every workbook whose zip is sound, what an independent zip
 * reader (Python's zipfile, through /usr/bin/python3) lists. Also: the
 * time budget, and the rows of a very hidden sheet never counted.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import type { FileReport } from "../../src/data/read.js";
import { validateWorkbook, type WorkbookTrace } from "../../src/data/xlsx/read.js";
import { DEFAULT_LIMITS, isWorksheet } from "../../src/data/xlsx/zip.js";
import { findingPlace } from "../../src/format/check/findings.js";
import { findingMessage } from "../../src/i18n/findings.js";
import { loadPlan } from "../../src/plan/load.js";
import { HEADER, HOSTILE, row, sheetData, workbook } from "./hostile-corpus.js";

const tag = (r: FileReport): string[] =>
  r.findings.map((f) => {
    const place = findingPlace(f).slice(f.file.length);
    return place === "" ? f.code : `${f.code}@${place}`;
  });

/** Entries and sizes by Python's zipfile (an independent reader), or why it refused. */
function pythonListing(bytes: Buffer): { name: string; size: number }[] | string {
  const r = spawnSync(
    "/usr/bin/python3",
    [
      "-c",
      "import sys,io,zipfile,json\nz=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\nprint(json.dumps([[i.filename,i.file_size] for i in z.infolist()]))",
    ],
    { input: bytes, encoding: "utf8" },
  );
  if (r.status !== 0) return r.stderr.trim().split("\n").pop() ?? "refused";
  return (JSON.parse(r.stdout) as [string, number][]).map(([name, size]) => ({ name, size }));
}

describe("hostile workbooks", async () => {
  const { plan } = await loadPlan(undefined);
  test.each(HOSTILE.map((c) => [c.name, c] as const))("%s", async (_n, c) => {
    const bytes = c.bytes();
    let trace: WorkbookTrace | undefined;
    const r = await validateWorkbook(bytes, "zip", `${c.name}.xlsx`, plan, {}, (t) => {
      trace = t;
    });
    expect(tag(r)).toEqual(c.findings);
    expect(r.rowsRead).toBe(r.rowsValid + r.rowsInvalid);
    for (const f of r.findings) {
      for (const lang of ["zh", "en"] as const) {
        expect(findingMessage(f, lang), `${f.code} ${lang}`).not.toMatch(/[{}]|\[\[|undefined/);
      }
    }
    // the differential: every part read is an entry the checker sized, at that size
    expect(trace).toBeDefined();
    if (!trace) return;
    const sizes = new Map(trace.entries.map((e) => [e.name, e.size]));
    for (const [name, size] of trace.partsRead) expect(sizes.get(name), name).toBe(size);
    expect(trace.cellsRead).toBeLessThanOrEqual(trace.cellsCounted);
    if (!c.findings.includes("xlsx-corrupt") && !c.findings.includes("xlsx-too-large")) {
      // a workbook read: every worksheet part was read, its cells all counted
      const sheets = trace.entries.filter((e) => isWorksheet(e.name)).map((e) => e.name);
      for (const s of sheets) expect(trace.partsRead.has(s), s).toBe(true);
      expect(pythonListing(bytes)).toEqual(trace.entries);
    }
  });

  test("the sheet read is the visible one: 40, not the very hidden 60", async () => {
    const c = HOSTILE.find((h) => h.name === "very-hidden-sheet");
    if (!c) throw new Error("no case");
    const r = await validateWorkbook(c.bytes(), "zip", "v.xlsx", plan);
    expect(r.sheet).toBe("填报表");
    expect(r.observations.map((o) => o.value)).toEqual([40]);
    expect(r.findings[0]?.args).toEqual({ sheet: "数据", read: "填报表" });
  });

  test("a gap of a million rows is one blank run", async () => {
    const c = HOSTILE.find((h) => h.name === "row-far-down");
    if (!c) throw new Error("no case");
    const r = await validateWorkbook(c.bytes(), "zip", "far.xlsx", plan);
    expect(r.findings[0]?.args).toEqual({ endLine: 999_999 });
    expect(r.observations.map((o) => o.period)).toEqual(["2025-06", "2025-07"]);
  });

  test("a t=d period is its month (2025-06), not the year", async () => {
    const c = HOSTILE.find((h) => h.name === "period-date-cell");
    if (!c) throw new Error("no case");
    const r = await validateWorkbook(c.bytes(), "zip", "d.xlsx", plan);
    expect(r.observations.map((o) => o.period)).toEqual(["2025-06"]);
  });

  test("the time budget ends a long read with a clear finding", async () => {
    const rows = Array.from({ length: 3000 }, () => row({ v: "52.1" }));
    const bytes = workbook([{ name: "Sheet1", body: sheetData([HEADER, ...rows]) }]);
    const r = await validateWorkbook(bytes, "zip", "slow.xlsx", plan, {
      limits: { ...DEFAULT_LIMITS, maxMillis: 0 },
    });
    expect(tag(r)).toEqual(["xlsx-too-large"]);
    expect(r.findings[0]?.args).toEqual({ what: "time", limit: "0 s" });
  });
});

/**
 * Limits that keep hostile input in flat memory: cells per record
 * (CellLimiter, too-many-cells) and the findings budget shared by the files
 * of a run (--max-errors), with suggestions worked out only for findings kept.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { CellLimiter, CUT_MARK, MAX_CELLS } from "../../src/data/csv.js";
import * as planIndex from "../../src/data/plan-index.js";
import { readDrops, validateStream, validateText } from "../../src/data/read.js";
import { miniPlan } from "./mini-plan.js";

// the fast project runs its files in one module graph per worker (vitest.config.ts):
// start a fresh one, so that the modules this file imports see the mock
vi.hoisted(() => vi.resetModules());
vi.mock("../../src/data/plan-index.js", async (original) => {
  const actual = await original<typeof import("../../src/data/plan-index.js")>();
  return { ...actual, suggestIndicator: vi.fn(actual.suggestIndicator) };
});

/** The text in chunks of `size` characters, as a stream of bytes. */
async function* chunked(text: string, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < text.length; i += size) yield Buffer.from(text.slice(i, i + size));
}

describe("CellLimiter", () => {
  it("passes records of up to MAX_CELLS cells through unchanged", () => {
    const line = `${"a,".repeat(MAX_CELLS - 1)}a\n"x,""y""\n",b\n`;
    expect(new CellLimiter(",").push(line)).toBe(line);
  });

  it("cuts a longer record, keeping its line breaks in one marked cell", () => {
    const head = "a,".repeat(MAX_CELLS);
    const text = `1,2\n${head}"q\nq",${",".repeat(5000)}"r\nr"\n3,4\n`;
    const l = new CellLimiter(",");
    // any chunking gives the same result
    let out = "";
    for (let i = 0; i < text.length; i += 777) out += l.push(text.slice(i, i + 777));
    out += l.end();
    expect(out).toBe(`1,2\n${head}"${CUT_MARK}\n\n"\n3,4\n`);
  });

  it("closes a record cut at the end of the input", () => {
    const l = new CellLimiter(";");
    const out = l.push(`x${";".repeat(MAX_CELLS + 10)}`) + l.end();
    expect(out).toBe(`x${";".repeat(MAX_CELLS)}"${CUT_MARK}"`);
  });

  it("streamed: the cut record is one invalid row and later line numbers stay exact", async () => {
    const pad = "urban-jobs-new,2024-01,1\n".repeat(4000); // past the 64 KiB of the whole-file path
    const wide = `"a\nb"${",".repeat(5000)}\n`;
    const text = `indicator,period,value\n${pad}${wide}urban-jobs-new,2024-02,x\n`;
    for (const size of [1000, 65536]) {
      const r = await validateStream(chunked(text, size), "w.csv", miniPlan, {
        maxFindingsPerCode: 10,
      });
      const codes = r.findings
        .filter((f) => f.code !== "duplicate-row" && f.code !== "findings-truncated")
        .map((f) => `${f.code}@${f.line}`);
      expect(codes).toEqual(["too-many-cells@4002", "value-not-number@4004"]);
      expect(r.rowsRead).toBe(4002);
      expect(r.rowsRead).toBe(r.rowsValid + r.rowsInvalid);
    }
  });

  it("never loses a line: random records, random chunking (property, fixed seed)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2500 }), fc.boolean()), { maxLength: 6 }),
        fc.integer({ min: 1, max: 5000 }),
        (records, size) => {
          const text = records
            .map(([n, q]) => (q ? `"a\n${"b".repeat(n % 7)}"` : "a") + ",".repeat(n))
            .join("\n");
          const l = new CellLimiter(",");
          let out = "";
          for (let i = 0; i < text.length; i += size) out += l.push(text.slice(i, i + size));
          out += l.end();
          const lines = (s: string) => s.split("\n").length;
          expect(lines(out)).toBe(lines(text));
          for (const [n] of records) if (n < MAX_CELLS) expect(out).toContain(",".repeat(n));
        },
      ),
      { seed: 15, numRuns: 200 },
    );
  });
});

describe("the findings budget (--max-errors)", () => {
  it("is shared by every file of a run; the rest are counted, errors included", async () => {
    const bad = "indicator,period,value\nno-such,2024-06,1\nnone,2024-06,1\nnada,2024-06,1\n";
    const r = validateText(bad, "a.csv", miniPlan);
    expect(r.findings.filter((f) => f.line !== undefined)).toHaveLength(3);
    const dir = mkdtempSync(join(tmpdir(), "cwplan-budget-"));
    for (const n of ["a", "b", "c"]) writeFileSync(join(dir, `${n}.csv`), bad);
    const run = await readDrops([dir], miniPlan, { maxFindings: 4 });
    const kept = run.files.flatMap((f) => f.findings.filter((x) => x.line !== undefined));
    expect(kept).toHaveLength(4);
    const notes = run.files.flatMap((f) =>
      f.findings.filter((x) => x.code === "findings-truncated"),
    );
    expect(notes.reduce((n, x) => n + Number(x.args?.count), 0)).toBe(5);
    expect(run.files.map((f) => f.rowsInvalid)).toEqual([3, 3, 3]);
  });

  it("works out a suggestion only for a finding it keeps", () => {
    const spy = vi.mocked(planIndex.suggestIndicator);
    const rows = Array.from({ length: 200 }, (_, i) => `urbanisation-rat${i},2024-06,1`);
    const text = `indicator,period,value\n${rows.join("\n")}\n`;
    spy.mockClear();
    validateText(text, "a.csv", miniPlan, { maxFindingsPerCode: 5 });
    expect(spy).toHaveBeenCalledTimes(5);
  });
});

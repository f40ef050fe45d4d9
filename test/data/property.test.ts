/**
 * Property-based tests: random bytes and random mutations of a valid drop never
 * make the reader throw, and no row is ever lost (rowsRead = valid + invalid).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { FINDING_CODES } from "../../src/data/codes.js";
import {
  type FileReport,
  readDrop,
  validateBytes,
  validateStream,
  validateText,
} from "../../src/data/read.js";
import { nameKey } from "../../src/names.js";
import { miniPlan } from "./mini-plan.js";

const VALID = readFileSync(new URL("../../fixtures/drops/valid-utf8.csv", import.meta.url), "utf8");

function checkInvariants(r: FileReport, path: string, lastLine: number): void {
  expect(r.rowsRead).toBe(r.rowsValid + r.rowsInvalid);
  expect(r.rowsRead).toBeGreaterThanOrEqual(0);
  expect(r.observations.length).toBeLessThanOrEqual(r.rowsValid);
  let prev = 0;
  for (const f of r.findings) {
    expect(Object.keys(FINDING_CODES)).toContain(f.code);
    expect(f.severity).toBe(FINDING_CODES[f.code as keyof typeof FINDING_CODES]);
    expect(f.file).toBe(path);
    const line = f.line ?? 0;
    expect(line).toBeGreaterThanOrEqual(prev);
    expect(line).toBeLessThanOrEqual(Math.max(lastLine, 1));
    prev = line;
  }
  for (const o of r.observations) {
    expect(o.line).toBeGreaterThanOrEqual(2);
    expect(o.line).toBeLessThanOrEqual(lastLine);
  }
}

const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

/** Characters that stress a CSV reader. */
const nasty = fc.constantFrom(
  '"',
  ",",
  ";",
  "\t",
  "\n",
  "\r",
  "\r\n",
  " ",
  "%",
  "％",
  "-",
  "1",
  "9",
  ".",
  "年",
  "\uFEFF",
  "\u0000",
  "\u0007",
  "é",
  "城关",
  "done",
);

type Mutation =
  | { kind: "insert"; at: number; s: string }
  | { kind: "delete"; at: number; n: number }
  | { kind: "dupLine"; at: number }
  | { kind: "dropLine"; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    s: fc.oneof(nasty, fc.string({ maxLength: 4 })),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.nat(),
    n: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constant("dupLine" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("dropLine" as const), at: fc.nat() }),
);

function mutate(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    if (m.kind === "insert") {
      const at = m.at % (t.length + 1);
      t = t.slice(0, at) + m.s + t.slice(at);
    } else if (m.kind === "delete") {
      const at = m.at % (t.length + 1);
      t = t.slice(0, at) + t.slice(at + m.n);
    } else {
      const lines = t.split("\n");
      const at = m.at % lines.length;
      if (m.kind === "dupLine") lines.splice(at, 0, lines[at] ?? "");
      else lines.splice(at, 1);
      t = lines.join("\n");
    }
  }
  return t;
}

describe("properties", () => {
  test("random bytes: never throws, no row lost", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = validateBytes(bytes, "random.csv", miniPlan);
        checkInvariants(r, "random.csv", lineCount(Buffer.from(bytes).toString("latin1")));
      }),
      { numRuns: 300 },
    );
  });

  test("random text: never throws, no row lost", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: "grapheme" }), (text) => {
        const r = validateText(text, "random.csv", miniPlan);
        checkInvariants(r, "random.csv", lineCount(text));
      }),
      { numRuns: 300 },
    );
  });

  test("period cells as departments might type them: each row read, none lost to the parser", () => {
    // a cell the parser reads fine must end as a row, valid or with a finding of its
    // own, never as csv-error (an exception inside the checks once turned 0205-06 so)
    const periodish = fc
      .array(fc.constantFrom(..."0123456789-Q年月季度第一二三四上半前/. 底份"), { maxLength: 12 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.array(periodish, { minLength: 1, maxLength: 20 }), (periods) => {
        const text = `indicator,period,value\n${periods.map((p) => `urbanization-rate,${p},50`).join("\n")}\n`;
        const r = validateText(text, "p.csv", miniPlan);
        expect(r.rowsRead).toBe(periods.length);
        expect(r.findings.filter((f) => f.code === "csv-error")).toEqual([]);
        checkInvariants(r, "p.csv", periods.length + 1);
      }),
      { seed: 1129, numRuns: 300 },
    );
  });

  test("mutations of a valid drop: never throws, no row lost", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        const text = mutate(VALID, ms);
        const r = validateText(text, "mutated.csv", miniPlan);
        checkInvariants(r, "mutated.csv", lineCount(text));
        // an observation's line is where its record starts: the indicator is
        // there, by its id or by a name (a deleted "-" makes urbanizationrate,
        // the English name without its space)
        const lines = text.split(/\r\n|\r|\n/);
        for (const o of r.observations) {
          const start = nameKey((lines[o.line - 1] ?? "").replace(/\uFEFF/g, ""));
          const ind = miniPlan.indicators.find((i) => i.id === o.indicator);
          const names = [o.indicator, ind?.name.zh ?? "", ind?.name.en ?? ""].map(nameKey);
          expect(names.some((n) => start.startsWith(n))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("the streaming reader agrees with the byte-level one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-prop-"));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), async (ms) => {
        const path = join(dir, `m${n++}.csv`);
        const bytes = Buffer.from(mutate(VALID, ms), "utf8");
        writeFileSync(path, bytes);
        const streamed = await readDrop(path, miniPlan);
        expect(streamed).toEqual(validateBytes(bytes, path, miniPlan));
      }),
      { numRuns: 60 },
    );
  });

  test("any chunking of a stream gives the same result as the whole bytes", async () => {
    const root = new URL("../../fixtures/drops/", import.meta.url).pathname;
    const files = [
      ...readdirSync(root).filter((f) => f.endsWith(".csv")),
      ...readdirSync(join(root, "bad")).map((f) => join("bad", f)),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...files),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }),
        async (name, sizes) => {
          const bytes = readFileSync(join(root, name));
          async function* chunks(): AsyncGenerator<Uint8Array> {
            let at = 0;
            for (let i = 0; at < bytes.length; i++) {
              const n = sizes[i % sizes.length] ?? 1;
              yield bytes.subarray(at, at + n);
              at += n;
            }
          }
          const streamed = await validateStream(chunks(), name, miniPlan);
          expect(streamed).toEqual(validateBytes(bytes, name, miniPlan));
        },
      ),
      { numRuns: 150 },
    );
  });
});

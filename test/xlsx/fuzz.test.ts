/**
 * Truncated and corrupted workbooks (fast-check, fixed seed): the reader
 * never throws, every finding is a catalogued code, and no row is lost.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { FINDING_CODES } from "../../src/data/codes.js";
import { validateWorkbook } from "../../src/data/xlsx/read.js";
import { containerOf } from "../../src/data/xlsx/sniff.js";
import { unzip } from "../../src/data/xlsx/zip.js";
import { miniPlan } from "../data/mini-plan.js";
import { zipOf } from "./hostile-corpus.js";

const BASE = readFileSync(new URL("../../fixtures/xlsx/bad/habits.xlsx", import.meta.url));

type Damage =
  | { kind: "truncate"; at: number }
  | { kind: "flip"; at: number; byte: number }
  | { kind: "overwrite"; at: number; bytes: Uint8Array }
  | { kind: "delete"; at: number; n: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant("overwrite" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.nat(),
    n: fc.integer({ min: 1, max: 200 }),
  }),
);

function apply(bytes: Buffer, ds: Damage[]): Buffer {
  let b = Buffer.from(bytes);
  for (const d of ds) {
    const at = d.at % Math.max(1, b.length);
    if (d.kind === "truncate") b = b.subarray(0, at);
    else if (d.kind === "flip") b[at] = d.byte;
    else if (d.kind === "overwrite") Buffer.from(d.bytes).copy(b, at);
    else b = Buffer.concat([b.subarray(0, at), b.subarray(at + d.n)]);
  }
  return b;
}

/** A zip of the given entries (deflated), as a workbook writer would make it. */
function zip(entries: Map<string, Buffer>): Buffer {
  return zipOf([...entries].map(([name, data]) => ({ name, data })));
}

describe("xlsx fuzz", () => {
  test("damaged XML inside a sound zip: never a throw, no row lost", async () => {
    const parts = unzip(BASE);
    const names = [...parts.keys()].filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.array(damage, { minLength: 1, maxLength: 3 }),
        async (name, ds) => {
          const entries = new Map(parts);
          entries.set(name, apply(parts.get(name) as Buffer, ds));
          const r = await validateWorkbook(zip(entries), "zip", "fuzz.xlsx", miniPlan);
          expect(r.rowsRead).toBe(r.rowsValid + r.rowsInvalid);
          for (const f of r.findings) expect(Object.keys(FINDING_CODES)).toContain(f.code);
        },
      ),
      { numRuns: 200, seed: 20250702 },
    );
  }, 120_000);

  test("damaged workbooks: never a throw, only catalogued findings, no row lost", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 4 }), async (ds) => {
        const bytes = apply(BASE, ds);
        const container = containerOf(bytes);
        if (container === "other") return; // the CSV reader's concern (test/data/property.test.ts)
        const r = await validateWorkbook(bytes, container, "fuzz.xlsx", miniPlan);
        expect(r.rowsRead).toBe(r.rowsValid + r.rowsInvalid);
        for (const f of r.findings) expect(Object.keys(FINDING_CODES)).toContain(f.code);
        if (r.findings.some((f) => f.code.startsWith("xlsx-"))) expect(r.rowsRead).toBe(0);
      }),
      { numRuns: 200, seed: 20250701 },
    );
  }, 120_000);

  test("every truncation of a workbook is an xlsx-corrupt finding, never a throw", async () => {
    for (let at = 0; at < BASE.length; at += 97) {
      const r = await validateWorkbook(BASE.subarray(0, at), "zip", "cut.xlsx", miniPlan);
      expect(r.findings.map((f) => f.code)).toEqual(["xlsx-corrupt"]);
    }
  }, 120_000);
});

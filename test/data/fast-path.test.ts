/**
 * The fast path of a stream and of a small file read whole (quote-free lines
 * split without csv-parse, see LineSplitter in src/data/csv.ts) reads exactly
 * what csv-parse reads (validateText), including where it hands over to
 * csv-parse part way through a file.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { validateBytes, validateStream, validateText } from "../../src/data/read.js";
import { miniPlan } from "./mini-plan.js";

const HEADER = "indicator,period,value,unit,area,reported_by,note";
const LINES = [
  "green-area,2024,12,,,,",
  "green-area,2024-Q1,3,万平方米,东城,,",
  "new-jobs,2024-06,40,人,,县人社局,",
  "",
  "   ",
  ",,,,,,",
  'new-jobs,2024-07,41,人,,,"a note, quoted"',
  'new-jobs,2024-08,"42",人,,,',
  'new-jobs,2024-09,43,人,,,"unclosed',
  "green-area,2024,12,,,,",
  "too,few",
  `new-jobs,2024-10,44,人,,,${"x".repeat(5000)}`,
  `new-jobs,2024-11,45,人,,,${"y".repeat(130_000)}`,
  'bad"quote,2024,1,,,,',
];

async function* chunked(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const n = sizes[i % sizes.length] ?? 1;
    yield bytes.subarray(at, at + n);
    at += n;
  }
}

describe("fast path", () => {
  test("any mix of plain, quoted, blank and long lines, in any chunks: as csv-parse reads it", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...LINES), { minLength: 0, maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 5 }),
        async (lines, finalNewline, sizes) => {
          const text = [HEADER, ...lines].join("\n") + (finalNewline ? "\n" : "");
          const bytes = new TextEncoder().encode(text);
          // validateText: csv-parse reads every record; the others split quote-free lines first
          const parsed = validateText(text, "mix.csv", miniPlan);
          const streamed = await validateStream(chunked(bytes, sizes), "mix.csv", miniPlan);
          expect(streamed).toEqual(parsed);
          expect(validateBytes(bytes, "mix.csv", miniPlan)).toEqual(parsed);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});

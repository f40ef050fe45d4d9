/**
 * The validator's shortcuts agree with what they stand in for: the duplicate
 * index's bitmap and lazily built hash table with a plain Map, and the quick
 * schema look (`fitsLength`, `periodFitsSchema`) with the schema itself.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DuplicateIndex } from "../../src/data/duplicates.js";
import { FIELDS } from "../../src/data/headers.js";
import { checkRow, fitsLength, MAX_LENGTH, periodFitsSchema } from "../../src/data/schema.js";

describe("DuplicateIndex", () => {
  test("finds each key's first row as a Map would, small keys and large alike", () => {
    const key = fc.oneof(
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 0, max: 5_000_000 }),
      fc.integer({ min: 0, max: 0xfffffffe }),
      // a plan larger than any county's: keys past 32 bits
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.constantFrom("a.csv", "b.csv"), fc.boolean()), {
          maxLength: 3000,
        }),
        (rows) => {
          const index = new DuplicateIndex();
          type Standing = {
            file: string;
            line: number;
            value: number;
            months: number;
            other: boolean;
          };
          const first = new Map<number, Standing>();
          rows.forEach(([k, file, other], line) => {
            const months = line % 2 === 0 ? 1 : 3;
            const got = index.firstOrAdd(k, file, line, line / 2, months, other);
            const { entry: _entry, ...standing } = got ?? { entry: -1 };
            const expected = first.get(k);
            expect(got === undefined ? undefined : standing).toEqual(
              expected && {
                file: expected.file,
                line: expected.line,
                value: expected.value,
                // whether the standing row is another unit's figure (issue 20, item 3)
                other: expected.other,
              },
            );
            if (!first.has(k)) first.set(k, { file, line, value: line / 2, months, other });
            else if (got && line % 3 === 0) {
              // a revision: this row now stands for the key
              index.replace(got.entry, file, line, line / 2, months, other);
              first.set(k, { file, line, value: line / 2, months, other });
            }
          });
          // the entries, read back one by one, are the rows standing for each key
          expect(index.size).toBe(first.size);
          const entries = new Map<number, Omit<Standing, "other">>();
          const { keys, files, lines, values, months } = index.columns();
          for (let i = 0; i < index.size; i++) {
            entries.set(keys[i] ?? -1, {
              file: index.fileName(files[i] ?? -1),
              line: lines[i] ?? -1,
              value: values[i] ?? -1,
              months: months[i] ?? -1,
            });
          }
          expect(entries).toEqual(
            new Map([...first].map(([k, { other: _other, ...s }]) => [k, s])),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("quick schema look", () => {
  const schema = JSON.parse(
    readFileSync(new URL("../../schemas/row.schema.json", import.meta.url), "utf8"),
  ) as { properties: Record<string, { maxLength?: number }> };

  test("MAX_LENGTH is the schema's maxLength", () => {
    for (const f of FIELDS) {
      expect(MAX_LENGTH[f]).toBe(schema.properties[f]?.maxLength ?? Number.POSITIVE_INFINITY);
    }
  });

  test("a row the quick look vouches for has no schema problem", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.string({ unit: "grapheme", maxLength: 120 }),
      fc.constantFrom("", "x".repeat(50), "x".repeat(51), "𠀀".repeat(50), "𠀀".repeat(26)),
    );
    const period = fc.constantFrom("2024", "2024-Q1", "2024-12", "0123", "123", "2024-13", "");
    fc.assert(
      fc.property(
        fc.record({
          indicator: text,
          value: text,
          unit: text,
          area: text,
          reported_by: text,
          note: text,
        }),
        period,
        (cells, p) => {
          const vouched =
            p !== "" &&
            periodFitsSchema(p) &&
            cells.indicator !== "" &&
            cells.value !== "" &&
            FIELDS.every((f) => f === "period" || fitsLength(f, cells[f as keyof typeof cells]));
          const row: Record<string, string> = { period: p };
          for (const [f, v] of Object.entries(cells)) if (v !== "") row[f] = v;
          if (p === "") delete row.period;
          if (vouched) expect(checkRow(row)).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

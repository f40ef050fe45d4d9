/** src/format/box.ts draws what cli-table3 draws, for the tables cwplan builds. */
import Table from "cli-table3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BoxCell, drawBox } from "../../src/format/box.js";
import { wrap } from "../../src/format/width.js";

function viaCliTable3(head: string[], rows: BoxCell[][], colWidths: number[]): string {
  const table = new Table({
    head,
    colWidths,
    style: { head: [], border: [], compact: false },
    wordWrap: false,
  });
  for (const row of rows) table.push(row);
  return table.toString();
}

const word = fc.constantFrom("a", "bb", "成武", "县住建局", "≥ 1 个", "x y z");
/** wrapped text, sometimes in bold or red as a whole (as headers and statuses are) */
const text = (width: number) =>
  fc
    .tuple(fc.array(word, { minLength: 0, maxLength: 8 }), fc.integer({ min: 0, max: 2 }))
    .map(([ws, paint]) => {
      const t = wrap(ws.join(" "), width).join("\n");
      if (paint === 1) return `\u001b[1m${t}\u001b[22m`;
      if (paint === 2) return `\u001b[31m${t}\u001b[39m`;
      return t;
    });

describe("drawBox", () => {
  it("matches cli-table3 on wrapped cells, with and without row spans", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 4, max: 14 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.infiniteStream(
          fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 3 })),
        ),
        (widths, nRows, dice) => {
          const it = dice[Symbol.iterator]();
          const draw = () => it.next().value as [number, number];
          const sample = (w: number) =>
            fc.sample(text(w), { numRuns: 1, seed: draw()[0] })[0] ?? "";
          const head = widths.map((w) => sample(w));
          // a spanning first column, as `cwplan plan` draws measures
          const rows: BoxCell[][] = [];
          let spanLeft = 0;
          for (let r = 0; r < nRows; r++) {
            const row: BoxCell[] = [];
            widths.forEach((w, c) => {
              if (c === 0 && spanLeft > 0) return;
              if (c === 0 && widths.length > 1) {
                const span = Math.min(draw()[1], nRows - r);
                spanLeft = span;
                row.push(span > 1 ? { content: sample(w), rowSpan: span } : sample(w));
              } else row.push(sample(w));
            });
            spanLeft--;
            rows.push(row);
          }
          const colWidths = widths.map((w) => w + 2);
          expect(drawBox(head, rows, colWidths)).toBe(viaCliTable3(head, rows, colWidths));
        },
      ),
      { numRuns: 150 },
    );
  });
});

/**
 * Terminal tables that fit a width and never cut text: cells are wrapped
 * by display width (Chinese included) before src/format/box.ts draws the
 * borders (as cli-table3 would).
 */
import { drawBox } from "./box.js";
import type { Style } from "./style.js";
import { displayWidth, wrap } from "./width.js";

/** A cell: text, or text that spans several rows. */
export type Cell = string | { content: string; rowSpan: number };

export interface TableSpec {
  head: string[];
  rows: Cell[][];
  /** columns that may not shrink below their content (numbers, ids) */
  keep?: number[];
  /** columns that give up width first, before any other shrinks */
  flex?: number[];
}

const MIN_COL = 6;
/** a column never narrower than one Chinese character */
const LAST_RESORT_MIN = 2;

/** Fit column widths into `maxWidth` (borders and padding included). */
export function fitWidths(
  natural: number[],
  maxWidth: number,
  keep: number[] = [],
  flex: number[] = [],
): number[] {
  const widths = [...natural];
  const overhead = widths.length * 3 + 1;
  let excess = widths.reduce((a, b) => a + b, 0) + overhead - maxWidth;
  const FLEX_MIN = 20;
  while (excess > 0) {
    let widest = -1;
    const flexible = flex.filter((i) => (widths[i] ?? 0) > FLEX_MIN);
    const candidates = flexible.length > 0 ? flexible : widths.map((_, i) => i);
    for (const i of candidates) {
      const w = widths[i] ?? 0;
      if (keep.includes(i) || w <= MIN_COL) continue;
      if (widest < 0 || w > (widths[widest] ?? 0)) widest = i;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess--;
  }
  // still too wide: the kept and the narrow columns give up width too, widest
  // first, down to two columns (one Chinese character): their text wraps
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      const w = widths[i] ?? 0;
      if (w > LAST_RESORT_MIN && (widest < 0 || w > (widths[widest] ?? 0))) widest = i;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess--;
  }
  return widths;
}

const text = (c: Cell | undefined): string =>
  c === undefined ? "" : typeof c === "string" ? c : c.content;

/** Column index of each cell, given the cells that earlier rows span into this one. */
function placed(rows: Cell[][]): { cell: Cell; col: number }[][] {
  const busy: number[] = [];
  return rows.map((row) => {
    const out: { cell: Cell; col: number }[] = [];
    let col = 0;
    for (const cell of row) {
      while ((busy[col] ?? 0) > 0) col++;
      out.push({ cell, col });
      if (typeof cell !== "string" && cell.rowSpan > 1) busy[col] = cell.rowSpan;
      col++;
    }
    for (let i = 0; i < busy.length; i++) if ((busy[i] ?? 0) > 0) busy[i] = (busy[i] ?? 0) - 1;
    return out;
  });
}

export function renderTable(spec: TableSpec, maxWidth: number, style: Style): string {
  const cols = spec.head.length;
  const cells = placed(spec.rows);
  const natural = Array.from({ length: cols }, (_, i) =>
    Math.max(
      displayWidth(spec.head[i] ?? ""),
      ...cells.flatMap((r) =>
        r
          .filter((c) => c.col === i)
          .map((c) => Math.max(...text(c.cell).split("\n").map(displayWidth))),
      ),
      1,
    ),
  );
  const widths = fitWidths(natural, maxWidth, spec.keep, spec.flex);
  return drawBox(
    spec.head.map((h, i) => style.bold(wrap(h, widths[i] ?? 1).join("\n"))),
    cells.map((row) =>
      row.map(({ cell, col }) => {
        const content = wrapStyled(text(cell), widths[col] ?? 1);
        return typeof cell === "string" ? content : { content, rowSpan: cell.rowSpan };
      }),
    ),
    widths.map((w) => w + 2),
  );
}

/** Wrap a cell; a cell with colour codes is wrapped only when it is too wide (rare). */
function wrapStyled(cell: string, width: number): string {
  if (displayWidth(cell) <= width && !cell.includes("\n")) return cell;
  return wrap(cell, width).join("\n");
}

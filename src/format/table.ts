/**
 * Terminal tables that fit a width and never cut text: cells are wrapped
 * by display width (Chinese included) before cli-table3 draws the borders.
 */
import Table from "cli-table3";
import type { Style } from "./style.js";
import { displayWidth, wrap } from "./width.js";

export interface TableSpec {
  head: string[];
  rows: string[][];
  /** columns that may not shrink below their content (numbers, ids) */
  keep?: number[];
}

const MIN_COL = 6;

/** Fit column widths into `maxWidth` (borders and padding included). */
export function fitWidths(natural: number[], maxWidth: number, keep: number[] = []): number[] {
  const widths = [...natural];
  const overhead = widths.length * 3 + 1;
  let excess = widths.reduce((a, b) => a + b, 0) + overhead - maxWidth;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      const w = widths[i] ?? 0;
      if (keep.includes(i) || w <= MIN_COL) continue;
      if (widest < 0 || w > (widths[widest] ?? 0)) widest = i;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess--;
  }
  return widths;
}

export function renderTable(spec: TableSpec, maxWidth: number, style: Style): string {
  const cols = spec.head.length;
  const natural = Array.from({ length: cols }, (_, i) =>
    Math.max(
      displayWidth(spec.head[i] ?? ""),
      ...spec.rows.map((r) => Math.max(...(r[i] ?? "").split("\n").map(displayWidth))),
      1,
    ),
  );
  const widths = fitWidths(natural, maxWidth, spec.keep);
  const table = new Table({
    head: spec.head.map((h, i) => style.bold(wrap(h, widths[i] ?? 1).join("\n"))),
    colWidths: widths.map((w) => w + 2),
    style: { head: [], border: [], compact: false },
    wordWrap: false,
  });
  for (const row of spec.rows) {
    table.push(row.map((cell, i) => wrapStyled(cell, widths[i] ?? 1)));
  }
  return table.toString();
}

/** Wrap a cell; a cell with colour codes is wrapped only when it is too wide (rare). */
function wrapStyled(cell: string, width: number): string {
  if (displayWidth(cell) <= width && !cell.includes("\n")) return cell;
  return wrap(cell, width).join("\n");
}

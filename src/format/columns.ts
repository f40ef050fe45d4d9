/**
 * Borderless aligned columns for the compact terminal views: one line per
 * row where it fits, cells wrapped (by display width, never inside an
 * escape sequence) where it does not, colour carried across wrapped lines.
 * Every line is at most `width` columns.
 */
import { colorizeLines } from "./box.js";
import { displayWidth, wrap } from "./width.js";

export interface ColumnsSpec {
  head: string[];
  rows: string[][];
  /** right-aligned columns (numbers) */
  right?: number[];
  /** columns that may wrap, most willing first; the others keep their width */
  flex?: number[];
}

const GAP = 2;
const FLEX_MIN = 8;

/** A line padded with spaces to `width` display columns (left or right aligned). */
export function pad(s: string, width: number, right = false): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** Wrap text (colour kept open across breaks) into lines of at most `width` columns. */
export function wrapText(text: string, width: number, indent = ""): string[] {
  const first = wrap(text, width);
  if (indent === "" || first.length <= 1) return colorizeLines(first);
  const head = first[0] ?? "";
  const rest = wrap(first.slice(1).join(""), Math.max(1, width - displayWidth(indent)));
  return colorizeLines([head, ...rest]).map((l, i) => (i === 0 ? l : indent + l));
}

export function renderColumns(spec: ColumnsSpec, width: number): string[] {
  const cols = spec.head.length;
  const right = new Set(spec.right ?? []);
  const all = [spec.head, ...spec.rows];
  const widths = Array.from({ length: cols }, (_, i) =>
    Math.max(1, ...all.map((r) => displayWidth(r[i] ?? ""))),
  );
  // the last column needs no gap after it
  let excess = widths.reduce((a, b) => a + b, 0) + GAP * (cols - 1) - width;
  for (const i of spec.flex ?? []) {
    if (excess <= 0) break;
    const give = Math.min(excess, Math.max(0, (widths[i] ?? 0) - FLEX_MIN));
    widths[i] = (widths[i] ?? 0) - give;
    excess -= give;
  }
  // still too wide: narrow the widest column, one column at a time (heads wrap)
  while (excess > 0) {
    let widest = 0;
    for (let i = 1; i < cols; i++) if ((widths[i] ?? 0) > (widths[widest] ?? 0)) widest = i;
    if ((widths[widest] ?? 0) <= 2) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess--;
  }
  const out: string[] = [];
  for (const row of all) {
    const cells = widths.map((w, i) => colorizeLines(wrap(row[i] ?? "", w)));
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      const parts = widths.map((w, i) => pad(cells[i]?.[k] ?? "", w, right.has(i)));
      out.push(parts.join(" ".repeat(GAP)).trimEnd());
    }
  }
  return out;
}

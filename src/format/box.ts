/**
 * Box drawing for terminal tables: the borders cli-table3 draws, for the
 * tables src/format/table.ts builds (fixed column widths, text already
 * wrapped to fit, cells that span rows, no column spans), without its cost.
 * cli-table3 measures every cell's text hundreds of times (a debug label it
 * truncates one character at a time), which took most of a second for one
 * `cwplan check`; test/format/box.test.ts compares the two byte for byte.
 */
import { displayWidth } from "./width.js";

/** A cell: text (lines separated by \n), or text that spans several rows. */
export type BoxCell = string | { content: string; rowSpan: number };

const BORDER = {
  top: "─",
  topMid: "┬",
  topLeft: "┌",
  topRight: "┐",
  bottom: "─",
  bottomMid: "┴",
  bottomLeft: "└",
  bottomRight: "┘",
  left: "│",
  leftMid: "├",
  mid: "─",
  midMid: "┼",
  right: "│",
  rightMid: "┤",
  middle: "│",
} as const;

interface Placed {
  x: number;
  y: number;
  rowSpan: number;
  lines: string[];
  /** lines drawn for it: its rows' heights and the rules between them */
  height: number;
}

/** A grid slot: a cell where it starts, or the cell that spans into it from above. */
type Slot = { cell: Placed; start: boolean };

/**
 * The table as cli-table3 0.6 draws it with `colWidths` (padding included,
 * one space each side), default characters and no colours on the borders.
 * `head` is row 0; every row of `rows` is separated by a rule.
 */
export function drawBox(head: string[], rows: BoxCell[][], colWidths: number[]): string {
  const grid = layout([head, ...rows]);
  const heights = rowHeights(grid);
  // first line of each row's text, counting from the top of the table
  const first: number[] = [];
  heights.reduce((line, h, y) => {
    first[y] = line + 1;
    return line + 1 + h;
  }, 0);
  for (const row of grid) {
    for (const s of row) {
      if (s.start) {
        const end = s.cell.y + Math.min(s.cell.rowSpan, grid.length - s.cell.y) - 1;
        s.cell.height = (first[end] ?? 0) + (heights[end] ?? 1) - (first[s.cell.y] ?? 0);
      }
    }
  }
  const last = colWidths.length - 1;
  const out: string[] = [];

  const width = (c: Placed) => colWidths[c.x] ?? 2;
  const isSpanInto = (y: number, x: number) => {
    const s = grid[y]?.[x];
    return s !== undefined && !s.start;
  };
  const lineOf = (c: Placed, n: number, spanningFrom?: number): string => {
    let left: string = c.x === 0 ? BORDER.left : BORDER.middle;
    if (c.x > 0 && spanningFrom && !isSpanInto(c.y + spanningFrom, c.x - 1)) left = BORDER.rightMid;
    const right = c.x === last ? BORDER.right : "";
    const w = width(c) - 2;
    const text = n < c.lines.length && n < c.height ? (c.lines[n] ?? "") : undefined;
    if (text === undefined) return left + " ".repeat(w + 2) + right;
    const pad = Math.max(0, w - displayWidth(text));
    return `${left} ${text}${" ".repeat(pad)} ${right}`;
  };
  const topOf = (c: Placed): string => {
    let corner: string;
    if (c.y === 0) corner = c.x === 0 ? BORDER.topLeft : BORDER.topMid;
    else if (c.x === 0 || isSpanInto(c.y, c.x - 1)) corner = BORDER.leftMid;
    else corner = BORDER.midMid;
    const right = c.x === last ? (c.y === 0 ? BORDER.topRight : BORDER.rightMid) : "";
    return corner + (c.y === 0 ? BORDER.top : BORDER.mid).repeat(width(c)) + right;
  };
  const bottomOf = (c: Placed): string =>
    (c.x === 0 ? BORDER.bottomLeft : BORDER.bottomMid) +
    BORDER.bottom.repeat(width(c)) +
    (c.x === last ? BORDER.bottomRight : "");
  /** where a spanning cell's text continues in a later row */
  const offsetIn = (c: Placed, y: number): number => (first[y] ?? 0) - (first[c.y] ?? 0) - 1;

  grid.forEach((row, y) => {
    out.push(
      row
        .map((s) => (s.start ? topOf(s.cell) : lineOf(s.cell, offsetIn(s.cell, y), y - s.cell.y)))
        .join(""),
    );
    for (let n = 0; n < (heights[y] ?? 1); n++) {
      out.push(row.map((s) => lineOf(s.cell, s.start ? n : offsetIn(s.cell, y) + 1 + n)).join(""));
    }
    if (y === grid.length - 1) out.push(row.map((s) => bottomOf(s.cell)).join(""));
  });
  return out.filter((l) => l.length > 0).join("\n");
}

/** Places each cell in the next free column of its row, as cli-table3 does. */
function layout(rows: BoxCell[][]): Slot[][] {
  const grid: Slot[][] = rows.map(() => []);
  rows.forEach((row, y) => {
    let x = 0;
    const line = grid[y];
    if (!line) return;
    for (const cell of row) {
      while (line[x] !== undefined) x++;
      const content = typeof cell === "string" ? cell : cell.content;
      const rowSpan = typeof cell === "string" ? 1 : Math.max(1, cell.rowSpan);
      const lines = colorizeLines(content.split("\n"));
      const placed: Placed = { x, y, rowSpan, lines, height: lines.length };
      line[x] = { cell: placed, start: true };
      for (let i = 1; i < rowSpan && y + i < rows.length; i++) {
        const below = grid[y + i];
        if (below) below[x] = { cell: placed, start: false };
      }
      x++;
    }
  });
  // cli-table3 draws a row's slots in column order
  return grid.map((line) => line.filter((s) => s !== undefined));
}

/**
 * Row heights: the tallest one-row cell of each row (at least 1); a cell
 * spanning rows that needs more lines spreads the extra over them, from the
 * last spanning cell to the first.
 */
function rowHeights(grid: Slot[][]): number[] {
  const h = grid.map(() => 1);
  const spanners: Placed[] = [];
  grid.forEach((row, y) => {
    for (const s of row) {
      if (!s.start) continue;
      if (s.cell.rowSpan > 1) spanners.push(s.cell);
      else h[y] = Math.max(h[y] ?? 1, s.cell.lines.length);
    }
  });
  for (let k = spanners.length - 1; k >= 0; k--) {
    const c = spanners[k];
    if (!c) continue;
    const span = Math.min(c.rowSpan, grid.length - c.y);
    let existing = h[c.y] ?? 1;
    for (let i = 1; i < span; i++) existing += 1 + (h[c.y + i] ?? 1);
    let editable = span;
    for (let i = 0; editable > 0 && c.lines.length > existing; i++, editable--) {
      const dif = Math.round((c.lines.length - existing) / editable);
      existing += dif;
      h[c.y + i] = (h[c.y + i] ?? 1) + dif;
    }
  }
  return h;
}

// ---- colour carried across the lines of a cell (cli-table3's colorizeLines) ----

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are control characters
const SGR = /\u001b\[((?:\d*;){0,5}\d*)m/g;
const ATTRS: Record<string, { set: string; to: boolean }> = {
  "\u001b[1m": { set: "bold", to: true },
  "\u001b[22m": { set: "bold", to: false },
  "\u001b[3m": { set: "italics", to: true },
  "\u001b[23m": { set: "italics", to: false },
  "\u001b[4m": { set: "underline", to: true },
  "\u001b[24m": { set: "underline", to: false },
  "\u001b[7m": { set: "inverse", to: true },
  "\u001b[27m": { set: "inverse", to: false },
  "\u001b[9m": { set: "strikethrough", to: true },
  "\u001b[29m": { set: "strikethrough", to: false },
};
const CODES: Record<string, { on: string; off: string }> = {
  bold: { on: "\u001b[1m", off: "\u001b[22m" },
  italics: { on: "\u001b[3m", off: "\u001b[23m" },
  underline: { on: "\u001b[4m", off: "\u001b[24m" },
  inverse: { on: "\u001b[7m", off: "\u001b[27m" },
  strikethrough: { on: "\u001b[9m", off: "\u001b[29m" },
};

interface ColorState {
  attrs: Map<string, boolean>;
  fg?: string | undefined;
  bg?: string | undefined;
}

function readState(line: string): ColorState {
  const state: ColorState = { attrs: new Map() };
  for (const m of line.matchAll(SGR)) {
    const code = m[1] ? Number.parseInt(m[1].split(";")[0] ?? "", 10) : 0;
    if ((code >= 30 && code <= 39) || (code >= 90 && code <= 97)) state.fg = m[0];
    else if ((code >= 40 && code <= 49) || (code >= 100 && code <= 107)) state.bg = m[0];
    else if (code === 0) {
      state.attrs.clear();
      state.fg = undefined;
      state.bg = undefined;
    } else {
      const a = ATTRS[m[0]];
      if (a) state.attrs.set(a.set, a.to);
    }
  }
  return state;
}

/** Closes at each line's end the styles still open, and reopens them on the next line. */
export function colorizeLines(lines: string[]): string[] {
  if (!lines.some((l) => l.includes("\u001b"))) return lines;
  let state: ColorState = { attrs: new Map() };
  return lines.map((input) => {
    let line = input;
    for (const [name, on] of state.attrs) if (on) line = (CODES[name]?.on ?? "") + line;
    if (state.bg && state.bg !== "\u001b[49m") line = state.bg + line;
    if (state.fg && state.fg !== "\u001b[39m") line = state.fg + line;
    state = readState(line);
    let out = line;
    for (const [name, on] of state.attrs) if (on) out += CODES[name]?.off ?? "";
    if (state.bg && state.bg !== "\u001b[49m") out += "\u001b[49m";
    if (state.fg && state.fg !== "\u001b[39m") out += "\u001b[39m";
    return out;
  });
}

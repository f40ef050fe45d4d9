/**
 * How a status looks, in every output: its symbol (so that colour is never
 * the only sign) and its colours on the terminal, on the HTML page and in
 * the results workbook. The codes and their order are in src/vocabulary.ts,
 * the words in src/i18n/status.ts. Word documents print the status in words
 * only (black on white, as signed papers are).
 */
import { GLANCE_COLOURS, type GlanceColour, STATUSES, type Status } from "../vocabulary.js";
import type { Style } from "./style.js";
import { solidFill } from "./xlsx/fill.js";

interface Look {
  /** beside the status's words on the page and in the at-a-glance boxes */
  symbol: string;
  /** the terminal's paint (src/cli/color.ts makes it from chalk) */
  terminal: "green" | "yellow" | "red" | "redBold" | "grey";
  /** the page's badge (text on background) and a card's left bar, CSS colours */
  html: { fg: string; bg: string; bar: string };
  /** the workbook's cell: fill, font colour (ARGB) and weight */
  xlsx: { fill: string; font: string; bold: boolean };
}

export const STATUS_LOOK: Record<Status, Look> = {
  pass: {
    symbol: "✓",
    terminal: "green",
    html: { fg: "#1b5e20", bg: "#e4f2e6", bar: "#2e7d32" },
    xlsx: { fill: "FFC6EFCE", font: "FF006100", bold: false },
  },
  behind: {
    symbol: "△",
    terminal: "yellow",
    html: { fg: "#7a4a00", bg: "#fdf0d5", bar: "#d9901a" },
    xlsx: { fill: "FFFFEB9C", font: "FF9C5700", bold: false },
  },
  "at-risk": {
    symbol: "▲",
    terminal: "red",
    html: { fg: "#8e1b12", bg: "#fbe2df", bar: "#c0392b" },
    xlsx: { fill: "FFFFC7CE", font: "FF9C0006", bold: false },
  },
  missed: {
    symbol: "✕",
    terminal: "redBold",
    html: { fg: "#ffffff", bg: "#8e1b12", bar: "#8e1b12" },
    xlsx: { fill: "FFFF0000", font: "FFFFFFFF", bold: true },
  },
  "no-data": {
    symbol: "？",
    terminal: "grey",
    html: { fg: "#424242", bg: "#ececec", bar: "#8a8a8a" },
    xlsx: { fill: "FFD9D9D9", font: "FF404040", bold: false },
  },
};

/** `text` in the status's terminal colour (unchanged when colour is off). */
export function paintStatus(status: Status, text: string, style: Style): string {
  return style[STATUS_LOOK[status].terminal](text);
}

/** The page's CSS rules for status badges (`.st-pass`) and cards' bars (`.card-pass`). */
export function statusCss(kind: "badge" | "card"): string {
  return STATUSES.map((s) => {
    const c = STATUS_LOOK[s].html;
    return kind === "badge"
      ? `.st-${s} { color: ${c.fg}; background: ${c.bg}; }`
      : `.card-${s} { border-left-color: ${c.bar}; }`;
  }).join("\n");
}

/** The at-a-glance boxes' colours (CSS), by GLANCE colour. */
export const GLANCE_LOOK: Record<GlanceColour, { fg: string; bg: string }> = {
  green: { fg: "#fff", bg: "#2e7d32" },
  amber: { fg: "#3d2a00", bg: "#f2c14e" },
  red: { fg: "#fff", bg: "#c0392b" },
  grey: { fg: "#fff", bg: "#8a8a8a" },
};

/** The page's CSS rules for the at-a-glance boxes (`.box-green`). */
export function glanceCss(): string {
  return GLANCE_COLOURS.map((g) => {
    const c = GLANCE_LOOK[g];
    return `.box-${g} { background: ${c.bg}; color: ${c.fg}; }`;
  }).join("\n");
}

/** A workbook cell (exceljs) painted in the status's fill and font. */
export function paintCell(cell: { fill?: unknown; font?: unknown }, status: Status): void {
  const c = STATUS_LOOK[status].xlsx;
  cell.fill = solidFill(c.fill);
  cell.font = { color: { argb: c.font }, bold: c.bold };
}

/**
 * Numbers as people read them, in every output (terminal, markdown, CSV,
 * the page and digest, workbook, Word): grouped thousands, decimals by unit of measure
 * (`num`, `digitsFor`, `valueText`), percentages (`pct`), signed changes,
 * figures in plain words for leaders (`amount`), and plain numbers for
 * spreadsheets and CSV (`plainNumber`). One home: no other module formats a
 * figure.
 */
import { uomWord } from "../i18n/page.js";
import { stateLabel } from "../i18n/vocabulary.js";
import type { Lang, MilestoneState } from "../vocabulary.js";

/**
 * `2,350`, `49.99`, `-0.5`: grouped thousands, at most `digits` decimals, no
 * trailing zeros. Written out rather than through Intl.NumberFormat, whose
 * first use costs ~15 ms of every start.
 */
export function num(v: number | undefined, digits = 2): string {
  if (v === undefined || !Number.isFinite(v)) return "—";
  if (Math.abs(v) >= 1e21) return v.toLocaleString("en-US");
  // toFixed rounds the exact binary value half away from zero, as Intl does
  let fixed = Math.abs(v).toFixed(digits);
  if (fixed.includes(".")) fixed = fixed.replace(/0+$/, "").replace(/\.$/, "");
  const [whole = "0", frac] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = v < 0 && fixed !== "0" ? "-" : "";
  return `${sign}${grouped}${frac ? `.${frac}` : ""}`;
}

/**
 * A share as a percentage: 0.72 → `72%` (whole, rounded half up); with
 * `digits`, up to that many decimals (0.4887 → `48.9%`).
 */
export function pct(v: number | undefined, digits = 0): string {
  if (v === undefined || !Number.isFinite(v)) return "—";
  return digits === 0 ? `${Math.round(v * 100)}%` : `${num(v * 100, digits)}%`;
}

/** `part` of `whole` as a whole percentage, from the exact quotient: 23 of 40 → `58%`. */
export function pctOf(part: number, whole: number): string {
  return `${Math.round((100 * part) / whole)}%`;
}

/** A number as a spreadsheet or CSV holds it: no grouping, at most `digits` decimals. */
export function plainNumber(v: number, digits = 4): number {
  return Number(v.toFixed(digits));
}

/**
 * A change with its sign: `+3`, `-2`, `±0`. `minus` for the page's
 * typographic `−`, `zero` for a table's plain `0`; with `digits`, the figure
 * is written by num (`+1,250.5`), and one that rounds to 0 is zero.
 */
export function signed(
  n: number,
  o: { minus?: string; zero?: string; digits?: number } = {},
): string {
  const text = o.digits === undefined ? String(Math.abs(n)) : num(Math.abs(n), o.digits);
  if (n === 0 || text === "0") return o.zero ?? "±0";
  return n > 0 ? `+${text}` : `${o.minus ?? "-"}${text}`;
}

export function valueText(
  v: number | MilestoneState | undefined,
  uom: string,
  lang: Lang,
  digits = 2,
): string {
  if (v === undefined) return "—";
  if (typeof v === "string") return stateLabel(v, lang);
  const n = num(v, digits);
  return uom === "%" ? `${n}%` : uom === "state" ? n : `${n} ${uom}`;
}

/** Units of measure that count whole things: people, households, places … (not 万人: that is a quantity). */
const COUNTS = new Set(
  "人 名 个 人次 户 套 辆 座 处 所 家 张 间 条 项 栋 台 根 床 件 次 宗 批 村 镇".split(" "),
);

/** Decimals written in a number as the plan (or a drop) gives it: 2.7 → 1, 40 → 0. */
export function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf(".");
  return dot < 0 || s.includes("e") ? 0 : s.length - dot - 1;
}

/**
 * The decimals a figure in `uom` is shown with in the human formats, given
 * the value as the plan writes it: people and counts whole (2,703 人, not
 * 2,703.21), rates to one decimal (49.9%), other quantities to one decimal
 * (35.5 万千瓦) — never fewer decimals than the plan's own value has (4.8 个
 * per thousand people stays 4.8). JSON and CSV keep every digit.
 */
export function digitsFor(uom: string, written?: number): number {
  const own = written === undefined ? 0 : decimalsOf(written);
  return Math.max(COUNTS.has(uom) ? 0 : 1, own);
}

/**
 * The decimals a reported figure is shown with: digitsFor, or more where the
 * figure itself has more (2.72 平方米 stays 2.72 beside a target of 2.7),
 * at most four. What was reported is printed; only derived figures round.
 */
export function figureDigits(uom: string, written: number | undefined, value: number): number {
  return Math.max(digitsFor(uom, written), Math.min(4, decimalsOf(value)));
}

/** `███████░░░ 72%` for a share in [0, 1] (clamped); empty when unknown. */
export function bar(share: number | undefined, cells = 10): string {
  if (share === undefined || !Number.isFinite(share)) return "";
  const s = Math.min(1, Math.max(0, share));
  const full = Math.round(s * cells);
  return `${"█".repeat(full)}${"░".repeat(cells - full)} ${pct(share)}`;
}

const SPARKS = "▁▂▃▄▅▆▇█";

/** A sparkline of a series (at least two values), scaled to its own range. */
export function sparkline(values: number[]): string {
  if (values.length < 2) return "";
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => SPARKS[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * 7)]).join("");
}

// ---- figures in plain words, for leaders (the page, the digest, charts) ----------

/** Decimals for reading: none from 100, one from 1, two below. */
function readingDigits(v: number): number {
  const a = Math.abs(v);
  return a >= 100 ? 0 : a >= 1 ? 1 : 2;
}

/** Rounded for reading: whole numbers from 100, one decimal from 1, two below. */
export function rounded(v: number): string {
  return num(v, readingDigits(v));
}

/** A reported figure: rounded as `rounded` does, but never to fewer decimals than it was reported with (at most 4). */
export function reported(v: number): string {
  return num(v, Math.max(readingDigits(v), Math.min(4, decimalsOf(v))));
}

/** A worked-out figure (not a reported one): three significant figures from 1,000 up. */
export function approx(v: number): number {
  const a = Math.abs(v);
  if (a < 1000) return v;
  const step = 10 ** (Math.floor(Math.log10(a)) - 2);
  return Math.round(v / step) * step;
}

/**
 * `50.1%`, `8个`, `305,000 kW` (en: 万 units multiplied out). `estimate`:
 * a worked-out figure, rounded further (see approx).
 */
export function amount(
  v: number | MilestoneState,
  uom: string,
  lang: Lang,
  estimate = false,
): string {
  if (typeof v === "string") return stateLabel(v, lang);
  // a reported figure keeps the decimals it was reported with (2.72 stays 2.72); a worked-out one rounds
  const r = (x: number) => (estimate ? rounded(approx(x)) : reported(x));
  if (uom === "%") return `${r(v)}%`;
  if (uom === "state") return r(v);
  if (lang === "zh") return `${r(v)}${uom}`;
  const scaled = uom.startsWith("万") && uom.length > 1;
  const n = r(scaled ? v * 10000 : v);
  const word = uomWord(scaled ? uom.slice(1) : uom, lang, n === "1");
  return word ? `${n} ${word}` : n;
}

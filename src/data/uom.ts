/**
 * Units of measure (uom: 人, 万千瓦, %; a plan file and a drop call it `unit`,
 * docs/architecture.md's glossary) and their conversions. A unit is resolved to a dimension and
 * a factor to that dimension's base unit; two units convert when they share a
 * dimension. `万`, `亿`, `千` and `百万` prefixes scale any known Chinese unit
 * (万千瓦 = 10⁴ 千瓦, 万人次 = 10⁴ 人次, 亿元 = 10⁸ 元).
 */
import { nameKey } from "../names.js";

interface Resolved {
  dim: string;
  factor: number;
}

/** Explicit units: normalised spelling → [dimension, factor to the base]. */
const TABLE: Record<string, [string, number]> = {};

function def(dim: string, factor: number, ...names: string[]): void {
  for (const n of names) TABLE[normalizeUom(n)] = [dim, factor];
}

/**
 * A unit of measure as it is matched: its `nameKey` (NFKC spells ², ³, ㎡, ㎞ …
 * out: m², ㎡ and m2 are one unit), without `^` (m^2).
 */
export function normalizeUom(uom: string): string {
  return nameKey(uom).replace(/\^/g, "");
}

// power, base 千瓦
def("power", 0.001, "瓦", "w");
def("power", 1, "千瓦", "kw");
def("power", 1000, "兆瓦", "mw");
def("power", 1e6, "吉瓦", "gw");
// energy, base 千瓦时
def("energy", 1, "千瓦时", "kwh", "度");
def("energy", 1000, "兆瓦时", "mwh");
def("energy", 1e6, "吉瓦时", "gwh");
// area, base 平方米
def("area", 1, "平方米", "平米", "m2");
def("area", 1e6, "平方公里", "平方千米", "km2");
def("area", 1e4, "公顷", "ha");
def("area", 2000 / 3, "亩");
// length, base 米
def("length", 1, "米", "m");
def("length", 1000, "公里", "千米", "km");
// volume, base 立方米
def("volume", 1, "立方米", "方", "m3");
def("volume", 0.001, "升", "l");
// mass, base 吨
def("mass", 1, "吨", "t");
def("mass", 0.001, "千克", "公斤", "kg");
// money, base 元
def("money", 1, "元");
// percentages
def("percent", 1, "%", "百分比");
// counts: each noun its own dimension (个 does not convert to 户)
def("persons", 1, "人", "名");
for (const noun of [
  "个",
  "人次",
  "户",
  "套",
  "辆",
  "座",
  "处",
  "所",
  "家",
  "张",
  "间",
  "条",
  "项",
  "栋",
  "台",
  "根",
  "床",
  "件",
  "次",
]) {
  def(noun, 1, noun);
}

const PREFIXES: [string, number][] = [
  ["百万", 1e6],
  ["亿", 1e8],
  ["万", 1e4],
  ["千", 1e3],
];

/** The scale words (万, 亿 …), which scale a unit they come before. */
export const SCALE_WORDS: readonly string[] = PREFIXES.map(([p]) => p);

/**
 * `uom` scaled by a scale word, as a figure written `3.5万` means it: 万人
 * for 人, 万千瓦 for 千瓦, and 万千瓦 for 万千瓦 too (a unit already scaled
 * is scaled again from its own base: "30万" of 万千瓦 is 30 万千瓦).
 */
export function scaledUom(scale: string, uom: string): string {
  const n = normalizeUom(uom);
  if (TABLE[n]) return scale + uom;
  const own = PREFIXES.find(([p]) => n.startsWith(p) && TABLE[n.slice(p.length)]);
  return scale + (own ? uom.trim().slice(own[0].length) : uom);
}

/** The dimension and factor of a unit, or undefined for a unit not known. */
export function resolveUom(uom: string): Resolved | undefined {
  const n = normalizeUom(uom);
  const hit = TABLE[n];
  if (hit) return { dim: hit[0], factor: hit[1] };
  for (const [p, f] of PREFIXES) {
    if (n.startsWith(p) && n.length > p.length) {
      const rest = TABLE[n.slice(p.length)];
      if (rest) return { dim: rest[0], factor: rest[1] * f };
    }
  }
  return undefined;
}

/** Whether two spellings name the same unit (万千瓦 and ＂万千瓦 ＂, MW and 兆瓦). */
export function sameUom(a: string, b: string): boolean {
  if (normalizeUom(a) === normalizeUom(b)) return true;
  const ra = resolveUom(a);
  const rb = resolveUom(b);
  return ra !== undefined && rb !== undefined && ra.dim === rb.dim && ra.factor === rb.factor;
}

/**
 * `value` expressed in `from`, converted to `to`; undefined when the units do
 * not convert (different dimensions, or a unit not known and not identical).
 */
export function convert(value: number, from: string, to: string): number | undefined {
  if (normalizeUom(from) === normalizeUom(to)) return value;
  const a = resolveUom(from);
  const b = resolveUom(to);
  if (!a || !b || a.dim !== b.dim) return undefined;
  if (a.factor === b.factor) return value;
  // multiply or divide by the ratio ≥ 1, so that powers of ten stay exact
  const out = a.factor >= b.factor ? value * (a.factor / b.factor) : value / (b.factor / a.factor);
  return Number(out.toPrecision(15));
}

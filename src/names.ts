/**
 * Names and how they match, the one home: one normalisation (`nameKey`:
 * compatibility forms folded by NFKC, full-width ASCII and the minus-like
 * signs made half-width, white space and quotation marks dropped, lower case)
 * and one suggestion
 * rule (`nearestBy`: the nearest by edit distance, at most 40% of the name's
 * length and fewer edits than either has characters). Units and areas
 * (src/plan/registry.ts), indicators (src/data/plan-index.ts), units of
 * measure (src/data/units.ts), drop headers (src/data/headers.ts), a plan's
 * bodies (src/draft/units.ts), carried baselines (src/evaluate/carry.ts) and
 * option values use them.
 */

/**
 * Full-width ASCII (U+FF01–U+FF5E) to half-width, the ideographic space to a
 * space, and the minus-like signs to `-`.
 */
const WIDE = /[\u2012\u2013\u2212\u3000\uFE63\uFF01-\uFF5E]/;

export function toHalfWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else if (c === 0x2212 || c === 0xfe63 || c === 0x2012 || c === 0x2013) out += "-";
    else out += ch;
  }
  return out;
}

/** Quotation marks as Excel users type them, or not: “十强”产业, "十强"产业 and 十强产业 are one name. */
const QUOTES = /[“”"'‘’「」『』]/g;

/** A name as it is matched: NFKC, half-width, without white space or quotation marks, lower-case. */
export function nameKey(s: string): string {
  return toHalfWidth(s.normalize("NFKC")).replace(/\s+/g, "").replace(QUOTES, "").toLowerCase();
}

/** Levenshtein distance, with an early exit once `max` is exceeded. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate nearest to any of `keys` (names already made keys by
 * `nameKey`), if near enough to be a plausible typo: at most 40% of the key's
 * length (at least 1) and fewer edits than either has characters.
 */
export function nearestBy<T>(
  keys: readonly string[],
  candidates: Iterable<readonly [key: string, value: T]>,
): T | undefined {
  const list = [...candidates];
  let best: T | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of keys) {
    const limit = Math.max(1, Math.floor(k.length * 0.4));
    for (const [ck, value] of list) {
      const d = editDistance(k, ck, Math.min(limit, bestD - 1));
      if (d <= limit && d < bestD && d < k.length && d < ck.length) {
        bestD = d;
        best = value;
      }
    }
  }
  return best;
}

/** The candidate nearest to `input` (`nearestBy`, names compared as `nameKey`s). */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  return nearestBy(
    [nameKey(input)],
    [...candidates].map((c): [string, string] => [nameKey(c), c]),
  );
}

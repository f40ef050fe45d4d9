/** Small text helpers shared by the data layer. */

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

/** A lookup key: half-width, trimmed, lower-case, without inner white space. */
export function lookupKey(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, "").toLowerCase();
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
 * The candidate nearest to `input` by edit distance (case-insensitive), if it
 * is near enough to be a plausible typo: at most 40% of the input's length (at
 * least 1) and fewer edits than either string has characters.
 */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const key = lookupKey(input);
  const limit = Math.max(1, Math.floor(key.length * 0.4));
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of candidates) {
    const ck = lookupKey(c);
    const d = editDistance(key, ck, bestD - 1);
    if (d < bestD && d < key.length && d < ck.length) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

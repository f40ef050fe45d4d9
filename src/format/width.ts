/**
 * Display width and wrapping for terminal text, by Unicode's East Asian
 * Width (get-east-asian-width, the table string-width uses): wide and
 * full-width characters (CJK ideographs, kana, hangul, full-width forms)
 * take two columns, as do emoji shown as emoji; controls, format
 * characters, combining and enclosing marks and default-ignorable
 * characters none; everything else one. Widths are summed per code point:
 * test/format/width.property.test.ts compares every assigned code point with
 * string-width and names the sequences (emoji ZWJ sequences, flags, keycaps,
 * conjoining hangul jamo) where a cluster is narrower than its parts.
 */
import { eastAsianWidth } from "get-east-asian-width";

/**
 * Made on first use (a Unicode property set costs milliseconds to make):
 * no column: controls, format characters, combining and enclosing marks,
 * default-ignorable, surrogates; two columns: emoji shown as emoji by default.
 */
let sets: { invisible: RegExp; emoji: RegExp } | undefined;
const unicodeSets = () =>
  (sets ??= {
    invisible:
      /[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u,
    emoji: /\p{Emoji_Presentation}/u,
  });

/**
 * Blocks where no code point is invisible or an emoji, so that the East
 * Asian Width alone decides: what output is made of besides ASCII and
 * ideographs (· — “ ” … → ≥ ≤ ×, CJK punctuation, full-width forms), without
 * the sets above. test/format/width.property.test.ts checks every code point.
 */
const PLAIN_BLOCKS: readonly (readonly [number, number])[] = [
  [0x00a0, 0x00ac], // (U+00AD, the soft hyphen, is invisible)
  [0x00ae, 0x02ff],
  [0x2010, 0x2027],
  [0x2030, 0x203b],
  [0x2190, 0x2193],
  [0x2200, 0x22ff],
  [0x3000, 0x3029],
  [0x3031, 0x303c],
  [0xff01, 0xff60],
];

/** The columns one code point takes. */
export function charWidth(cp: number): number {
  if (cp >= 0x20 && cp < 0x7f) return 1;
  // the common CJK ideographs, without a look-up
  if (cp >= 0x4e00 && cp <= 0x9fff) return 2;
  if (PLAIN_BLOCKS.some(([from, to]) => cp >= from && cp <= to)) return eastAsianWidth(cp);
  const ch = String.fromCodePoint(cp);
  const { invisible, emoji } = unicodeSets();
  if (invisible.test(ch)) return 0;
  // a lone regional indicator shows as a letter; a pair (a flag) as two
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return 1;
  if (emoji.test(ch)) return 2;
  return eastAsianWidth(cp);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are control characters
const ANSI = /\u001b\[[0-9;]*m/g;

export function stripAnsi(s: string): string {
  return s.includes("\u001b") ? s.replace(ANSI, "") : s;
}

/** printable ASCII only: one column a character */
const PLAIN = /^[\x20-\x7e]*$/;

export function displayWidth(s: string): number {
  if (PLAIN.test(s)) return s.length;
  const text = stripAnsi(s);
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    w += charWidth(cp);
  }
  return w;
}

/** One SGR escape sequence, or one character (a surrogate pair whole). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are control characters
const TOKEN = /\u001b\[[0-9;]*m|[\s\S]/gu;

/**
 * Wrap text to at most `width` columns. Lines break at spaces where a word
 * fits, else between any two characters (Chinese has no spaces), never
 * inside an SGR escape sequence (a colour code is one zero-width token).
 * Every character is kept, in order; existing newlines are kept. Colour
 * that spans a break stays open across it: src/format/box.ts (and
 * `carryColour`) close and reopen it per line.
 */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(1, Math.floor(width));
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const word of para.split(/(?<= )/)) {
      const w = displayWidth(word);
      if (lineWidth + w <= max) {
        line += word;
        lineWidth += w;
        continue;
      }
      if (line !== "" && w <= max) {
        out.push(line);
        line = word;
        lineWidth = w;
        continue;
      }
      for (const [ch] of word.matchAll(TOKEN)) {
        const cw = ch.length > 2 ? 0 : charWidth(ch.codePointAt(0) ?? 0);
        if (lineWidth + cw > max && line !== "") {
          out.push(line);
          line = "";
          lineWidth = 0;
        }
        line += ch;
        lineWidth += cw;
      }
    }
    out.push(line);
  }
  return out;
}

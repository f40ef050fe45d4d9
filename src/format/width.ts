/**
 * Display width and wrapping for terminal text. CJK ideographs, kana,
 * hangul and full-width forms take two columns; combining marks none.
 */

function charWidth(cp: number): number {
  if (cp === 0) return 0;
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
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

/**
 * Wrap plain text to at most `width` columns. Lines break at spaces where
 * a word fits, else between any two characters (Chinese has no spaces).
 * Every character is kept, in order; existing newlines are kept.
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
      for (const ch of word) {
        const cw = charWidth(ch.codePointAt(0) ?? 0);
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

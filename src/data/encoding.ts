/**
 * Character encodings of data drops. UTF-8 (with or without BOM) is tried
 * first; bytes that are not valid UTF-8 are read as GB18030, the encoding of
 * Chinese Excel's "Save as CSV". A UTF-16 BOM (Excel's "Unicode text") is
 * honoured too. The `encoding` option overrides the detection.
 */
import { createRequire } from "node:module";

/** iconv-lite is loaded on first use: most drops are UTF-8 */
const iconv = (): typeof import("iconv-lite") => createRequire(import.meta.url)("iconv-lite");

export type EncodingName = "utf-8" | "gb18030" | "gbk" | "utf-16le" | "utf-16be";

/** How much of a file is looked at to choose its encoding and delimiter. */
export const SNIFF_BYTES = 64 * 1024;

/** The encoding an `encoding` option names, or undefined when not supported. */
export function canonicalEncoding(name: string): EncodingName | undefined {
  const n = name.trim().toLowerCase().replace(/[_\s]/g, "-");
  if (n === "utf-8" || n === "utf8") return "utf-8";
  if (n === "gb18030") return "gb18030";
  if (n === "gbk" || n === "gb2312" || n === "cp936") return "gbk";
  if (n === "utf-16le" || n === "utf16le") return "utf-16le";
  if (n === "utf-16be" || n === "utf16be") return "utf-16be";
  return undefined;
}

export const SUPPORTED_ENCODINGS: readonly string[] = ["utf-8", "gb18030", "gbk"];

export interface Sniffed {
  encoding: EncodingName;
  /** bytes of BOM to skip */
  bom: number;
}

/** A BOM's encoding and length, if the bytes start with one. */
export function detectBom(head: Uint8Array): Sniffed | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: "utf-8", bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bom: 2 };
  return undefined;
}

/** Whether the bytes are valid UTF-8; `partial` allows a sequence cut at the end. */
export function isUtf8(bytes: Uint8Array, partial = false): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: partial });
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a file from its first bytes: a BOM, else UTF-8 if valid,
 * else GB18030. `whole` says whether `head` is the whole file.
 */
export function sniffEncoding(head: Uint8Array, whole: boolean): Sniffed {
  const bom = detectBom(head);
  if (bom) return bom;
  return { encoding: isUtf8(head, !whole) ? "utf-8" : "gb18030", bom: 0 };
}

/** A streaming decoder: `write` each chunk, then `end`. */
export interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
  /** true once a byte sequence could not be decoded and was replaced */
  readonly replaced: boolean;
}

export function createDecoder(encoding: EncodingName): ChunkDecoder {
  if (encoding === "gb18030" || encoding === "gbk") {
    const d = iconv().getDecoder(encoding);
    return {
      write: (b) => d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)),
      end: () => d.end() ?? "",
      replaced: false,
    };
  }
  const fatal = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder(encoding, { ignoreBOM: true });
  let useLenient = false;
  const state = {
    replaced: false,
    write(b: Uint8Array): string {
      if (useLenient) return lenient.decode(b, { stream: true });
      try {
        return fatal.decode(b, { stream: true });
      } catch {
        // re-decode this chunk leniently; what was returned before stands
        useLenient = true;
        state.replaced = true;
        return lenient.decode(b, { stream: true });
      }
    },
    end(): string {
      if (useLenient) return lenient.decode();
      try {
        return fatal.decode();
      } catch {
        state.replaced = true;
        return "\uFFFD";
      }
    },
  };
  return state;
}

/** Decode a whole buffer (BOM already skipped by the caller or not). */
export function decodeAll(
  bytes: Uint8Array,
  encoding: EncodingName,
): { text: string; replaced: boolean } {
  const d = createDecoder(encoding);
  const text = d.write(bytes) + d.end();
  return { text, replaced: d.replaced };
}

/** Control characters in a sample that make it binary, however long the sample. */
export const MAX_CONTROLS = 8;

/**
 * Whether decoded text (a sample: callers pass at most the first 64 KiB)
 * looks like something other than text: a NUL; or control characters other
 * than tab, line breaks and form feed, at least MAX_CONTROLS of them or more
 * than 2% (and at least two). The absolute count means that rows of padding
 * cannot dilute them below the threshold. (Replacement characters are text
 * in the wrong encoding, not binary, and do not count. Control characters
 * that a file still holds are shown escaped, never obeyed: see
 * src/format/safe.ts.)
 */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      (c >= 0x7f && c <= 0x9f)
    ) {
      if (++bad >= MAX_CONTROLS) return true;
    }
  }
  return bad >= 2 && bad > text.length * 0.02;
}

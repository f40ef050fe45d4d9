/**
 * A workbook's container, checked before any Excel library sees it: what
 * kind of file the bytes are (zip, the old OLE compound file, or neither),
 * and, for a zip, whether it is safe to inflate. The central directory is
 * read here with bounds of our own; every entry is then inflated with a
 * bounded output (`maxOutputLength`), so that a zip bomb, whether its sizes
 * are honest (overlapping entries) or lie, is refused after at most the
 * limit's worth of memory. Pure: bytes in, a verdict out.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipLimits {
  /** decompressed bytes of all entries together */
  maxTotalBytes: number;
  /** cells (`<c` elements) over all worksheets */
  maxCells: number;
  /** entries in the zip */
  maxEntries: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxTotalBytes: 256 * 1024 * 1024,
  maxCells: 2_000_000,
  maxEntries: 10_000,
};

export { type Container, containerOf } from "./sniff.js";

/**
 * An OLE compound file holding an `EncryptionInfo` stream is an .xlsx saved
 * with a password (Office encrypts the whole package into such a file);
 * any other OLE file is taken for an old binary .xls.
 */
export function oleIsEncryptedWorkbook(bytes: Uint8Array): boolean {
  const needle = Buffer.from("EncryptionInfo", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export type ZipVerdict =
  | { ok: true; entries: number; totalBytes: number; cells: number }
  | { ok: false; problem: "corrupt"; reason: string }
  | { ok: false; problem: "encrypted" }
  | {
      ok: false;
      problem: "too-large";
      /** `declared`: an entry inflates beyond the size its directory gives (`limit`) */
      what: "bytes" | "cells" | "entries" | "declared";
      limit: number;
    };

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function corrupt(reason: string): ZipVerdict {
  return { ok: false, problem: "corrupt", reason };
}

/** The central directory's entries, or a reason it cannot be read. */
function centralDirectory(buf: Buffer, limits: ZipLimits): Entry[] | ZipVerdict {
  if (buf.length < 22) return corrupt("too short for a zip");
  // the end-of-central-directory record: within the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return corrupt("no end of central directory (the file is cut short)");
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    return { ok: false, problem: "too-large", what: "entries", limit: limits.maxEntries };
  }
  if (count > limits.maxEntries) {
    return { ok: false, problem: "too-large", what: "entries", limit: limits.maxEntries };
  }
  if (cdOffset + cdSize > eocd) return corrupt("the central directory lies outside the file");
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) {
      return corrupt("a central directory entry is damaged");
    }
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen > eocd) return corrupt("a central directory entry is damaged");
    entries.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString("utf8", p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Checks a zip before it is handed to an Excel library: the directory can be
 * read, no entry is encrypted, the declared sizes add up to no more than the
 * limit, and each entry inflates to exactly its declared size (bounded, so a
 * lie costs at most the declared size). Cells are counted in the worksheets.
 */
export function verifyZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipVerdict {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = centralDirectory(buf, limits);
  if (!Array.isArray(dir)) return dir;
  let total = 0;
  for (const e of dir) {
    if (e.flags & 1) return { ok: false, problem: "encrypted" };
    if (e.size === 0xffffffff || e.compressed === 0xffffffff) {
      return { ok: false, problem: "too-large", what: "bytes", limit: limits.maxTotalBytes };
    }
    total += e.size;
  }
  if (total > limits.maxTotalBytes) {
    return { ok: false, problem: "too-large", what: "bytes", limit: limits.maxTotalBytes };
  }
  let cells = 0;
  for (const e of dir) {
    const p = e.localOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) {
      return corrupt(`the entry ${e.name} is damaged`);
    }
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const end = start + e.compressed;
    if (end > buf.length) return corrupt(`the entry ${e.name} is cut short`);
    const data = buf.subarray(start, end);
    let out: Buffer;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        // one byte more than declared: an entry that inflates further lied about its size
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size + 1) });
      } catch (err) {
        const code = err instanceof Error && "code" in err ? err.code : undefined;
        if (code === "ERR_BUFFER_TOO_LARGE") {
          return { ok: false, problem: "too-large", what: "declared", limit: e.size };
        }
        return corrupt(`the entry ${e.name} cannot be decompressed`);
      }
    } else return corrupt(`the entry ${e.name} uses an unsupported compression (${e.method})`);
    if (out.length !== e.size) {
      return out.length > e.size
        ? { ok: false, problem: "too-large", what: "declared", limit: e.size }
        : corrupt(`the entry ${e.name} is shorter than its directory says`);
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) {
      cells += countCells(out);
      if (cells > limits.maxCells) {
        return { ok: false, problem: "too-large", what: "cells", limit: limits.maxCells };
      }
    }
  }
  return { ok: true, entries: dir.length, totalBytes: total, cells };
}

/** `<c ` and `<c>` elements in a worksheet's XML (a cell each). */
function countCells(xml: Buffer): number {
  let n = 0;
  for (let i = xml.indexOf("<c", 0); i >= 0; i = xml.indexOf("<c", i + 2)) {
    const next = xml[i + 2];
    if (next === 0x20 || next === 0x3e || next === 0x2f) n++;
  }
  return n;
}

/**
 * Every entry of a zip that passes `verifyZip`, inflated (for tests and
 * tools that look inside a workbook). Throws on a zip that does not pass.
 */
export function unzip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): Map<string, Buffer> {
  const verdict = verifyZip(bytes, limits);
  if (!verdict.ok) throw new Error(`not a sound zip: ${JSON.stringify(verdict)}`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = centralDirectory(buf, limits);
  if (!Array.isArray(dir)) throw new Error(`not a sound zip: ${JSON.stringify(dir)}`);
  const out = new Map<string, Buffer>();
  for (const e of dir) {
    const p = e.localOffset;
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const data = buf.subarray(start, start + e.compressed);
    out.set(e.name, e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: e.size + 1 }));
  }
  return out;
}

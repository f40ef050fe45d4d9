/**
 * A workbook's container, read once and checked as it is read: the only zip
 * parser cwplan has on its reading path. The end record, the central
 * directory and every local header must agree (entry count, names, methods,
 * sizes, no second directory through ZIP64 or disk fields, no duplicate or
 * overlapping entries); every entry is inflated with a bounded output
 * (`maxOutputLength`) and must come out at exactly its declared size and
 * checksum. What passes is handed on as the very bytes that were checked
 * (`OpenedZip`), so no other reader can see a different file.
 * Pure: bytes in, a verdict out.
 */
import { crc32, inflateRawSync } from "node:zlib";
import { errorCode } from "../../errors.js";

export interface ZipLimits {
  /** decompressed bytes of all entries together */
  maxTotalBytes: number;
  /** cells (`<c` elements) over all worksheets */
  maxCells: number;
  /** entries in the zip */
  maxEntries: number;
  /** cells covered by merged ranges, over all worksheets */
  maxMergedCells: number;
  /** wall-clock budget for reading one workbook, in milliseconds */
  maxMillis: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  // a legitimate 2,000,000-cell sheet is about 80 MB of XML; 8 M cells in 250 MB is refused unread
  maxTotalBytes: 160 * 1024 * 1024,
  maxCells: 2_000_000,
  maxEntries: 10_000,
  maxMergedCells: 2_000_000,
  maxMillis: 60_000,
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

export type TooLarge = {
  ok: false;
  problem: "too-large";
  /** `declared`: an entry inflates beyond the size its directory gives (`limit`) */
  what: "bytes" | "cells" | "entries" | "declared" | "merged" | "time";
  limit: number;
};

export type ZipProblem =
  | { ok: false; problem: "corrupt"; reason: string }
  | { ok: false; problem: "encrypted" }
  | TooLarge;

/** An entry as the central directory gives it and its local header confirms. */
export interface ZipEntry {
  name: string;
  /** decompressed size */
  size: number;
}

/** A zip that passed: its entries in directory order, and the parts kept (XML), inflated. */
export interface OpenedZip {
  ok: true;
  entries: ZipEntry[];
  totalBytes: number;
  /** `<c` elements over all worksheets */
  cells: number;
  /** the inflated XML parts (`.xml`, `.rels`), by name */
  parts: Map<string, Buffer>;
}

export type ZipVerdict = OpenedZip | ZipProblem;

interface Entry extends ZipEntry {
  raw: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

function corrupt(reason: string): ZipProblem {
  return { ok: false, problem: "corrupt", reason };
}

/** The end record: the last signature whose comment runs exactly to the end of the file. */
function endRecord(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD && i + 22 + buf.readUInt16LE(i + 20) === buf.length) return i;
  }
  return -1;
}

/** Whether an extra field holds a ZIP64 record. */
function hasZip64(extra: Buffer): boolean {
  for (let p = 0; p + 4 <= extra.length; p += 4 + extra.readUInt16LE(p + 2)) {
    if (extra.readUInt16LE(p) === ZIP64_EXTRA) return true;
  }
  return false;
}

/** The central directory's entries, each confirmed by its local header, or why not. */
function centralDirectory(buf: Buffer, limits: ZipLimits): Entry[] | ZipProblem {
  if (buf.length < 22) return corrupt("too short for a zip");
  const eocd = endRecord(buf);
  if (eocd < 0) return corrupt("no end of central directory (the file is cut short)");
  const disk = buf.readUInt16LE(eocd + 4);
  const cdDisk = buf.readUInt16LE(eocd + 6);
  const onDisk = buf.readUInt16LE(eocd + 8);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (eocd >= 20 && buf.readUInt32LE(eocd - 20) === EOCD64_LOCATOR) {
    return corrupt("a ZIP64 end record (not written by Excel or WPS for a workbook)");
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) {
    return corrupt("the end record names other disks (a split or ZIP64 archive)");
  }
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    return corrupt("the end record defers to ZIP64 fields");
  }
  if (count > limits.maxEntries) {
    return { ok: false, problem: "too-large", what: "entries", limit: limits.maxEntries };
  }
  if (cdOffset + cdSize !== eocd) {
    return corrupt("the central directory does not end where the end record begins");
  }
  const entries: Entry[] = [];
  const names = new Set<string>();
  let p = cdOffset;
  while (p < eocd) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) {
      return corrupt("a central directory entry is damaged");
    }
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > eocd) return corrupt("a central directory entry is damaged");
    const raw = buf.subarray(p + 46, p + 46 + nameLen);
    const name = raw.toString("utf8");
    const e: Entry = {
      name,
      raw,
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    if (buf.readUInt16LE(p + 34) !== 0) return corrupt(`the entry ${name} names another disk`);
    if (hasZip64(buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen))) {
      return corrupt(`the entry ${name} has a ZIP64 record`);
    }
    if (e.size === 0xffffffff || e.compressed === 0xffffffff || e.localOffset === 0xffffffff) {
      return corrupt(`the entry ${name} defers to ZIP64 fields`);
    }
    const key = name.toLowerCase();
    if (names.has(key)) return corrupt(`the entry ${name} appears twice`);
    names.add(key);
    entries.push(e);
    if (entries.length > limits.maxEntries) {
      return { ok: false, problem: "too-large", what: "entries", limit: limits.maxEntries };
    }
    p = next;
  }
  if (entries.length !== count) {
    return corrupt(
      `the end record counts ${count} entries, the central directory holds ${entries.length}`,
    );
  }
  return entries;
}

/** Where an entry's data lies, once its local header agrees with the central directory. */
function localData(buf: Buffer, e: Entry): { start: number; end: number } | ZipProblem {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) {
    return corrupt(`the entry ${e.name} is damaged`);
  }
  const nameLen = buf.readUInt16LE(p + 26);
  const extraLen = buf.readUInt16LE(p + 28);
  if (p + 30 + nameLen + extraLen > buf.length) return corrupt(`the entry ${e.name} is cut short`);
  if (!buf.subarray(p + 30, p + 30 + nameLen).equals(e.raw)) {
    return corrupt(`the entry ${e.name} has another name in its local header`);
  }
  if (hasZip64(buf.subarray(p + 30 + nameLen, p + 30 + nameLen + extraLen))) {
    return corrupt(`the entry ${e.name} has a ZIP64 record`);
  }
  const flags = buf.readUInt16LE(p + 6);
  if (buf.readUInt16LE(p + 8) !== e.method || (flags & 1) !== (e.flags & 1)) {
    return corrupt(`the entry ${e.name} has another method in its local header`);
  }
  // sizes in the local header, unless they follow the data (flag bit 3)
  if (!(flags & 8)) {
    const c = buf.readUInt32LE(p + 18);
    const s = buf.readUInt32LE(p + 22);
    if (c !== e.compressed || s !== e.size) {
      return corrupt(`the entry ${e.name} has other sizes in its local header`);
    }
  }
  const start = p + 30 + nameLen + extraLen;
  return { start, end: start + e.compressed };
}

/**
 * Reads a zip the one way cwplan reads it: the directory, the local headers
 * and every entry checked (see the module's comment); the XML parts kept.
 * Cells are counted in the worksheets against `maxCells`.
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipVerdict {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = centralDirectory(buf, limits);
  if (!Array.isArray(dir)) return dir;
  let total = 0;
  for (const e of dir) {
    if (e.flags & 1) return { ok: false, problem: "encrypted" };
    total += e.size;
  }
  if (total > limits.maxTotalBytes) {
    return { ok: false, problem: "too-large", what: "bytes", limit: limits.maxTotalBytes };
  }
  const spans: { start: number; end: number; name: string }[] = [];
  const cdStart = buf.length - 22 - buf.readUInt16LE(buf.length - 22 + 20);
  const parts = new Map<string, Buffer>();
  let cells = 0;
  for (const e of dir) {
    const span = localData(buf, e);
    if ("ok" in span) return span;
    if (span.end > buf.length || span.end > cdStart)
      return corrupt(`the entry ${e.name} is cut short`);
    spans.push({ start: e.localOffset, end: span.end, name: e.name });
    const data = buf.subarray(span.start, span.end);
    let out: Buffer;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        // one byte more than declared: an entry that inflates further lied about its size
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size + 1) });
      } catch (err) {
        if (errorCode(err) === "ERR_BUFFER_TOO_LARGE") {
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
    if (crc32(out) !== e.crc) return corrupt(`the entry ${e.name} fails its checksum`);
    if (isWorksheet(e.name)) {
      cells += countCells(out);
      if (cells > limits.maxCells) {
        return { ok: false, problem: "too-large", what: "cells", limit: limits.maxCells };
      }
    }
    if (/\.(xml|rels)$/i.test(e.name)) parts.set(e.name, out);
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1], spans[i]];
    if (a && b && b.start < a.end) return corrupt(`the entries ${a.name} and ${b.name} overlap`);
  }
  return {
    ok: true,
    entries: dir.map((e) => ({ name: e.name, size: e.size })),
    totalBytes: total,
    cells,
    parts,
  };
}

/** A worksheet part by its name (where Excel, WPS and every writer put them). */
export function isWorksheet(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

/** `<c ` and `<c>` elements in a worksheet's XML (a cell each), with or without a prefix (`<x:c>`). */
export function countCells(xml: Buffer): number {
  let n = 0;
  for (let i = xml.indexOf("c", 1); i >= 0; i = xml.indexOf("c", i + 1)) {
    const next = xml[i + 1];
    if (
      next !== 0x20 &&
      next !== 0x3e &&
      next !== 0x2f &&
      next !== 0x09 &&
      next !== 0x0a &&
      next !== 0x0d
    ) {
      continue;
    }
    let b = i - 1;
    if (xml[b] === 0x3a) {
      // a prefix: name characters back to the `<`
      b--;
      while (b > 0 && b > i - 40 && isNameByte(xml[b])) b--;
      if (b === i - 2) continue;
    }
    if (xml[b] === 0x3c) n++;
  }
  return n;
}

function isNameByte(c: number | undefined): boolean {
  return (
    c !== undefined &&
    ((c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x5f ||
      c === 0x2d ||
      c === 0x2e)
  );
}

/** The verdict alone (kept for callers that only ask whether a zip is sound). */
export function verifyZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipVerdict {
  return openZip(bytes, limits);
}

/**
 * Every entry of a zip that passes `openZip`, inflated (for tests and tools
 * that look inside a workbook). Throws on a zip that does not pass.
 */
export function unzip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): Map<string, Buffer> {
  const verdict = openZip(bytes, limits);
  if (!verdict.ok) throw new Error(`not a sound zip: ${JSON.stringify(verdict)}`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = centralDirectory(buf, limits);
  if (!Array.isArray(dir)) throw new Error(`not a sound zip: ${JSON.stringify(dir)}`);
  const out = new Map<string, Buffer>();
  for (const e of dir) {
    const span = localData(buf, e);
    if ("ok" in span) throw new Error(`not a sound zip: ${JSON.stringify(span)}`);
    const data = buf.subarray(span.start, span.end);
    out.set(e.name, e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: e.size + 1 }));
  }
  return out;
}

/**
 * What a file's first bytes say it is, for the reader to choose its path
 * (kept apart from zip.ts, so that a CSV run loads nothing more).
 */

export type Container = "zip" | "ole" | "other";

/** Zip (`PK\3\4`, an .xlsx), OLE compound file (an .xls or an encrypted .xlsx), or neither. */
export function containerOf(head: Uint8Array): Container {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "zip";
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((b, i) => head[i] === b)) return "ole";
  return "other";
}

/** A workbook larger than this on disk is not read (no drop comes near it). */
export const MAX_WORKBOOK_BYTES = 64 * 1024 * 1024;

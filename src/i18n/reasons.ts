/**
 * Operating-system errors in words a user reads, by errno code, in English
 * and Chinese (no errno codes shown).
 */
import type { Lang } from "../vocabulary.js";

/** Operating-system errors in words, by errno code (reason, reasonZh below). */
const CODE_ZH: Readonly<Record<string, string>> = {
  ENOENT: "文件不存在",
  EISDIR: "这是一个文件夹",
  EACCES: "没有权限",
  EPERM: "没有权限",
  ENOSPC: "磁盘已满",
  EDQUOT: "磁盘配额已用完",
  EIO: "读写出错（磁盘或网络故障）",
  EROFS: "文件系统是只读的",
  EFBIG: "文件超过文件系统允许的大小",
};

/** An error while reading, by errno code; another code is said by its own message. */
export const READ_REASONS: Record<Lang, Readonly<Record<string, string>>> = {
  en: {
    ENOENT: "no such file",
    EISDIR: "it is a folder",
    EACCES: "permission denied",
  },
  zh: CODE_ZH,
};

/** An error while writing, by errno code (writeReason, reasonZh below). */
export const WRITE_REASONS: Record<Lang, Readonly<Record<string, string>>> = {
  en: {
    ENOENT: "its folder does not exist",
    ENOSPC: "the disk is full (no space left on the device)",
    EDQUOT: "the disk quota is used up",
    EIO: "an input/output error (a disk or network fault)",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "the file system is read-only",
    EISDIR: "it is a folder",
    EPIPE: "the reader closed the pipe",
    EFBIG: "the file is too large for the file system",
  },
  zh: { ...CODE_ZH, ENOENT: "所在文件夹不存在" },
};

/** An operating-system error's errno code ("" when it has none). */
function errnoCode(e: unknown): string {
  return e && typeof e === "object" && "code" in e ? String(e.code) : "";
}

/** The words for an error's code in `table` (READ_REASONS, WRITE_REASONS), else its own message. */
function inWords(table: Readonly<Record<string, string>>, e: unknown): string {
  const code = errnoCode(e);
  if (Object.hasOwn(table, code)) return table[code] ?? code;
  return e instanceof Error ? e.message : String(e);
}

/** An operating-system error in words a user reads (no errno codes). */
export function reason(e: unknown): string {
  return inWords(READ_REASONS.en, e);
}

/** An operating-system error in Chinese words (`reason` and `writeReason` in English). */
export function reasonZh(e: unknown, writing = false): string {
  return inWords((writing ? WRITE_REASONS : READ_REASONS).zh, e);
}

/** An operating-system error while writing, in words (no errno codes). */
export function writeReason(e: unknown): string {
  return inWords(WRITE_REASONS.en, e);
}

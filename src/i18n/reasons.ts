/**
 * Operating-system errors in words a user reads, by errno code, in English
 * and Chinese (no errno codes shown).
 */
import { errorCode } from "../errors.js";
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

/** The words for an error's code in `table` (READ_REASONS, WRITE_REASONS), else its own message. */
function inWords(table: Readonly<Record<string, string>>, e: unknown): string {
  const code = errorCode(e) ?? "";
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

/**
 * Why a drop was not read, as its finding keeps it in `args.reason` (an errno
 * code, or why src/data/sources.ts skipped it), in words.
 */
const FILE_REASONS: Record<Lang, Record<string, string>> = {
  zh: {
    ENOENT: "文件不存在",
    EISDIR: "这是一个文件夹，其中没有 .csv 或 .xlsx 文件",
    EACCES: "没有读取权限",
    EPERM: "没有读取权限",
    EIO: "读取时发生输入/输出错误（磁盘或网络故障）",
    ELOOP: "符号链接循环",
    fifo: "这是命名管道（FIFO），不是普通文件",
    device: "这是设备文件，不是普通文件",
    socket: "这是套接字，不是普通文件",
    folder: "这是子文件夹（加 --recursive 可读取其中的报表）",
    "not-a-drop": "不是 .csv 或 .xlsx 文件（如是报表，请另存为 .xlsx 或 CSV）",
    "link-outside": "这是指向文件夹以外的符号链接，出于安全考虑不跟随",
    "link-broken": "这是失效的符号链接（目标不存在）",
    "macos-resource": "这是 macOS 生成的资源文件（._ 开头），不是数据",
    "office-lock": "这是 Office/WPS 打开文件时生成的锁定文件（~$ 开头），不是数据",
  },
  en: {
    ENOENT: "no such file",
    EISDIR: "it is a folder with no .csv or .xlsx files in it",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EIO: "an input/output error while reading (a disk or network fault)",
    ELOOP: "a loop of symbolic links",
    fifo: "it is a named pipe (FIFO), not a regular file",
    device: "it is a device, not a regular file",
    socket: "it is a socket, not a regular file",
    folder: "it is a sub-folder (add --recursive to read the drops in it)",
    "not-a-drop": "it is neither .csv nor .xlsx (save a drop as .xlsx or CSV)",
    "link-outside":
      "it is a symbolic link to somewhere outside the folder, not followed for safety",
    "link-broken": "it is a broken symbolic link (its target does not exist)",
    "macos-resource": "it is a macOS resource file (name starting with ._), not data",
    "office-lock":
      "it is a lock file Office/WPS makes while a file is open (name starting with ~$), not data",
  },
};

/** A drop's `args.reason` (`FILE_REASONS`) in words; another reason is said as it is. */
export function fileReason(code: string, lang: Lang): string {
  return FILE_REASONS[lang][code] ?? code;
}

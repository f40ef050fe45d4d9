/**
 * The one error type the CLI catches: something the user can fix, said
 * plainly, with where it is. Anything else is a bug and shows a stack trace
 * only with --debug.
 */
export interface Location {
  file: string;
  line?: number;
  col?: number;
}

export class CwplanError extends Error {
  readonly code: string;
  readonly where: Location | undefined;
  readonly hint: string | undefined;
  /** the message and hint in Chinese, where they have been written */
  readonly zh: { message: string; hint?: string } | undefined;
  /** further problems of the same kind (e.g. every schema error of a plan) */
  readonly more: CwplanError[];

  constructor(
    code: string,
    message: string,
    opts: {
      where?: Location;
      hint?: string;
      zh?: { message: string; hint?: string };
      more?: CwplanError[];
    } = {},
  ) {
    super(message);
    this.name = "CwplanError";
    this.code = code;
    this.where = opts.where;
    this.hint = opts.hint;
    this.zh = opts.zh;
    this.more = opts.more ?? [];
  }
}

/** `file:line:col` as editors and CI annotations expect it. */
export function formatLocation(where: Location): string {
  let s = where.file;
  if (where.line !== undefined) {
    s += `:${where.line}`;
    if (where.col !== undefined) s += `:${where.col}`;
  }
  return s;
}

/** Several errors as one: the first, with the others in `more`. */
export function group(errors: CwplanError[]): CwplanError {
  const [first, ...more] = errors;
  if (!first) throw new Error("group() of no errors");
  return new CwplanError(first.code, first.message, {
    where: first.where,
    ...(first.hint === undefined ? {} : { hint: first.hint }),
    ...(first.zh === undefined ? {} : { zh: first.zh }),
    more,
  });
}

export function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

/** An operating-system error in words a user reads (no errno codes). */
export function reason(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && e.code === "ENOENT") return "no such file";
  if (e && typeof e === "object" && "code" in e && e.code === "EISDIR") return "it is a folder";
  if (e && typeof e === "object" && "code" in e && e.code === "EACCES") return "permission denied";
  return e instanceof Error ? e.message : String(e);
}

const CODE_ZH: Record<string, string> = {
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

/** An operating-system error in Chinese words (`reason` and `writeReason` in English). */
export function reasonZh(e: unknown, writing = false): string {
  const code = e && typeof e === "object" && "code" in e ? String(e.code) : "";
  if (writing && code === "ENOENT") return "所在文件夹不存在";
  return CODE_ZH[code] ?? (e instanceof Error ? e.message : String(e));
}

/** An operating-system error while writing, in words (no errno codes). */
export function writeReason(e: unknown): string {
  const code = e && typeof e === "object" && "code" in e ? String(e.code) : "";
  switch (code) {
    case "ENOENT":
      return "its folder does not exist";
    case "ENOSPC":
      return "the disk is full (no space left on the device)";
    case "EDQUOT":
      return "the disk quota is used up";
    case "EIO":
      return "an input/output error (a disk or network fault)";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "EISDIR":
      return "it is a folder";
    case "EPIPE":
      return "the reader closed the pipe";
    case "EFBIG":
      return "the file is too large for the file system";
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/**
 * What the paths on a command line stand for: standard input (`-`), a file
 * named by the user (read whatever it is: a file, a pipe, /dev/stdin), or a
 * folder, which stands for its drops (`.csv` and `.xlsx` files). Folder
 * expansion is one function, `expandFolder`, with its rules in
 * `folderEntry`: nothing in a folder is passed over without a word. Only
 * regular files named .csv or .xlsx are read; any other file is listed as
 * skipped (`not-a-drop`); named pipes, devices and sockets are listed as
 * skipped and never opened; a sub-folder is read with `recursive`, else
 * listed as skipped; a symbolic link is followed only when its real target
 * stays inside the folder; macOS `._*` resource files and Office `~$*` lock
 * files are skipped with a note.
 */
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, sep } from "node:path";

export type Source =
  /** standard input (`-` on the command line) */
  | { kind: "stdin"; path: string }
  /** a path to open and read */
  | { kind: "file"; path: string }
  /** an entry of a folder that is not read; `reason` is a key of the words for it */
  | { kind: "skipped"; path: string; reason: SkipReason };

export type SkipReason =
  | "fifo"
  | "device"
  | "socket"
  | "folder"
  | "link-outside"
  | "link-broken"
  | "macos-resource"
  | "office-lock"
  | "not-a-drop";

export interface SourceOptions {
  /** read sub-folders (else each is listed as skipped) */
  recursive?: boolean;
}

/** How standard input is named in findings. */
export const STDIN_NAME = "<stdin>";

/** The sources a command line's paths stand for, in the order given. */
export async function listSources(paths: string[], opts: SourceOptions = {}): Promise<Source[]> {
  const out: Source[] = [];
  for (const p of paths) {
    // /dev/stdin too: opened by name it fails where standard input is a socket
    if (p === "-") out.push({ kind: "stdin", path: STDIN_NAME });
    else if (p === "/dev/stdin") out.push({ kind: "stdin", path: p });
    else out.push(...(await expandPath(p, opts)));
  }
  return out;
}

async function expandPath(path: string, opts: SourceOptions): Promise<Source[]> {
  try {
    if ((await stat(path)).isDirectory()) {
      const entries = await expandFolder(path, opts);
      // a folder with no drop in it is reported as such (unreadable, EISDIR), its entries listed
      if (entries.some((e) => e.kind === "file")) return entries;
      return [{ kind: "file", path }, ...entries];
    }
  } catch {
    // not there or not readable: reading it says why
  }
  return [{ kind: "file", path }];
}

/**
 * Spreadsheets in a format the reader cannot open (WPS's .et, .ods, Apple
 * Numbers; .wps for a WPS document): still a department's submission, so
 * a folder hands them on to be reported as such (`other-format`, with the
 * fix), never passed over as "not a drop". `.xls` is read and told apart by
 * its bytes (an old binary workbook, or an .xlsx or CSV under that name).
 */
export const OTHER_FORMATS = /\.(et|ett|wps|ods|numbers)$/i;

/** Whether a folder entry's name is one of the drops a folder stands for. */
function isDropName(name: string): boolean {
  return /\.(csv|xlsx|xls)$/i.test(name) || OTHER_FORMATS.test(name);
}

/** Sub-folders read below a folder given on the command line, at most (a loop of links cannot recur). */
const MAX_DEPTH = 16;

/** The drops of a folder, sorted by name, with the entries skipped and why. */
export async function expandFolder(
  folder: string,
  opts: SourceOptions = {},
  root?: string,
  depth = 0,
): Promise<Source[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const top = root ?? (await realpath(folder));
  const out: Source[] = [];
  for (const e of entries) {
    const s = await folderEntry(folder, top, e);
    if (s.kind === "skipped" && s.reason === "folder" && opts.recursive && depth < MAX_DEPTH) {
      out.push(...(await expandFolder(s.path, opts, top, depth + 1)));
    } else out.push(s);
  }
  return out;
}

/** One entry of a folder: read it, or skip it and say why. */
async function folderEntry(folder: string, root: string, e: Dirent): Promise<Source> {
  const path = join(folder, e.name);
  const skip = (reason: SkipReason): Source => ({ kind: "skipped", path, reason });
  if (e.name.startsWith("._")) return skip("macos-resource");
  if (e.name.startsWith("~$")) return skip("office-lock");
  if (e.isDirectory()) return skip("folder");
  if (!isDropName(e.name)) return skip("not-a-drop");
  if (e.isSymbolicLink()) {
    let target: string;
    try {
      target = await realpath(path);
    } catch {
      return skip("link-broken");
    }
    if (!target.startsWith(root.endsWith(sep) ? root : root + sep)) return skip("link-outside");
    try {
      const st = await stat(target);
      return st.isFile() ? { kind: "file", path } : skip(kindOf(st));
    } catch {
      return skip("link-broken");
    }
  }
  if (e.isFile()) return { kind: "file", path };
  return skip(kindOf(e));
}

function kindOf(e: { isFIFO(): boolean; isSocket(): boolean; isDirectory(): boolean }): SkipReason {
  if (e.isFIFO()) return "fifo";
  if (e.isSocket()) return "socket";
  if (e.isDirectory()) return "folder";
  return "device";
}

/**
 * What the paths on a command line stand for: standard input (`-`), a file
 * named by the user (read whatever it is: a file, a pipe, /dev/stdin), or a
 * folder, which stands for its drops. Folder expansion is one function,
 * `expandFolder`, with its rules in `folderEntry`: only regular files are
 * read; named pipes, devices, sockets and sub-folders are listed as skipped
 * and never opened; a symbolic link is followed only when its real target
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
  | "office-lock";

/** How standard input is named in findings. */
export const STDIN_NAME = "<stdin>";

/** The sources a command line's paths stand for, in the order given. */
export async function listSources(paths: string[]): Promise<Source[]> {
  const out: Source[] = [];
  for (const p of paths) {
    // /dev/stdin too: opened by name it fails where standard input is a socket
    if (p === "-") out.push({ kind: "stdin", path: STDIN_NAME });
    else if (p === "/dev/stdin") out.push({ kind: "stdin", path: p });
    else out.push(...(await expandPath(p)));
  }
  return out;
}

async function expandPath(path: string): Promise<Source[]> {
  try {
    if ((await stat(path)).isDirectory()) {
      const entries = await expandFolder(path);
      if (entries.length > 0) return entries;
    }
  } catch {
    // not there or not readable: reading it says why
  }
  return [{ kind: "file", path }];
}

/** Whether a folder entry's name is one of the drops a folder stands for. */
function isDropName(name: string): boolean {
  return name.toLowerCase().endsWith(".csv");
}

/** The drops of a folder, sorted by name, with the entries skipped and why. */
export async function expandFolder(folder: string): Promise<Source[]> {
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((e) => isDropName(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (entries.length === 0) return [];
  const root = await realpath(folder);
  const out: Source[] = [];
  for (const e of entries) out.push(await folderEntry(folder, root, e));
  return out;
}

/** One entry of a folder: read it, or skip it and say why. */
async function folderEntry(folder: string, root: string, e: Dirent): Promise<Source> {
  const path = join(folder, e.name);
  const skip = (reason: SkipReason): Source => ({ kind: "skipped", path, reason });
  if (e.name.startsWith("._")) return skip("macos-resource");
  if (e.name.startsWith("~$")) return skip("office-lock");
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

/**
 * Writing a command's output to `-o FILE`: never over one of the command's
 * inputs, and atomically — the text goes to a temporary file in the same
 * folder, which then replaces FILE, so that a full disk or a failing device
 * leaves an existing FILE as it was. A device or a pipe named with -o
 * (/dev/stdout, /dev/null) is written to directly. Errors become words.
 */
import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { realpath } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { listSources } from "../data/sources.js";
import { CwplanError, optionError } from "../errors.js";
import { bilingual, OPTION_ERRORS, type WorkbookKind } from "../i18n/errors.js";
import { reasonZh, writeReason } from "../i18n/reasons.js";

function cannotWrite(file: string, e: unknown): CwplanError {
  const en = OPTION_ERRORS.en.cannotWrite(writeReason(e));
  return new CwplanError("cannot-write", en.message, {
    where: { file },
    ...(en.hint === undefined ? {} : { hint: en.hint }),
    zh: OPTION_ERRORS.zh.cannotWrite(reasonZh(e, true)),
  });
}

/**
 * Refuses `-o FILE` when FILE is one of the inputs (a file named, or a drop
 * of a folder named), compared by real path: `validate drop.csv -o drop.csv`
 * would replace the drop with its own summary.
 */
export async function refuseInputAsOutput(
  out: string | undefined,
  inputs: string[],
): Promise<void> {
  if (out === undefined || out === "-") return;
  let target: string;
  try {
    target = await realpath(out);
  } catch {
    return; // FILE does not exist yet: it is no input
  }
  const files = (await listSources(inputs.filter((p) => p !== "-"))).filter(
    (s) => s.kind === "file",
  );
  for (const s of files) {
    let real: string;
    try {
      real = await realpath(s.path);
    } catch {
      continue;
    }
    if (real === target) {
      throw optionError("output-is-input", bilingual(OPTION_ERRORS, "outputIsInput", out, s.path), {
        file: out,
      });
    }
  }
}

/** A workbook goes to a file: refused (before any work, where the command can) when -o is missing. */
export function requireOutput(
  output: string | undefined,
  what: WorkbookKind,
): asserts output is string {
  if (output === undefined || output === "-") {
    throw optionError("binary-output", bilingual(OPTION_ERRORS, "needsOutput", what));
  }
}

/** Writes `text` (or a workbook's bytes) to `file`, atomically where `file` is (or will be) a regular file. */
export function writeOutput(file: string, text: string | Uint8Array): void {
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(file);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw cannotWrite(file, { code: "EISDIR" });
  if (existing && !existing.isFile()) {
    // a device or a pipe: nothing to replace, written as it is
    try {
      const fd = openSync(file, "w");
      try {
        writeAll(fd, text);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      throw cannotWrite(file, e);
    }
    return;
  }
  const tmp = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  try {
    const fd = openSync(tmp, "wx", existing ? existing.mode & 0o777 : 0o666);
    try {
      writeAll(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // never made, or already gone
    }
    throw cannotWrite(file, e);
  }
}

function writeAll(fd: number, text: string | Uint8Array): void {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
}

/**
 * Entry points: text, bytes, a file (streamed), several files or directories.
 * None of them throws on bad input; every problem is a finding.
 */
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import type { Plan } from "../plan/types.js";
import {
  DropOptionError,
  type DropOptions,
  decodeAndValidate,
  optionDelimiter,
  optionEncoding,
  streamIsUtf8,
  validateBytes,
  validateStream,
} from "./csv-pipeline.js";
import { DuplicateIndex } from "./duplicates.js";
import {
  createDecoder,
  detectBom,
  type EncodingName,
  looksBinary,
  SNIFF_BYTES,
  sniffEncoding,
} from "./encoding.js";
import { fileOnly, osReason } from "./file-report.js";
import { Outranked } from "./outranked.js";
import { PlausibilityCheck } from "./plausibility.js";
import { Corrections, HeldRows, mergeTruncations } from "./refuse.js";
import { fileSender } from "./sender.js";
import { listSources, OTHER_FORMATS } from "./sources.js";
import type { DropResult, FileReport, Finding } from "./types.js";
import { FindingBudget, sortFindings } from "./validator.js";
import { type Container, containerOf, MAX_WORKBOOK_BYTES } from "./xlsx/sniff.js";

export {
  DropOptionError,
  type DropOptions,
  validateBytes,
  validateStream,
  validateText,
} from "./csv-pipeline.js";
export type { FileReport } from "./types.js";

export async function readDrop(
  path: string,
  plan: Plan,
  opts: DropOptions = {},
): Promise<FileReport> {
  const forced = optionEncoding(opts);
  const delimiterOpt = optionDelimiter(opts);
  const unreadable = (e: unknown): FileReport =>
    fileOnly(path, forced ?? "", delimiterOpt ?? "", "unreadable-file", { reason: osReason(e) });

  let head: Uint8Array;
  let size: number;
  try {
    const fh = await open(path, "r");
    try {
      const st = await fh.stat();
      if (st.isDirectory()) return unreadable({ code: "EISDIR" });
      if (!st.isFile()) {
        // a pipe or a device named on the command line (/dev/stdin, <(…)): its
        // size says nothing, so it is streamed, its kind judged on the first 64 KiB
        return await validateStream(
          fh.createReadStream({ highWaterMark: SNIFF_BYTES }),
          path,
          plan,
          opts,
        );
      }
      size = st.size;
      const buf = Buffer.alloc(Math.min(SNIFF_BYTES, size));
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (e) {
    return unreadable(e);
  }
  const other = OTHER_FORMATS.exec(path);
  if (other) {
    return fileOnly(path, "", "", "other-format", { format: (other[0] ?? "").toLowerCase() });
  }
  const container = containerOf(head);
  if (container !== "other") return readWorkbookFile(path, size, container, plan, opts);
  if (/\.xlsx$/i.test(path)) {
    // named as a workbook but neither a zip nor an OLE file
    return size === 0
      ? fileOnly(path, "xlsx", "", "empty-file")
      : fileOnly(path, "xlsx", "", "xlsx-corrupt", { reason: "not a zip file" });
  }
  const whole = head.length >= size;
  // a small file is already read whole: validate it as it is, without a stream
  if (whole) return validateBytes(head, path, plan, opts);
  let encoding: EncodingName = forced ?? sniffEncoding(head, whole).encoding;
  // binary on its first 64 KiB: said at once, before reading the rest (a 2 GB
  // file of zeros is not read to its end to find that it is not UTF-8)
  const bom = detectBom(head);
  const sample = head.subarray(bom && bom.encoding === encoding ? bom.bom : 0);
  if (looksBinary(createDecoder(encoding).write(sample))) {
    return fileOnly(path, encoding, delimiterOpt ?? ",", "not-text");
  }
  try {
    if (!forced && !bom && encoding === "utf-8" && !whole) {
      if (!(await streamIsUtf8(path))) encoding = "gb18030";
    }
    return await decodeAndValidate(
      createReadStream(path, { highWaterMark: SNIFF_BYTES }),
      path,
      plan,
      opts,
      encoding,
    );
  } catch (e) {
    return unreadable(e);
  }
}

/**
 * A workbook (by its first bytes, whatever its name): read whole and handed
 * to the .xlsx reader, which loads exceljs; a CSV run never gets here.
 */
async function readWorkbookFile(
  path: string,
  size: number,
  container: Container,
  plan: Plan,
  opts: DropOptions,
): Promise<FileReport> {
  const { validateWorkbook } = await import("./xlsx/read.js");
  if (size > MAX_WORKBOOK_BYTES) {
    return fileOnly(path, "xlsx", "", "xlsx-too-large", {
      what: "file",
      limit: `${MAX_WORKBOOK_BYTES / 1024 / 1024} MiB`,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return fileOnly(path, "xlsx", "", "unreadable-file", { reason: osReason(e) });
  }
  return validateWorkbook(bytes, container, path, plan, opts);
}

export async function readDrops(
  paths: string[],
  plan: Plan,
  opts: DropOptions = {},
): Promise<DropResult & { findings: Finding[] }> {
  const files: FileReport[] = [];
  const duplicates = opts.duplicates ?? new DuplicateIndex();
  // rows the post-read pass may refuse are held back from a streaming consumer (refuse.ts)
  const held = new HeldRows(plan);
  // a row refused in one file, supplied by a later one: corrected (已更正)
  const corrections = new Corrections(plan);
  // another unit's figure the owner's took the place of: its finding says so
  const outranked = new Outranked();
  const shared: DropOptions = {
    ...opts,
    ...(opts.onObservation
      ? { onObservation: held.wrap(corrections.wrap(outranked.wrap(opts.onObservation))) }
      : {}),
    duplicates,
    ...(opts.maxFindings === undefined || opts.budget
      ? {}
      : { budget: new FindingBudget(opts.maxFindings) }),
  };
  for (const s of await listSources(paths, { recursive: Boolean(opts.recursive) })) {
    if (s.kind === "skipped") {
      files.push(fileOnly(s.path, "", "", "skipped-file", { reason: s.reason }));
    } else if (s.kind === "stdin") {
      if (!opts.stdin) throw new DropOptionError("standard input (-) is not available here");
      files.push(await validateStream(opts.stdin(), s.path, plan, shared));
    } else {
      // a workbook read sheet by sheet: each sheet a file of its own
      const { otherSheets, ...r } = await readDrop(s.path, plan, shared);
      for (const f of [r, ...(otherSheets ?? [])]) {
        files.push(f);
        corrections.afterFile(f);
      }
      continue;
    }
    const last = files.at(-1);
    if (last) corrections.afterFile(last);
  }
  // who sent each file: the reader knows for a file it read; else its name says
  for (const f of files) f.sender ??= fileSender(plan, f.path);
  // the post-read pass: figures that cannot be right, given the whole series
  // (the rows standing for each key once every file is read)
  const plausible = new PlausibilityCheck(plan, duplicates, opts.maxFindingsPerCode);
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const w of plausible.findings(shared.budget)) {
    const f = byPath.get(w.file);
    if (f) f.findings.push(w);
  }
  const refusedFigures = held.release(files, plausible.refused, opts.onObservation);
  corrections.mark(files);
  outranked.mark(files);
  mergeTruncations(files);
  for (const f of files) sortFindings(f.findings);
  const observations = files.flatMap((f) => f.observations);
  const findings = sortFindings(files.flatMap((f) => f.findings));
  return {
    files: files.map(({ observations: _o, ...rest }) => rest),
    observations,
    refusedFigures,
    findings,
  };
}

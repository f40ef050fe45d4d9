/**
 * Entry points: text, bytes, a file (streamed), several files or directories.
 * None of them throws on bad input; every problem is a finding.
 */
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { parse as parseStream } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import type { Plan } from "../plan/types.js";
import { type FindingCode, severityOf } from "./codes.js";
import {
  CellLimiter,
  canonicalDelimiter,
  detectDelimiter,
  LineEndings,
  LineSplitter,
  RecordTracker,
} from "./csv.js";
import { DuplicateIndex } from "./duplicates.js";
import {
  type ChunkDecoder,
  canonicalEncoding,
  createDecoder,
  decodeAll,
  detectBom,
  type EncodingName,
  looksBinary,
  SNIFF_BYTES,
  sniffEncoding,
} from "./encoding.js";
import { PlausibilityCheck } from "./plausibility.js";
import { fileSender } from "./sender.js";
import { listSources, OTHER_FORMATS } from "./sources.js";
import type { DropResult, FileReport, Finding } from "./types.js";
import { FileValidator, FindingBudget, sortFindings, type ValidatorOptions } from "./validator.js";
import { type Container, containerOf, MAX_WORKBOOK_BYTES } from "./xlsx/sniff.js";

export interface DropOptions extends ValidatorOptions {
  /** 'utf-8' | 'gb18030' | 'gbk' (also 'utf-16le', 'utf-16be'); detected when absent */
  encoding?: string;
  /** ',' ';' '\t' (or 'tab', 'comma', 'semicolon'); detected from the header line when absent */
  delimiter?: string;
  /** standard input, read for the path `-` (the CLI passes process.stdin) */
  stdin?: () => AsyncIterable<Uint8Array>;
  /** row findings kept across all files (`--max-errors`); unlimited when absent */
  maxFindings?: number;
  /** for .xlsx drops: the sheet to read (default: the first with a header) */
  sheet?: string;
  /** folders: read their subfolders too (else each is listed as skipped) */
  recursive?: boolean;
}

export type { FileReport } from "./types.js";

/** Thrown for an option the caller got wrong (not for anything in a file). */
export class DropOptionError extends Error {}

function optionEncoding(opts: DropOptions): EncodingName | undefined {
  if (opts.encoding === undefined || opts.encoding === "") return undefined;
  const e = canonicalEncoding(opts.encoding);
  if (!e) throw new DropOptionError(`unsupported encoding: ${opts.encoding}`);
  return e;
}

function optionDelimiter(opts: DropOptions): string | undefined {
  if (opts.delimiter === undefined || opts.delimiter === "") return undefined;
  const d = canonicalDelimiter(opts.delimiter);
  if (!d) throw new DropOptionError(`unsupported delimiter: ${JSON.stringify(opts.delimiter)}`);
  return d;
}

function fileOnly(
  path: string,
  encoding: string,
  delimiter: string,
  finding: Omit<Finding, "file" | "severity" | "code"> & { code: FindingCode },
): FileReport {
  return {
    path,
    encoding,
    delimiter,
    rowsRead: 0,
    rowsValid: 0,
    rowsInvalid: 0,
    findings: [
      {
        ...finding,
        severity: severityOf(finding.code),
        file: path,
      },
    ],
    observations: [],
  };
}

function report(v: FileValidator, encoding: string): FileReport {
  return {
    path: v.path,
    encoding,
    delimiter: v.delimiter,
    rowsRead: v.rowsRead,
    rowsValid: v.rowsValid,
    rowsInvalid: v.rowsInvalid,
    findings: v.findings,
    observations: v.observations,
    sender: v.sender,
    refused: v.refused,
  };
}

/** A stray error from csv-parse (not a skipped record) as a finding. */
function csvFailure(v: FileValidator, e: unknown, line: number): void {
  const code =
    e && typeof e === "object" && "code" in e && typeof e.code === "string" ? e.code : "CSV_ERROR";
  v.add("csv-error", { line, args: { reason: code } });
}

/**
 * Validates decoded text (pure; for tests and small inputs). `encoding` is
 * only recorded in the result. A leading BOM is ignored.
 */
export function validateText(
  text: string,
  path: string,
  plan: Plan,
  opts: DropOptions = {},
  encoding = "utf-8",
): FileReport {
  const delimiterOpt = optionDelimiter(opts);
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (looksBinary(body.slice(0, SNIFF_BYTES))) {
    return fileOnly(path, encoding, delimiterOpt ?? ",", { code: "not-text" });
  }
  const le = new LineEndings();
  const lf = le.push(body);
  const delimiter = delimiterOpt ?? detectDelimiter(lf);
  const v = new FileValidator(path, plan, delimiter, opts);
  const tracker = new RecordTracker(v, delimiter);
  try {
    parseSync(lf, tracker.options());
  } catch (e) {
    csvFailure(v, e, le.lastLine);
  }
  tracker.end(le.lastLine);
  v.finish();
  return report(v, encoding);
}

/** Validates a file's bytes: encoding detection, then `validateText`. */
export function validateBytes(
  bytes: Uint8Array,
  path: string,
  plan: Plan,
  opts: DropOptions = {},
): FileReport {
  const forced = optionEncoding(opts);
  const encoding: EncodingName = forced ?? sniffEncoding(bytes, true).encoding;
  const bom = detectBom(bytes);
  const skip = bom && bom.encoding === encoding ? bom.bom : 0;
  const { text, replaced } = decodeAll(bytes.subarray(skip), encoding);
  const r = validateText(text, path, plan, opts, encoding);
  if (replaced && r.findings[0]?.code !== "not-text") addInvalidBytes(r);
  return r;
}

function addInvalidBytes(r: FileReport): void {
  r.findings.push({
    code: "invalid-bytes",
    severity: severityOf("invalid-bytes"),
    file: r.path,
    args: { encoding: r.encoding },
  });
  sortFindings(r.findings);
}

function osReason(e: unknown): string {
  if (e && typeof e === "object") {
    if ("code" in e && typeof e.code === "string") return e.code;
    if ("message" in e && typeof e.message === "string") return e.message;
  }
  return String(e);
}

/**
 * Validates a stream of bytes (a file, stdin, an upload) chunk by chunk
 * through csv-parse. The encoding is chosen from the first 64 KiB (or forced
 * with `opts.encoding`); a stream cannot be read twice, so an invalid UTF-8
 * sequence further on is replaced and reported as `invalid-bytes` (`readDrop`
 * checks a whole file first instead). Never throws for bad input.
 */
export async function validateStream(
  source: AsyncIterable<Uint8Array>,
  path: string,
  plan: Plan,
  opts: DropOptions = {},
): Promise<FileReport> {
  const forced = optionEncoding(opts);
  const it = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < SNIFF_BYTES) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const first = Buffer.concat(head);
  const encoding = forced ?? sniffEncoding(first, ended).encoding;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      yield first;
      if (ended) return;
      for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
    } finally {
      // stopped early (not text): let the source go (a pipe, /dev/zero)
      if (!ended) await it.return?.();
    }
  }
  return decodeAndValidate(chunks(), path, plan, opts, encoding);
}

/**
 * Reads and validates one file, streaming it through csv-parse: memory stays
 * flat apart from the observations (pass `onObservation` to take them one by
 * one) and one duplicate key per valid row. A file whose first 64 KiB are
 * UTF-8 is checked to the end before it is read as UTF-8, and read as
 * GB18030 if a later sequence is invalid. Never throws for a bad or
 * unreadable file (only for a bad option).
 */
export async function readDrop(
  path: string,
  plan: Plan,
  opts: DropOptions = {},
): Promise<FileReport> {
  const forced = optionEncoding(opts);
  const delimiterOpt = optionDelimiter(opts);
  const unreadable = (e: unknown): FileReport =>
    fileOnly(path, forced ?? "", delimiterOpt ?? "", {
      code: "unreadable-file",
      args: { reason: osReason(e) },
    });

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
    return fileOnly(path, "", "", {
      code: "other-format",
      args: { format: (other[0] ?? "").toLowerCase() },
    });
  }
  const container = containerOf(head);
  if (container !== "other") return readWorkbookFile(path, size, container, plan, opts);
  if (/\.xlsx$/i.test(path)) {
    // named as a workbook but neither a zip nor an OLE file
    return fileOnly(path, "xlsx", "", {
      code: size === 0 ? "empty-file" : "xlsx-corrupt",
      ...(size === 0 ? {} : { args: { reason: "not a zip file" } }),
    });
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
    return fileOnly(path, encoding, delimiterOpt ?? ",", { code: "not-text" });
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
    return fileOnly(path, "xlsx", "", {
      code: "xlsx-too-large",
      args: { what: "file", limit: `${MAX_WORKBOOK_BYTES / 1024 / 1024} MiB` },
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return fileOnly(path, "xlsx", "", {
      code: "unreadable-file",
      args: { reason: osReason(e) },
    });
  }
  return validateWorkbook(bytes, container, path, plan, opts);
}

async function streamIsUtf8(path: string): Promise<boolean> {
  const d = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: SNIFF_BYTES })) {
      if (chunk instanceof Uint8Array) d.decode(chunk, { stream: true });
    }
    d.decode();
    return true;
  } catch (e) {
    if (e instanceof TypeError) return false;
    throw e;
  }
}

/**
 * Whether `text` holds a whole non-blank line. (In linear time: the regular
 * expression /\S[^\n]*\n/ took quadratic time on 64 KiB without a line break.)
 */
function hasFirstLine(text: string): boolean {
  const start = text.search(/\S/);
  return start >= 0 && text.indexOf("\n", start) >= 0;
}

/** The streaming core: decode, normalise line endings, parse, validate. */
async function decodeAndValidate(
  source: AsyncIterable<Uint8Array>,
  path: string,
  plan: Plan,
  opts: DropOptions,
  encoding: EncodingName,
): Promise<FileReport> {
  const delimiterOpt = optionDelimiter(opts);
  const decoder: ChunkDecoder = createDecoder(encoding);
  const le = new LineEndings();
  let pending = "";
  let failure: unknown;
  const notText = (): FileReport =>
    fileOnly(path, encoding, delimiterOpt ?? ",", { code: "not-text" });

  /** The parts that read the file once its first line is known. */
  interface Pipeline {
    validator: FileValidator;
    tracker: RecordTracker;
    lines: LineSplitter;
    limiter: CellLimiter;
    parser: ReturnType<typeof parseStream>;
    done: Promise<void>;
  }
  let pipe: Pipeline | undefined;

  /** Sets up the parser once the first line is known; undefined for binary input. */
  const start = (text: string): Pipeline | undefined => {
    if (looksBinary(text.slice(0, SNIFF_BYTES))) return undefined;
    const delimiter = delimiterOpt ?? detectDelimiter(text);
    const validator = new FileValidator(path, plan, delimiter, opts);
    const tracker = new RecordTracker(validator, delimiter);
    const parser = parseStream(tracker.options());
    const done = new Promise<void>((resolve) => {
      parser.on("error", (e) => {
        failure = e;
        resolve();
      });
      parser.on("end", () => resolve());
    });
    parser.resume();
    const lines = new LineSplitter(tracker);
    return { validator, tracker, lines, limiter: new CellLimiter(delimiter), parser, done };
  };

  /** Quote-free lines are split here (LineSplitter); csv-parse reads the rest. */
  const write = async (pipe: Pipeline, input: string): Promise<void> => {
    const p = pipe.parser;
    if (failure || input === "") return;
    const rest = pipe.lines.push(input);
    const text = rest !== "" ? pipe.limiter.push(rest) : rest;
    if (text === "") return;
    if (!p.write(text)) {
      await new Promise<void>((resolve) => {
        const go = (): void => {
          p.off("drain", go);
          p.off("error", go);
          resolve();
        };
        p.on("drain", go);
        p.on("error", go);
      });
    }
  };

  for await (const chunk of source) {
    const text = le.push(decoder.write(chunk));
    if (pipe) {
      await write(pipe, text);
      continue;
    }
    pending += text;
    if (pending.startsWith("\uFEFF")) pending = pending.slice(1);
    // wait for a whole first line (or 64 KiB) before choosing the delimiter
    if (!hasFirstLine(pending) && pending.length < SNIFF_BYTES) continue;
    pipe = start(pending);
    if (!pipe) return notText();
    await write(pipe, pending);
    pending = "";
  }
  let tail = le.push(decoder.end());
  if (!pipe) {
    tail = pending + tail;
    if (tail.startsWith("\uFEFF")) tail = tail.slice(1);
    pipe = start(tail);
    if (!pipe) return notText();
  }
  await write(pipe, tail);
  pipe.lines.end();
  const cut = pipe.limiter.end();
  if (cut !== "" && !failure) pipe.parser.write(cut);
  pipe.parser.end();
  await pipe.done;
  if (failure) csvFailure(pipe.validator, failure, le.lastLine);
  pipe.tracker.end(le.lastLine);
  pipe.validator.finish();
  const r = report(pipe.validator, encoding);
  if (decoder.replaced) addInvalidBytes(r);
  return r;
}

/**
 * Reads several drops (a folder means its drops, see sources.ts; `-` means
 * standard input) and merges them: files in the order given, observations in
 * file then line order, findings sorted by file then line. Entries of a
 * folder that are not read are listed with a `skipped-file` note.
 */
export async function readDrops(
  paths: string[],
  plan: Plan,
  opts: DropOptions = {},
): Promise<DropResult & { findings: Finding[] }> {
  const files: FileReport[] = [];
  const duplicates = opts.duplicates ?? new DuplicateIndex();
  const shared: DropOptions = {
    ...opts,
    duplicates,
    ...(opts.maxFindings === undefined || opts.budget
      ? {}
      : { budget: new FindingBudget(opts.maxFindings) }),
  };
  for (const s of await listSources(paths, { recursive: Boolean(opts.recursive) })) {
    if (s.kind === "skipped") {
      files.push(fileOnly(s.path, "", "", { code: "skipped-file", args: { reason: s.reason } }));
    } else if (s.kind === "stdin") {
      if (!opts.stdin) throw new DropOptionError("standard input (-) is not available here");
      files.push(await validateStream(opts.stdin(), s.path, plan, shared));
    } else files.push(await readDrop(s.path, plan, shared));
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
  for (const f of files) sortFindings(f.findings);
  const observations = files.flatMap((f) => f.observations);
  const findings = sortFindings(files.flatMap((f) => f.findings));
  return {
    files: files.map(({ observations: _o, ...rest }) => rest),
    observations,
    findings,
  };
}

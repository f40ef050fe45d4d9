/**
 * The CSV pipeline: bytes or a stream of them decoded (encoding sniffed or
 * given), split into records, validated row by row, each problem a finding.
 * (Which reader a file gets, CSV or workbook, is chosen in src/data/read.ts.)
 */
import { createReadStream } from "node:fs";
import { parse as parseStream } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { errorCode } from "../errors.js";
import type { Plan } from "../plan/types.js";
import { severityOf } from "./codes.js";
import {
  CellLimiter,
  canonicalDelimiter,
  detectDelimiter,
  LineEndings,
  LineSplitter,
  RecordTracker,
} from "./csv.js";
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
import { fileOnly } from "./file-report.js";
import type { FileReport } from "./types.js";
import { FileValidator, sortFindings, type ValidatorOptions } from "./validator.js";

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

/** Thrown for an option the caller got wrong (not for anything in a file). */
export class DropOptionError extends Error {}

export function optionEncoding(opts: DropOptions): EncodingName | undefined {
  if (opts.encoding === undefined || opts.encoding === "") return undefined;
  const e = canonicalEncoding(opts.encoding);
  if (!e) throw new DropOptionError(`unsupported encoding: ${opts.encoding}`);
  return e;
}

export function optionDelimiter(opts: DropOptions): string | undefined {
  if (opts.delimiter === undefined || opts.delimiter === "") return undefined;
  const d = canonicalDelimiter(opts.delimiter);
  if (!d) throw new DropOptionError(`unsupported delimiter: ${JSON.stringify(opts.delimiter)}`);
  return d;
}

export function report(v: FileValidator, encoding: string): FileReport {
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
export function csvFailure(v: FileValidator, e: unknown, line: number): void {
  v.add("csv-error", { line, args: { reason: errorCode(e) ?? "CSV_ERROR" } });
}

/**
 * Validates decoded text (pure), every record read by csv-parse: what the
 * other paths are tested against. `encoding` is only recorded in the
 * result. A leading BOM is ignored.
 */
export function validateText(
  text: string,
  path: string,
  plan: Plan,
  opts: DropOptions = {},
  encoding = "utf-8",
): FileReport {
  return validateWhole(text, path, plan, opts, encoding, false);
}

/**
 * `validateText`, with quote-free lines split by LineSplitter (`fast`) as a
 * stream's are: csv-parse, whose first records cost milliseconds before its
 * code warms up, then reads only from the first quote or long line on.
 */
function validateWhole(
  text: string,
  path: string,
  plan: Plan,
  opts: DropOptions,
  encoding: string,
  fast: boolean,
): FileReport {
  const delimiterOpt = optionDelimiter(opts);
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (looksBinary(body.slice(0, SNIFF_BYTES))) {
    return fileOnly(path, encoding, delimiterOpt ?? ",", "not-text");
  }
  const le = new LineEndings();
  const lf = le.push(body);
  const delimiter = delimiterOpt ?? detectDelimiter(lf);
  const v = new FileValidator(path, plan, delimiter, opts);
  const tracker = new RecordTracker(v, delimiter);
  let rest = lf;
  if (fast) {
    const lines = new LineSplitter(tracker);
    rest = lines.push(lf);
    lines.end();
  }
  try {
    if (rest !== "") parseSync(rest, tracker.options());
  } catch (e) {
    csvFailure(v, e, le.lastLine);
  }
  tracker.end(le.lastLine);
  v.finish();
  return report(v, encoding);
}

/** Validates a file's bytes: encoding detection, then `validateText` (fast path). */
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
  const r = validateWhole(text, path, plan, opts, encoding, true);
  if (replaced && r.findings[0]?.code !== "not-text") addInvalidBytes(r);
  return r;
}

export function addInvalidBytes(r: FileReport): void {
  r.findings.push({
    code: "invalid-bytes",
    severity: severityOf("invalid-bytes"),
    file: r.path,
    args: { encoding: r.encoding },
  });
  sortFindings(r.findings);
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

export async function streamIsUtf8(path: string): Promise<boolean> {
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
export function hasFirstLine(text: string): boolean {
  const start = text.search(/\S/);
  return start >= 0 && text.indexOf("\n", start) >= 0;
}

/** The streaming core: decode, normalise line endings, parse, validate. */
export async function decodeAndValidate(
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
  const notText = (): FileReport => fileOnly(path, encoding, delimiterOpt ?? ",", "not-text");

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

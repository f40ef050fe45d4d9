/**
 * The CSV layer over csv-parse: delimiter detection, line endings, and the
 * bookkeeping that gives every record its physical start line, including the
 * records csv-parse gives up on (quote errors), so that none is lost.
 *
 * Text reaching csv-parse has LF line endings only (see `LineEndings`): that
 * makes csv-parse's line count (`info.lines`) exact, which it is not for CRLF
 * inside quoted cells.
 */
import type { CsvError, Info, Options } from "csv-parse";

/** Characters in one record before it is given up as `record-too-large`. */
export const MAX_RECORD_SIZE = 128_000;

export const DELIMITERS = [",", ";", "\t"] as const;

/** Lines without any delimiter looked past for the header (a title above it: as many as the validator allows, src/data/layout.ts MAX_TITLE_LINES). */
const TITLE_LINES = 3;

/**
 * The delimiter of a file from its header line: whichever of `,` `;` and tab
 * occurs most often outside quotes on the first non-blank line that has any
 * of them, past at most `TITLE_LINES` lines with none (a title such as
 * 成武县2025年7月指标填报表 above a `;` header); `,` on a tie or when none occurs.
 */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  let filled = false;
  let titles = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charAt(i) : "\n";
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) {
      if (!filled) {
        // a blank line (white space only, tabs too): passed over
        counts[","] = counts[";"] = counts["\t"] = 0;
        continue;
      }
      if (counts[","] || counts[";"] || counts["\t"]) break;
      // a filled line with no delimiter: a title above the header
      if (++titles > TITLE_LINES) break;
      filled = false;
      continue;
    } else if (!quoted && c in counts) counts[c] = (counts[c] ?? 0) + 1;
    if (!/\s/.test(c)) filled = true;
  }
  let best = ",";
  for (const d of DELIMITERS) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
  return best;
}

/** The delimiter a `delimiter` option names (`,` `;` `\t`, `tab`, `comma`, …). */
export function canonicalDelimiter(name: string): string | undefined {
  const n = name.toLowerCase();
  if (n === "tab" || n === "\\t" || n === "\t") return "\t";
  if (n === "comma") return ",";
  if (n === "semicolon") return ";";
  if (n.length === 1 && n !== '"' && n !== "\n" && n !== "\r") return n;
  return undefined;
}

/** CRLF and lone CR to LF, across chunk boundaries. */
export class LineEndings {
  private lastCR = false;
  /** physical lines seen so far (a final line without a newline counts at `end`) */
  newlines = 0;
  private lastChar = "";

  push(chunk: string): string {
    let s = chunk;
    if (this.lastCR && s.startsWith("\n")) s = s.slice(1);
    if (s.length === 0) return s;
    this.lastCR = s.endsWith("\r");
    s = s.replace(/\r\n?/g, "\n");
    for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) this.newlines++;
    this.lastChar = s[s.length - 1] ?? this.lastChar;
    return s;
  }

  /** the number of the last physical line */
  get lastLine(): number {
    return this.newlines + (this.lastChar !== "" && this.lastChar !== "\n" ? 1 : 0);
  }
}

export interface RecordHandler {
  /** a parsed record; `raw` is its text (LF endings), used to find cell columns */
  record(cells: string[], line: number, raw: string): void;
  /** a record csv-parse could not parse, from `line` to `endLine` */
  broken(csvCode: string, line: number, endLine: number): void;
}

function countNewlines(s: string, end = s.length): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0 && i < end; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

/** A record as csv-parse gives it with `raw: true`. */
interface RawRecord {
  record: string[];
  raw: string;
}

function isRawRecord(rec: unknown): rec is RawRecord {
  return (
    typeof rec === "object" &&
    rec !== null &&
    "raw" in rec &&
    typeof rec.raw === "string" &&
    "record" in rec &&
    Array.isArray(rec.record)
  );
}

interface OpenError {
  code: string;
  start: number;
  raw: string;
}

/** Gives each record its start line and turns csv-parse's skips into broken records. */
export class RecordTracker {
  /** end line of the last record */
  private prevEnd = 0;
  private open: OpenError | undefined;
  /** lines before the text csv-parse is given (read by `LineSplitter` first) */
  lineOffset = 0;

  constructor(
    private readonly handler: RecordHandler,
    readonly delimiter: string,
  ) {}

  options(): Options {
    return {
      delimiter: this.delimiter,
      record_delimiter: "\n",
      quote: '"',
      escape: '"',
      bom: false,
      // bounds memory on an unclosed quote; csv-parse stops at the first
      // record over the limit, and the rest of the input becomes that record
      max_record_size: MAX_RECORD_SIZE,
      relax_column_count: true,
      skip_records_with_error: true,
      // with `raw`, records come as { record, raw }; `on_record` gets the
      // parser's info (lines) as its context whatever the `info` option, and
      // `info: true` would only build that object a second time per record
      raw: true,
      on_record: (rec: unknown, ctx: Info) => {
        // csv-parse's typings do not model `raw: true`: check what comes
        if (!isRawRecord(rec)) throw new Error("csv-parse gave a record without its raw text");
        this.onRecord(rec.record, rec.raw, this.lineOffset + ctx.lines);
        return null;
      },
      on_skip: (err: CsvError | undefined, raw: string | undefined) => {
        this.onSkip(err, raw ?? "");
        return undefined;
      },
    };
  }

  /**
   * A record read without csv-parse (see `LineSplitter`): one quote-free line,
   * given without its \n. What `onRecord` works out for csv-parse's records
   * is plain here: the record starts and ends on `line`, and its text is the
   * line (`cellColumns` stops at the \n anyway).
   */
  line(text: string, line: number): void {
    this.close(line - 1);
    this.prevEnd = line;
    this.handler.record(text.split(this.delimiter), line, text);
  }

  private onRecord(cells: string[], raw: string, endLine: number): void {
    const body = raw.endsWith("\n") ? raw.length - 1 : raw.length;
    const start = endLine - countNewlines(raw, body);
    this.close(start - 1);
    this.prevEnd = endLine;
    this.handler.record(cells, start, raw);
  }

  private onSkip(err: CsvError | undefined, raw: string): void {
    const code = err?.code ?? "CSV_ERROR";
    const o = this.open;
    if (o && raw.length > o.raw.length && raw.startsWith(o.raw)) {
      o.raw = raw; // a further error in the same record
      return;
    }
    if (o) this.close(o.start + countNewlines(o.raw));
    this.open = { code, start: this.prevEnd + 1, raw };
  }

  private close(endLine: number): void {
    const o = this.open;
    if (!o) return;
    this.open = undefined;
    const end = Math.max(endLine, o.start);
    this.prevEnd = end;
    this.handler.broken(o.code, o.start, end);
  }

  /** Closes a record left open at the end of the input. */
  end(lastLine: number): void {
    this.close(lastLine);
  }
}

/** 1-based character columns of the cells of a record that start on its first line. */
export function cellColumns(raw: string, delimiter: string): (number | undefined)[] {
  const cols: (number | undefined)[] = [1];
  let quoted = false;
  let line = 0;
  let col = 1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\n") {
      if (!quoted) break;
      line++;
      col = 0;
    } else if (!quoted && c === delimiter) cols.push(line === 0 ? col + 1 : undefined);
    col++;
  }
  return cols;
}

/** Lines longer than this go to csv-parse, which knows what to do at MAX_RECORD_SIZE. */
const LONG_LINE = 4096;

/**
 * The fast path of a stream's parse: text without a quote character is CSV
 * whose records are its lines and whose cells are split at the delimiter,
 * exactly as csv-parse reads them (an empty line is a record of one empty
 * cell; a last line without \n is a record unless empty). `push` hands
 * such lines to the tracker itself, which costs a fraction of csv-parse's
 * per-record work, and returns the text from the first line that holds a
 * quote or is long: from there on, csv-parse reads everything.
 */
export class LineSplitter {
  private carry = "";
  private lines = 0;
  /** false once the rest of the input belongs to csv-parse */
  active = true;

  constructor(private readonly tracker: RecordTracker) {}

  /** Reads the whole lines of `text`; returns what csv-parse must read (or ""). */
  push(text: string): string {
    if (!this.active) return text;
    const s = this.carry + text;
    const end = s.lastIndexOf("\n");
    if (end < 0) {
      this.carry = s;
      return this.carry.length > LONG_LINE || this.carry.includes('"') ? this.handOver(s, 0) : "";
    }
    this.carry = s.slice(end + 1);
    const quote = s.indexOf('"');
    const stop = quote >= 0 && quote <= end ? quote : end + 1;
    let i = 0;
    while (i < stop) {
      const nl = s.indexOf("\n", i);
      if (nl - i > LONG_LINE || nl >= stop) break;
      this.lines++;
      this.tracker.line(s.slice(i, nl), this.lines);
      i = nl + 1;
    }
    if (i <= end) return this.handOver(s, i);
    if (this.carry.length > LONG_LINE || this.carry.includes('"')) return this.handOver(s, end + 1);
    return "";
  }

  /** Reads the last line, when it has no \n (csv-parse, once handed over, has it already). */
  end(): void {
    if (!this.active || this.carry === "") return;
    this.lines++;
    this.tracker.line(this.carry, this.lines);
    this.carry = "";
  }

  private handOver(s: string, from: number): string {
    this.active = false;
    this.carry = "";
    this.tracker.lineOffset = this.lines;
    return s.slice(from);
  }
}

/** Cells a record may have (and a header columns); a record with more is `too-many-cells`. */
export const MAX_CELLS = 1000;

/**
 * What a record cut by `CellLimiter` ends with: its last cell starts with
 * this (a Unicode noncharacter, which no text holds in earnest).
 */
export const CUT_MARK = "\uFDD0";

/**
 * Bounds the cells of the records csv-parse reads, which has no such limit
 * of its own: a line of 150 million delimiters would make an array it cannot
 * hold. Text passes through unchanged until a record reaches MAX_CELLS
 * delimiters outside quotes; from there on, the rest of that record is left
 * out and replaced by one quoted cell that starts with CUT_MARK and holds
 * only the record's line breaks, so that csv-parse still counts its lines
 * (the validator reports the record as `too-many-cells`). Memory stays flat
 * whatever the record's length.
 */
export class CellLimiter {
  private quoted = false;
  private delimiters = 0;
  private skipping = false;

  constructor(private readonly delimiter: string) {}

  push(text: string): string {
    const d = this.delimiter.charCodeAt(0);
    let out = "";
    /** where the text still to be passed on starts; -1 while a record is cut */
    let from = this.skipping ? -1 : 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34 /* " */) this.quoted = !this.quoted;
      else if (c === 10 /* \n */) {
        if (this.quoted) {
          if (this.skipping) out += "\n";
        } else {
          this.delimiters = 0;
          if (this.skipping) {
            this.skipping = false;
            out += '"';
            from = i; // the record's own line break ends it
          }
        }
      } else if (c === d && !this.quoted && !this.skipping && ++this.delimiters >= MAX_CELLS) {
        out += `${text.slice(from, i + 1)}"${CUT_MARK}`;
        this.skipping = true;
        from = -1;
      }
    }
    if (from >= 0) out += from === 0 ? text : text.slice(from);
    return out;
  }

  /** What ends a record still cut at the end of the input. */
  end(): string {
    if (!this.skipping) return "";
    this.skipping = false;
    return '"';
  }
}

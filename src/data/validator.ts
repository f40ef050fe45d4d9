import { severityOf } from "./codes.js";
import type { RecordHandler } from "./csv.js";
import { CUT_MARK, MAX_CELLS } from "./csv.js";
import { readHeader } from "./headers.js";
import { firstText, isBlank, isTitle, MAX_TITLE_LINES, namesAField, skipReason } from "./layout.js";
import type { Finding } from "./types.js";
import { RecordChecks } from "./validator-rows.js";
import { CSV_CODES, type FlaggedCell, sortFindings } from "./validator-types.js";

export {
  FindingBudget,
  type FlaggedCell,
  sortFindings,
  type ValidatorOptions,
} from "./validator-types.js";

export class FileValidator extends RecordChecks implements RecordHandler {
  /** Blank lines `start`–`end` at once (a gap between a sheet's rows, never iterated). */
  blankLines(start: number, end: number): void {
    this.record([], start, "");
    if (this.blankRun && end > this.blankRun.end) this.blankRun.end = end;
  }

  record(cells: string[], line: number, raw: string, flagged?: FlaggedCell[]): void {
    if (cells.length > MAX_CELLS || (cells[cells.length - 1] ?? "").startsWith(CUT_MARK)) {
      this.tooManyCells(cells, line);
      return;
    }
    if (isBlank(cells) && !flagged?.length) {
      if (this.blankRun && this.blankRun.end === line - 1) this.blankRun.end = line;
      else {
        this.flushBlank();
        this.blankRun = { start: line, end: line };
      }
      return;
    }
    this.flushBlank();
    if (!this.header) {
      if (this.titles.length < MAX_TITLE_LINES && isTitle(cells)) {
        this.titles.push({ cells, line, raw });
        return;
      }
      if (this.titles.length > 0 && !namesAField(cells)) {
        // not a header below the "titles": the first of them was the header
        this.replayTitles();
        this.record(cells, line, raw, flagged);
        return;
      }
      for (const t of this.titles)
        this.add("title-row", { line: t.line, value: firstText(t.cells) });
      this.titles = [];
      this.readHeader(cells, line);
      return;
    }
    const skip = skipReason(this.header, cells);
    if (skip) {
      this.add(skip, { line, value: firstText(cells) });
      return;
    }
    this.rowsRead++;
    if (flagged?.length) {
      this.rowsInvalid++;
      const h = this.header;
      for (const c of flagged) {
        const field = h.fields[c.index];
        const f: Omit<Finding, "code" | "severity" | "file"> = { line, col: c.index + 1 };
        f.column = h.names[c.index] ?? field ?? "";
        if (c.value !== "") f.value = c.value;
        this.add(c.code, f);
      }
      const ind = cells[h.index.indicator ?? -1]?.trim();
      this.refuse(line, ind ? this.findIndicator(ind)?.indicator.id : undefined);
      return;
    }
    if (this.checkRecord(this.header, cells, line, raw)) this.rowsValid++;
    else this.rowsInvalid++;
  }

  broken(csvCode: string, line: number, endLine: number): void {
    this.flushBlank();
    const code = CSV_CODES[csvCode] ?? "csv-error";
    const args: Record<string, string | number> = {};
    if (endLine > line) args.endLine = endLine;
    if (code === "csv-error") args.reason = csvCode;
    this.add(code, { line, ...(Object.keys(args).length > 0 ? { args } : {}) });
    if (!this.header) {
      // the header itself could not be read
      this.header = { line, fields: [], names: [], index: {}, fatal: true, broken: true };
      return;
    }
    this.rowsRead++;
    this.rowsInvalid++;
  }

  /** A record (or header) with more than MAX_CELLS cells: reported, never held. */
  protected tooManyCells(cells: string[], line: number): void {
    this.flushBlank();
    const cut = (cells[cells.length - 1] ?? "").startsWith(CUT_MARK);
    this.add("too-many-cells", {
      line,
      args: cut ? { max: MAX_CELLS } : { max: MAX_CELLS, count: cells.length },
    });
    if (!this.header) {
      this.header = { line, fields: [], names: [], index: {}, fatal: true, broken: true };
      return;
    }
    this.rowsRead++;
    this.rowsInvalid++;
  }

  /**
   * Single-cell lines above the header, held until the next line shows
   * whether they were a title (a header follows) or the header itself.
   */
  protected titles: { cells: string[]; line: number; raw: string }[] = [];

  /** The held lines read as they are: the first as the header, the rest as rows. */
  protected replayTitles(): void {
    const [first, ...rest] = this.titles;
    this.titles = [];
    if (!first) return;
    this.readHeader(first.cells, first.line);
    for (const t of rest) this.record(t.cells, t.line, t.raw);
  }

  protected flushBlank(): void {
    const b = this.blankRun;
    if (!b) return;
    this.blankRun = undefined;
    // blank lines before the header are reported once the header is found
    this.add("blank-row", {
      line: b.start,
      ...(b.end > b.start ? { args: { endLine: b.end } } : {}),
    });
  }

  // ---- header ---------------------------------------------------------------

  protected readHeader(cells: string[], line: number): void {
    const { header, findings } = readHeader(cells, line);
    for (const f of findings) this.add(f.code, f);
    this.header = header;
  }

  // ---- one row --------------------------------------------------------------
  //
  // A row is checked with one small object (RecordInCheck) and no others
  // unless something is wrong with it: the cells are read straight from the
  // record, what a cell
  // resolves to (period, indicator, area, unit) is cached by its text, and
  // the row schema is asked only when a cheap look (`fitsSchema`) cannot
  // vouch for the row. Findings carry the same codes, columns and values, in
  // the same order, as the plain reading of the checks below suggests.

  /** Closes the file: empty / header-only checks, the cap note, sorting. */
  finish(): void {
    if (!this.header && this.titles.length > 0) this.replayTitles();
    if (!this.header) {
      this.blankRun = undefined;
      this.findings.length = 0;
      this.perCode.clear();
      this.suppressed.clear();
      this.add("empty-file");
    } else {
      this.flushBlank();
      if (this.rowsRead === 0 && !this.header.broken)
        this.add("header-only", { line: this.header.line });
    }
    for (const [code, n] of this.suppressed) {
      this.findings.push({
        code: "findings-truncated",
        severity: severityOf("findings-truncated"),
        file: this.path,
        args: { code, count: n },
      });
    }
    sortFindings(this.findings);
  }
}

/**
 * What the data layer hands on: observations that passed validation, and
 * findings about everything that did not (or that looks doubtful).
 */
import type { MilestoneState } from "../plan/types.js";
import type { FileSender, SenderSource } from "./sender.js";

/** A reported figure, normalised: period canonical, value in the target's unit. */
export interface Observation {
  indicator: string;
  /** canonical period: YYYY, YYYY-Qn or YYYY-MM */
  period: string;
  /** last day of the period, YYYY-MM-DD */
  date: string;
  /** in the indicator's unit (converted where the row gave another) */
  value: number | MilestoneState;
  /** area id, or null for the whole county */
  area: string | null;
  /** unit id of reported_by, where given and known */
  reportedBy: string | null;
  /**
   * who sent the row (src/data/sender.ts): its reported_by, else the
   * template's metadata, else the file's name; null when not known
   */
  sender: string | null;
  senderSource: SenderSource;
  file: string;
  line: number;
  /**
   * Set when this row revises the figure an earlier file gave for the same
   * indicator, observation date and area (a `value-revised` warning): the
   * value it supersedes and where that was read.
   */
  revises?: { value: number | MilestoneState; file: string; line: number };
  /**
   * Set when this row, a figure that counts as the owner's, takes the place
   * of another unit's figure read before it for the same indicator,
   * observation date and area (issue 20, item 3: the owner's figure wins,
   * whatever the order; not a revision).
   */
  outranks?: { file: string; line: number };
}

/** a note tells what was done (a title line skipped) and needs no action */
export type Severity = "error" | "warning" | "note";

/**
 * One finding about a drop. `code` is stable (documented in docs/findings.md);
 * the words come from the message table, never from here.
 */
export interface Finding {
  code: string;
  severity: Severity;
  file: string;
  /** physical line in the file; the header is line 1 */
  line?: number;
  /** 1-based character column of the cell where known */
  col?: number;
  /** the CSV column name */
  column?: string;
  /** the worksheet, for a finding in an .xlsx drop (`line` is then its row, `col` its column) */
  sheet?: string;
  /** the bad value, as read */
  value?: string;
  /** further arguments for the message (suggestion, expected unit, …) */
  args?: Record<string, string | number>;
  /**
   * An error a later file corrected (已更正): that file supplies the figure
   * (indicator × area × observation date) this refused row was for, or,
   * for a file that could not be read, the same sender's figures for the
   * period it was for (`period`; absent where the file named none): its
   * first such row. It no longer fails a run (src/data/count.ts).
   */
  corrected?: { file: string; line: number; period?: string };
}

export interface FileResult {
  path: string;
  encoding: string;
  delimiter: string;
  rowsRead: number;
  rowsValid: number;
  rowsInvalid: number;
  /**
   * the worksheet read, for an .xlsx drop; where a workbook holds several
   * drop sheets, each is its own report, its `path` `book.xlsx!Sheet`
   * (src/data/source.ts)
   */
  sheet?: string;
  findings: Finding[];
  /** who sent the file (template metadata, file name, or unknown); set by `readDrops` */
  sender?: FileSender;
  /** the rows refused (an error in the row): what each was for and who sent it */
  refused?: RefusedRow[];
}

/**
 * A file read, with its valid rows (what the readers return); a workbook
 * read sheet by sheet gives its first sheet's report with the others'
 * (`otherSheets`; `readDrops` lists each as a file of its own).
 */
export type FileReport = FileResult & { observations: Observation[]; otherSheets?: FileReport[] };

/**
 * A row refused by validation, with what could be read of it: the figure it
 * was for (as far as its cells resolved) and its sender, so that 催报 can
 * tell "returned for correction" from "never sent".
 */
export interface RefusedRow {
  indicator: string | null;
  /** canonical period and its last day, where the period cell was readable */
  period: string | null;
  date: string | null;
  area: string | null;
  sender: string | null;
  senderSource: SenderSource;
  line: number;
}

export interface DropResult {
  files: FileResult[];
  observations: Observation[];
  /**
   * Rows refused after every file was read (a likely fraction): never
   * figures; kept for the note that a newer figure was refused.
   */
  refusedFigures?: Observation[];
}

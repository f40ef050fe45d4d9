/**
 * Submissions as the analyst receives them (issue 20): each file read (each
 * sheet read, for a workbook) is one submission, with its sender, the
 * periods it reports and one outcome:
 *
 * - `unreadable` (无法读取): the file as a whole could not be read (an error
 *   about the file, not a row: `.xls`, `.et`, a damaged workbook, no
 *   header). It still counts as its sender's submission, never as silence.
 * - `returned` (退回待改): rows were refused; which and why are its
 *   `returned` rows and the findings on their lines.
 * - `superseded` (已被更正): a later submission (in the order read: name
 *   order in a folder) made it good: every figure refused here was accepted
 *   from a later file, or, for an unreadable file, a later file of its
 *   sender supplies the period it was for (its error is `corrected`,
 *   src/data/refuse.ts); or every figure it gave was revised later.
 * - `accepted-with-warnings` (已采用·有提示): every row accepted, with warnings.
 * - `accepted` (已采用).
 *
 * Entries a folder only lists (a sub-folder, a lock file, a `.docx`) are
 * not submissions. Pure: the files and what was accepted from them in.
 */
import { figureKey, rowFigure, rowKey, unreadableBy } from "../data/refuse.js";
import type { SenderSource } from "../data/sender.js";
import type { FileResult, Observation, RefusedRow } from "../data/types.js";

export type Outcome =
  | "accepted"
  | "accepted-with-warnings"
  | "returned"
  | "unreadable"
  | "superseded";

/** An accepted row as the submission list needs it. */
export interface AcceptedRow {
  indicator: string;
  period: string;
  date: string;
  area: string | null;
  sender: string | null;
  senderSource: SenderSource;
  file: string;
  line: number;
  /** set when a later file revised this row's figure */
  revisedLater?: boolean;
}

export interface Submission {
  file: string;
  sheet?: string;
  /** the submission's sender: its rows' (when they agree), else the file's; null when unknown */
  sender: string | null;
  senderSource: SenderSource;
  /** every sender its rows name, the main one first (a file holding several units' rows) */
  senders: string[];
  /** the periods of its rows (accepted or refused), sorted; the file's own where no row gives one */
  periods: string[];
  outcome: Outcome;
  /** rows accepted */
  accepted: number;
  /** the rows refused */
  returned: RefusedRow[];
  /** findings about the submission: errors, warnings */
  errors: number;
  warnings: number;
  /** the file-level finding that made it unreadable */
  unreadable?: string;
  /** the later file that made it good (outcome `superseded`) */
  supersededBy?: string;
}

/**
 * The submissions of a run, in the order the files were read. `accepted`
 * holds every accepted row (its file named), in reading order.
 */
export function intake(
  files: readonly FileResult[],
  accepted: readonly AcceptedRow[],
): Submission[] {
  const byFile = new Map<string, AcceptedRow[]>();
  for (const a of accepted) {
    const list = byFile.get(a.file) ?? [];
    list.push(a);
    byFile.set(a.file, list);
  }
  // figure → the positions of the files it was accepted from
  const order = new Map(files.map((f, i) => [f.path, i]));
  const acceptedAt = new Map<string, number[]>();
  for (const a of accepted) {
    const k = figureKey(a.indicator, a.date, a.area);
    const list = acceptedAt.get(k) ?? [];
    list.push(order.get(a.file) ?? -1);
    acceptedAt.set(k, list);
  }

  const out: Submission[] = [];
  files.forEach((f, position) => {
    if (f.findings.length > 0 && f.findings.every((x) => x.code === "skipped-file")) return;
    const rows = byFile.get(f.path) ?? [];
    const returned = f.refused ?? [];
    const counts = new Map<string, number>();
    for (const r of [...rows, ...returned]) {
      if (r.sender !== null) counts.set(r.sender, (counts.get(r.sender) ?? 0) + 1);
    }
    const fileSender = f.sender ?? { unit: null, source: "unknown" as const };
    const senders = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] === fileSender.unit ? -1 : 0))
      .map(([u]) => u);
    const main =
      senders.length === 0 || senders.includes(fileSender.unit ?? "")
        ? fileSender.unit
        : (senders[0] ?? null);
    // named by the rows themselves (reported_by), or by what the file says of itself
    const byRows = [...rows, ...returned].some(
      (r) => r.sender === main && r.senderSource === "reported-by",
    );
    const periods = [
      ...new Set(
        [...rows.map((r) => r.period), ...returned.map((r) => r.period)].filter(
          (p): p is string => p !== null,
        ),
      ),
    ].sort();
    if (periods.length === 0 && fileSender.period !== undefined) periods.push(fileSender.period);
    const errors = f.findings.filter((x) => x.severity === "error").length;
    const warnings = f.findings.filter((x) => x.severity === "warning").length;
    const whole = f.findings.find(unreadableBy);
    const s: Submission = {
      file: f.path,
      sender: main,
      senderSource: byRows ? "reported-by" : fileSender.source,
      senders: main !== null && !senders.includes(main) ? [main, ...senders] : senders,
      periods,
      outcome: whole
        ? "unreadable"
        : returned.length > 0 || errors > 0
          ? "returned"
          : warnings > 0
            ? "accepted-with-warnings"
            : "accepted",
      accepted: rows.length,
      returned,
      errors,
      warnings,
    };
    if (f.sheet !== undefined) s.sheet = f.sheet;
    if (whole) s.unreadable = whole.code;
    // an unreadable file a later one made good (the data layer's rule: src/data/refuse.ts)
    const later = whole?.corrected?.file ?? madeGoodBy(s, position, files, acceptedAt, rows);
    if (later !== undefined) {
      s.outcome = "superseded";
      s.supersededBy = later;
    }
    out.push(s);
  });
  return out;
}

/** The later file that made a returned or wholly revised submission good, if any. */
function madeGoodBy(
  s: Submission,
  position: number,
  files: readonly FileResult[],
  acceptedAt: Map<string, number[]>,
  rows: readonly AcceptedRow[],
): string | undefined {
  const laterFile = (keys: string[]): string | undefined => {
    let last = -1;
    for (const k of keys) {
      const at = (acceptedAt.get(k) ?? []).filter((p) => p > position);
      if (at.length === 0) return undefined;
      last = Math.max(last, Math.min(...at));
    }
    return last < 0 ? undefined : files[last]?.path;
  };
  if (s.outcome === "returned" && s.returned.length > 0) {
    const keys: string[] = [];
    for (const r of s.returned) {
      if (r.indicator === null || r.date === null) return undefined;
      keys.push(figureKey(r.indicator, r.date, r.area));
    }
    return laterFile(keys);
  }
  if ((s.outcome === "accepted" || s.outcome === "accepted-with-warnings") && rows.length > 0) {
    if (!rows.every((r) => r.revisedLater)) return undefined;
    return laterFile(rows.map((r) => figureKey(r.indicator, r.date, r.area)));
  }
  return undefined;
}

/**
 * Collects what the submission list needs of each accepted row as the rows
 * stream in (pass `add` as the reader's `onObservation`, or call it for each).
 */
export class Received {
  readonly rows: AcceptedRow[] = [];
  private readonly revised = new Set<string>();

  add(o: Observation): void {
    this.rows.push({ ...rowFigure(o), file: o.file });
    if (o.revises) this.revised.add(rowKey(o.revises.file, o.revises.line));
  }

  /** The submissions of the files read. */
  submissions(files: readonly FileResult[]): Submission[] {
    for (const r of this.rows) {
      if (this.revised.has(rowKey(r.file, r.line))) r.revisedLater = true;
    }
    return intake(files, this.rows);
  }
}

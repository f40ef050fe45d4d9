/**
 * Rows refused after every file is read: a likely fraction (0.512 for
 * 51.2%) is found by the post-read pass (plausibility.ts), once the series
 * is known, but such a row must never become a figure (issue 20, item 4;
 * STATUS-RULES v3 "Which rows count"). The rows that could be one (a value
 * in (0, 1] on a % indicator: a handful) are held back from a streaming
 * consumer until the pass has spoken; those it refuses are taken out of
 * their file (rowsValid → rowsInvalid, listed in `refused` with their
 * sender), the others are passed on then. An earlier file's figure for the
 * same key, which the refused row would have revised, then stands: it was
 * passed on when read and is never overwritten.
 */
import { basename, dirname } from "node:path";
import { mayReport } from "../plan/owners.js";
import type { Plan } from "../plan/types.js";
import { periodOfName } from "./sender.js";
import type { FileResult, Finding, Observation } from "./types.js";

/** A row's key: its file and line. */
export const rowKey = (file: string, line: number): string => `${file}\u0000${line}`;

/** A figure's key: indicator × observation date × area (null: the county). */
export const figureKey = (indicator: string, date: string, area: string | null): string =>
  `${indicator}\u0000${date}\u0000${area ?? ""}`;

/** The figure a row gave and who sent it, and its line: what 催报 reads of a row. */
export function rowFigure(
  o: Observation,
): Pick<
  Observation,
  "indicator" | "period" | "date" | "area" | "sender" | "senderSource" | "line"
> {
  return {
    indicator: o.indicator,
    period: o.period,
    date: o.date,
    area: o.area,
    sender: o.sender,
    senderSource: o.senderSource,
    line: o.line,
  };
}

export class HeldRows {
  private readonly percent: ReadonlySet<string>;
  /** rows held back, in the order read */
  private readonly held = new Map<string, Observation>();
  /** held rows a later file revised: passed on never (the revision stands) */
  private readonly superseded = new Set<string>();

  constructor(plan: Plan) {
    this.percent = new Set(plan.indicators.filter((i) => i.unit === "%").map((i) => i.id));
  }

  /** Could the post-read pass refuse this row (a value in (0, 1] on a % indicator)? */
  private candidate(o: Observation): boolean {
    return (
      typeof o.value === "number" && o.value > 0 && o.value <= 1 && this.percent.has(o.indicator)
    );
  }

  /** Wraps a streaming consumer: candidates are held until `release`. */
  wrap(next: (o: Observation) => void): (o: Observation) => void {
    return (o) => {
      // a held row a later one revised, or another unit's the owner's outranked
      for (const r of [o.revises, o.outranks]) {
        if (!r) continue;
        const k = rowKey(r.file, r.line);
        if (this.held.has(k)) this.superseded.add(k);
      }
      if (this.candidate(o)) this.held.set(rowKey(o.file, o.line), o);
      else next(o);
    };
  }

  /**
   * Takes the refused rows out of their files (and, without a streaming
   * consumer, out of each file's observations); passes the other held rows
   * on. Returns the refused rows' observations, for the note that a newer
   * figure was refused.
   */
  release(
    files: (FileResult & { observations: Observation[] })[],
    refused: readonly { file: string; line: number }[],
    next?: (o: Observation) => void,
  ): Observation[] {
    const out: Observation[] = [];
    const byPath = new Map(files.map((f) => [f.path, f]));
    const gone = new Set<string>();
    for (const r of refused) {
      const f = byPath.get(r.file);
      const k = rowKey(r.file, r.line);
      if (!f || gone.has(k)) continue;
      const at = f.observations.findIndex((o) => o.line === r.line);
      const o = this.held.get(k) ?? f.observations[at];
      if (!o) continue;
      gone.add(k);
      if (at >= 0) f.observations.splice(at, 1);
      f.rowsValid--;
      f.rowsInvalid++;
      f.refused ??= [];
      f.refused.push(rowFigure(o));
      out.push(o);
    }
    if (next) {
      for (const [k, o] of this.held) if (!gone.has(k) && !this.superseded.has(k)) next(o);
    }
    return out;
  }
}

/** Whether a finding about the file as a whole means it could not be read (无法读取). */
export function unreadableBy(f: Finding): boolean {
  return f.severity === "error" && f.line === undefined && f.code !== "findings-truncated";
}

/**
 * The period an unreadable file was for: its name's (`教体局2025年7月.xls`),
 * else its folder's (`drops/2025-07/教体局.xls`); undefined when neither says.
 */
export function periodOfPlace(path: string): string | undefined {
  const stem = (p: string): string => basename(p).replace(/\.[^.]*$/, "");
  return periodOfName(stem(path)) ?? periodOfName(basename(dirname(path)));
}

/**
 * Errors a later file corrected (issue 20, item 7), 已更正: they no longer
 * fail a run.
 *
 * - A row refused in one file, whose figure (indicator × area × observation
 *   date) a file read after it supplies. Only the refused rows of files
 *   already read are looked up (a small map), once per accepted row.
 * - A file that could not be read (`.xls`, `.et`, damaged), made good by a
 *   file read after it from the same sender that is accepted for the period
 *   the unreadable one was for (its name's or folder's period, see
 *   `periodOfPlace`); where neither names a period, any later file of the
 *   same sender in the same folder (a month's files are collected in one).
 */
export class Corrections {
  /** figure key → the refused rows (file, line, sender) that were for it */
  private readonly open = new Map<
    string,
    { file: string; line: number; sender: string | null }[]
  >();
  /** file → refused line → the row that corrected it */
  private readonly done = new Map<string, Map<number, { file: string; line: number }>>();
  /** file → sender → period → the first line accepted from it */
  private readonly sent = new Map<string, Map<string, Map<string, number>>>();

  constructor(private readonly plan: Plan) {}

  /**
   * Whether an accepted row corrects a refused one: sent by the same unit, or
   * by one whose figure counts as the owner's (the owner, an accepted
   * reporter, a sender not known). Another unit's figure stands in for the
   * owner's (with its source) but does not correct the owner's refused row.
   */
  private corrects(o: Observation, refusedSender: string | null): boolean {
    return (
      o.sender === null || o.sender === refusedSender || mayReport(this.plan, o.indicator, o.sender)
    );
  }

  private accept(o: Observation): void {
    if (o.sender !== null) {
      let bySender = this.sent.get(o.file);
      if (!bySender) {
        bySender = new Map();
        this.sent.set(o.file, bySender);
      }
      let periods = bySender.get(o.sender);
      if (!periods) {
        periods = new Map();
        bySender.set(o.sender, periods);
      }
      if (!periods.has(o.period)) periods.set(o.period, o.line);
    }
    if (this.open.size === 0) return;
    const k = figureKey(o.indicator, o.date, o.area);
    const rows = this.open.get(k);
    if (!rows) return;
    const waiting: typeof rows = [];
    for (const r of rows) {
      if (r.file === o.file || !this.corrects(o, r.sender)) {
        waiting.push(r);
        continue;
      }
      let lines = this.done.get(r.file);
      if (!lines) {
        lines = new Map();
        this.done.set(r.file, lines);
      }
      lines.set(r.line, { file: o.file, line: o.line });
    }
    if (waiting.length > 0) this.open.set(k, waiting);
    else this.open.delete(k);
  }
  /** Wraps a streaming consumer: each accepted row may correct an earlier file's refused row. */
  wrap(next: (o: Observation) => void): (o: Observation) => void {
    return (o) => {
      this.accept(o);
      next(o);
    };
  }

  /** After a file is read: its kept observations (not streamed) correct, its refused rows wait. */
  afterFile(f: FileResult & { observations: readonly Observation[] }): void {
    for (const o of f.observations) this.accept(o);
    for (const r of f.refused ?? []) {
      if (r.indicator === null || r.date === null) continue;
      const k = figureKey(r.indicator, r.date, r.area);
      const rows = this.open.get(k) ?? [];
      rows.push({ file: f.path, line: r.line, sender: r.sender });
      this.open.set(k, rows);
    }
  }

  /**
   * Marks the errors of each corrected row, and of each unreadable file a
   * later one made good. Call once every file is read and its refused rows
   * are known (`files` in reading order, senders set).
   */
  mark(files: readonly FileResult[]): void {
    files.forEach((f, i) => {
      const lines = this.done.get(f.path);
      const whole = f.findings.find(unreadableBy);
      const by = whole ? this.madeGood(f, files.slice(i + 1)) : undefined;
      for (const x of f.findings) {
        if (x.severity !== "error") continue;
        const row = x.line !== undefined ? lines?.get(x.line) : undefined;
        if (row) x.corrected = row;
        else if (by && unreadableBy(x)) x.corrected = by;
      }
    });
  }

  /** The later file (and its first row) that made an unreadable file good, if any. */
  private madeGood(
    f: FileResult,
    later: readonly FileResult[],
  ): { file: string; line: number; period?: string } | undefined {
    const sender = f.sender?.unit;
    if (!sender) return undefined;
    const period = periodOfPlace(f.path);
    for (const g of later) {
      const periods = this.sent.get(g.path)?.get(sender);
      if (!periods) continue;
      const refused = new Set((g.refused ?? []).map((r) => r.line));
      for (const [p, line] of periods) {
        if (refused.has(line)) continue;
        if (period === undefined) {
          if (dirname(g.path) === dirname(f.path)) return { file: g.path, line };
        } else if (p === period || p.startsWith(`${period}-`)) {
          return { file: g.path, line, period };
        }
      }
    }
    return undefined;
  }
}

/**
 * One truncation notice per code across the whole run (issue 20, item 6):
 * the per-file notices of a code become one, with their counts summed, on
 * the first file that had one, so that the notices never grow with the
 * number of files. The totals (src/data/count.ts) are unchanged.
 */
export function mergeTruncations(files: readonly FileResult[]): void {
  const first = new Map<string, Finding>();
  for (const f of files) {
    f.findings = f.findings.filter((x) => {
      if (x.code !== "findings-truncated") return true;
      const code = String(x.args?.code ?? "");
      const kept = first.get(code);
      if (!kept) {
        first.set(code, x);
        return true;
      }
      kept.args = {
        ...kept.args,
        count: Number(kept.args?.count ?? 0) + Number(x.args?.count ?? 0),
      };
      return false;
    });
  }
}

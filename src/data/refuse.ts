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
import type { Plan } from "../plan/types.js";
import type { FileResult, Observation } from "./types.js";

const keyOf = (file: string, line: number): string => `${file}\u0000${line}`;

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
      if (o.revises) {
        const k = keyOf(o.revises.file, o.revises.line);
        if (this.held.has(k)) this.superseded.add(k);
      }
      if (this.candidate(o)) this.held.set(keyOf(o.file, o.line), o);
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
      const k = keyOf(r.file, r.line);
      if (!f || gone.has(k)) continue;
      const at = f.observations.findIndex((o) => o.line === r.line);
      const o = this.held.get(k) ?? f.observations[at];
      if (!o) continue;
      gone.add(k);
      if (at >= 0) f.observations.splice(at, 1);
      f.rowsValid--;
      f.rowsInvalid++;
      f.refused ??= [];
      f.refused.push({
        indicator: o.indicator,
        period: o.period,
        date: o.date,
        area: o.area,
        sender: o.sender,
        senderSource: o.senderSource,
        line: o.line,
      });
      out.push(o);
    }
    if (next) {
      for (const [k, o] of this.held) if (!gone.has(k) && !this.superseded.has(k)) next(o);
    }
    return out;
  }
}

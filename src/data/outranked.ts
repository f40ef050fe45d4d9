/**
 * Another unit's figure the owner's later took the place of (issue 20,
 * item 3; STATUS-RULES v3 "Which rows count"): the validator sets it aside
 * at once when the owner's figure was read first (its `reported-by-other`
 * finding then names the row that stands); when the owner's comes later,
 * its observation `outranks` the earlier row, and once every file is read
 * that row's finding is told the same. So the finding says "not used" in
 * either order.
 */
import { rowKey } from "./refuse.js";
import type { FileResult, Observation } from "./types.js";

export class Outranked {
  /** another unit's row (file, line) → the row that took its place */
  private readonly by = new Map<string, { file: string; line: number }>();

  private note(o: Observation): void {
    if (o.outranks) this.by.set(rowKey(o.outranks.file, o.outranks.line), o);
  }

  /** Wraps a streaming consumer: notes each row passed on that outranks another. */
  wrap(next: (o: Observation) => void): (o: Observation) => void {
    return (o) => {
      this.note(o);
      next(o);
    };
  }

  /**
   * Gives each `reported-by-other` finding whose row was outranked the row
   * that stands (`args.standingFile`, `args.standingLine`). `files` with
   * their observations when they were kept (not streamed).
   */
  mark(files: readonly (FileResult & { observations: readonly Observation[] })[]): void {
    for (const f of files) for (const o of f.observations) this.note(o);
    if (this.by.size === 0) return;
    for (const f of files) {
      for (const x of f.findings) {
        if (x.code !== "reported-by-other" || x.line === undefined) continue;
        const by = this.by.get(rowKey(f.path, x.line));
        if (by) x.args = { ...x.args, standingFile: by.file, standingLine: by.line };
      }
    }
  }
}

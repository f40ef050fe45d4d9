/**
 * Who reported when: per unit (the row's reported_by), the months its
 * figures stand for. Fed row by row as a drop streams in; pure otherwise.
 */
import type { Observation } from "../data/types.js";

export class ReportingMonths {
  private readonly months = new Map<string, Set<string>>();

  add(o: Pick<Observation, "reportedBy" | "date">): void {
    if (o.reportedBy === null) return;
    let set = this.months.get(o.reportedBy);
    if (!set) {
      set = new Set();
      this.months.set(o.reportedBy, set);
    }
    set.add(o.date.slice(0, 7));
  }

  /** the units that sent a figure for a period ending in `month` (YYYY-MM) */
  reportedIn(month: string): Set<string> {
    const out = new Set<string>();
    for (const [unit, months] of this.months) if (months.has(month)) out.add(unit);
    return out;
  }
}

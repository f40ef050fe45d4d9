/**
 * Where a figure came from when it is not its owner's (issue 20, item 3;
 * STATUS-RULES v3 "Which rows count"): another unit's figure is used only
 * where no figure that counts as the owner's exists (the data layer sees to
 * that), and then it carries its source wherever it appears — the sending
 * unit, how the sender was known, the file and line. Kept per cell of the
 * history store, for the few cells that hold such a figure. Pure.
 */
import type { SenderSource } from "../data/sender.js";
import type { Observation } from "../data/types.js";
import { mayReport } from "../plan/owners.js";
import type { Plan, Text } from "../plan/types.js";

/** Another unit's figure: who sent it, how that was known, and where it was read. */
export interface FigureSource {
  /** the sending unit's id, and its names */
  unit: string;
  name: Text;
  senderSource: SenderSource;
  file: string;
  line: number;
}

/** What a stored row may say about its sender. */
export type SentRow = Pick<Observation, "indicator"> &
  Partial<Pick<Observation, "sender" | "senderSource" | "file" | "line">>;

/** The source of each cell (indicator × area × date slot) holding another unit's figure. */
export class SourceCells {
  private readonly cells = new Map<number, FigureSource>();

  constructor(private readonly plan: Plan) {}

  private static key(ind: number, area: number, slot: number): number {
    // a plan has far fewer than 2^10 indicators' areas or 2^16 dates
    return (ind * 0x400 + area) * 0x10000 + slot;
  }

  /** The row now in a cell: another unit's figure keeps its source, any other clears it. */
  set(ind: number, area: number, slot: number, o: SentRow): void {
    const k = SourceCells.key(ind, area, slot);
    const sender = o.sender ?? null;
    if (sender === null || mayReport(this.plan, o.indicator, sender)) {
      if (this.cells.size > 0) this.cells.delete(k);
      return;
    }
    const unit = this.plan.units.find((u) => u.id === sender);
    this.cells.set(k, {
      unit: sender,
      name: { zh: unit?.name ?? sender, en: unit?.en ?? sender },
      senderSource: o.senderSource ?? "reported-by",
      file: o.file ?? "",
      line: o.line ?? 0,
    });
  }

  get(ind: number, area: number, slot: number): FigureSource | undefined {
    return this.cells.size === 0 ? undefined : this.cells.get(SourceCells.key(ind, area, slot));
  }
}

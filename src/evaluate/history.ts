/**
 * Observations → one time series per indicator: the county figure by date,
 * and each area's own series. Pure: no I/O.
 */

import { periodEndingIn, periodWindow } from "../calendar.js";
import type { Observation } from "../data/types.js";
import type { Indicator, Plan } from "../plan/types.js";
import { MILESTONE_STATES, type MilestoneState } from "../vocabulary.js";
import {
  normalizeState,
  type RefusedFigure,
  type Revision,
  type Series,
  type SeriesPoint,
} from "./series.js";
import { type FigureSource, SourceCells } from "./sources.js";

export * from "./series.js";

/** The value an indicator accepts, or undefined to skip the row. */
function acceptValue(indicator: Indicator, value: unknown): number | MilestoneState | undefined {
  if (indicator.kind === "milestone") return normalizeState(value);
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** What the store needs of an observation. */
export type StoredObservation = Pick<
  Observation,
  "indicator" | "period" | "date" | "value" | "area"
> &
  Partial<Pick<Observation, "file" | "line" | "revises" | "sender" | "senderSource">>;

/** A period label's kind, stored per cell: 0 nothing, 1 month, 2 quarter, 3 year (coarser is larger). */
type LabelKind = 0 | 1 | 2 | 3;

/** A stored label kind, narrowed (0 for anything else). */
function asLabel(n: number | undefined): LabelKind {
  return n === 1 || n === 2 || n === 3 ? n : 0;
}

/** The kind of a canonical period (YYYY, YYYY-Qn, YYYY-MM), read from its shape: called once a row. */
function labelKind(period: string): LabelKind {
  if (period.length === 4) return 3;
  return period.charCodeAt(5) === 81 /* Q */ ? 2 : 1;
}

/** The label of a kind for an observation date (a month's, quarter's or year's last day). */
function labelOf(date: string, kind: LabelKind): string {
  return (
    (kind === 3 ? periodEndingIn(date, 12) : undefined) ??
    (kind >= 2 ? periodEndingIn(date, 3) : undefined) ??
    date.slice(0, 7)
  );
}

/**
 * The observations of a run, kept compactly as they stream in: per
 * indicator, one Float64Array of (area or county) × observation-date slots,
 * NaN where nothing was reported. Rows are keyed by their observation date,
 * never by the period's label (STATUS-RULES v2): `2025`, `2025-Q4` and
 * `2025-12` are one slot, and a later row for a slot replaces the earlier one
 * (the data layer has already made that a revision, or refused it). Its size
 * depends on the plan (indicators, areas, dates), not on the number of rows,
 * so a drop of any length is judged in flat memory. Milestone states are
 * stored by their index; each cell's period label by its kind.
 * `histories()` turns it into the series evaluation reads; an area's own
 * series is built only when asked for.
 */
export class HistoryStore {
  private readonly indicators: Indicator[];
  private readonly indicatorIndex: Map<string, number>;
  /** area ids by index; index 0 is the county */
  private readonly areaIds: (string | null)[] = [null];
  private readonly areaIndex = new Map<string, number>();
  /** observation dates by slot, in the order first seen */
  private readonly dates: string[] = [];
  private readonly dateIndex = new Map<string, number>();
  /** slots per area in each indicator's matrix (≥ dates.length) */
  private slots: number;
  /** rows per matrix (≥ areaIds.length) */
  private rows: number;
  private readonly values: (Float64Array | undefined)[];
  /** each cell's period label kind (LabelKind), beside `values` */
  private readonly labels: (Uint8Array | undefined)[];
  /** per indicator, its area indexes in the order first seen (sums add in that order) */
  private readonly areaOrder: number[][];
  private readonly areaSeen: Set<number>[];
  private readonly revisions: Revision[][];
  private readonly refusals: RefusedFigure[][];
  /** the latest observation date seen */
  latest: string | undefined;

  /** cells holding another unit's figure, and its source (issue 20, item 3) */
  private readonly sources: SourceCells;

  constructor(plan: Plan) {
    this.sources = new SourceCells(plan);
    this.indicators = plan.indicators;
    this.indicatorIndex = new Map(plan.indicators.map((i, n) => [i.id, n]));
    for (const a of plan.areas) {
      this.areaIndex.set(a.id, this.areaIds.length);
      this.areaIds.push(a.id);
    }
    const { baseline: first, last } = periodWindow(plan.plan.window);
    // month ends of the window and the baseline year; older dates (a census year) grow it
    this.slots = Math.max(12, (last - first + 1) * 12);
    this.rows = this.areaIds.length;
    this.values = plan.indicators.map(() => undefined);
    this.labels = plan.indicators.map(() => undefined);
    this.areaOrder = plan.indicators.map(() => []);
    this.areaSeen = plan.indicators.map(() => new Set());
    this.revisions = plan.indicators.map(() => []);
    this.refusals = plan.indicators.map(() => []);
  }

  /**
   * Records a row refused after reading (a likely fraction), for the note
   * that a newer figure was refused: it is never a point of a series.
   */
  refused(o: StoredObservation): void {
    const ind = this.indicatorIndex.get(o.indicator);
    if (ind === undefined) return;
    this.refusals[ind]?.push({
      area: o.area,
      date: o.date,
      period: o.period,
      value: o.value,
      file: o.file ?? "",
      line: o.line ?? 0,
    });
  }

  static of(plan: Plan, observations: Iterable<StoredObservation>): HistoryStore {
    const store = new HistoryStore(plan);
    for (const o of observations) store.add(o);
    return store;
  }

  /**
   * Records one observation. Rows of indicators the plan does not know, and
   * values of the wrong type, are skipped (the data layer reports them); a
   * later row for the same indicator, area and observation date replaces the
   * earlier one, whatever the periods' labels. An observation that `revises`
   * a figure of an earlier file is kept as a revision.
   */
  add(o: StoredObservation): void {
    const ind = this.indicatorIndex.get(o.indicator);
    if (ind === undefined) return;
    const indicator = this.indicators[ind];
    if (!indicator) return;
    const value = acceptValue(indicator, o.value);
    if (value === undefined) return;
    if (this.latest === undefined || o.date > this.latest) this.latest = o.date;
    const area = o.area === null ? 0 : this.areaIndexOf(o.area);
    const slot = this.slotOf(o.date);
    let m = this.values[ind];
    let l = this.labels[ind];
    if (!m || !l) {
      m = new Float64Array(this.rows * this.slots).fill(Number.NaN);
      l = new Uint8Array(this.rows * this.slots);
      this.values[ind] = m;
      this.labels[ind] = l;
    }
    const seen = this.areaSeen[ind];
    if (area > 0 && seen && !seen.has(area)) {
      seen.add(area);
      this.areaOrder[ind]?.push(area);
    }
    const cell = area * this.slots + slot;
    m[cell] = typeof value === "number" ? value : MILESTONE_STATES.indexOf(value);
    l[cell] = labelKind(o.period);
    this.sources.set(ind, area, slot, o);
    if (o.revises) {
      this.revisions[ind]?.push({
        indicator: indicator.id,
        area: o.area,
        date: o.date,
        period: o.period,
        from: o.revises.value,
        fromFile: o.revises.file,
        fromLine: o.revises.line,
        to: value,
        file: o.file ?? "",
        line: o.line ?? 0,
      });
    }
  }

  /**
   * The series of every indicator of the plan. The county figure at a date
   * is its county-wide row where there is one; else, when the indicator's
   * rollup is "sum" (and it is not a milestone), the sum of the area rows
   * observed on that date, whatever their labels, flagged `rolledUp`. Areas
   * are not carried forward from earlier dates.
   */
  histories(): Map<string, Series> {
    const histories = new Map<string, Series>();
    this.indicators.forEach((indicator, ind) => {
      const m = this.values[ind];
      const l = this.labels[ind];
      const county: SeriesPoint[] = [];
      const order = this.areaOrder[ind] ?? [];
      const sum = indicator.rollup === "sum" && indicator.kind !== "milestone";
      if (m && l) {
        for (let slot = 0; slot < this.dates.length; slot++) {
          const own = m[slot] ?? Number.NaN;
          if (!Number.isNaN(own)) {
            county.push(
              this.point(indicator, slot, own, asLabel(l[slot]), this.sources.get(ind, 0, slot)),
            );
            continue;
          }
          if (!sum) continue;
          let total = 0;
          let kind: LabelKind = 0;
          let source: FigureSource | undefined;
          const areas: string[] = [];
          for (const a of order) {
            const cell = a * this.slots + slot;
            const v = m[cell] ?? Number.NaN;
            if (Number.isNaN(v)) continue;
            total += v;
            kind = asLabel(Math.max(kind, l[cell] ?? 0));
            source ??= this.sources.get(ind, a, slot);
            areas.push(this.areaId(a));
          }
          // the data layer bounds each figure, so a sum is finite; never judge one that is not
          if (areas.length > 0 && Number.isFinite(total)) {
            county.push({
              ...this.point(indicator, slot, total, kind, source),
              rolledUp: { areas: areas.sort() },
            });
          }
        }
      }
      histories.set(indicator.id, {
        indicator,
        county: sortByDate(county),
        areas: new AreaSeries(
          order.map((a) => this.areaId(a)),
          (id) => this.areaSeries(indicator, ind, id),
        ),
        revisions: this.revisions[ind] ?? [],
        refused: this.refusals[ind] ?? [],
      });
    });
    return histories;
  }

  private areaSeries(indicator: Indicator, ind: number, id: string): SeriesPoint[] {
    const m = this.values[ind];
    const l = this.labels[ind];
    const area = this.areaIndex.get(id);
    if (!m || !l || area === undefined) return [];
    const points: SeriesPoint[] = [];
    for (let slot = 0; slot < this.dates.length; slot++) {
      const cell = area * this.slots + slot;
      const v = m[cell] ?? Number.NaN;
      const source = this.sources.get(ind, area, slot);
      if (!Number.isNaN(v)) points.push(this.point(indicator, slot, v, asLabel(l[cell]), source));
    }
    return sortByDate(points);
  }

  private point(
    indicator: Indicator,
    slot: number,
    v: number,
    kind: LabelKind,
    source?: FigureSource,
  ): SeriesPoint {
    const date = this.dates[slot];
    const state = MILESTONE_STATES[v];
    if (date === undefined || (indicator.kind === "milestone" && state === undefined)) {
      throw new Error(`history store: no date ${slot} or state ${v}`);
    }
    const value = indicator.kind === "milestone" && state !== undefined ? state : v;
    return { period: labelOf(date, kind), date, value, ...(source ? { source } : {}) };
  }

  /** The id of the area stored at `a` (1 and up; 0 is the county). */
  private areaId(a: number): string {
    const id = this.areaIds[a];
    if (id === undefined || id === null) throw new Error(`history store: no area ${a}`);
    return id;
  }

  private areaIndexOf(id: string): number {
    let i = this.areaIndex.get(id);
    if (i === undefined) {
      i = this.areaIds.length;
      this.areaIds.push(id);
      this.areaIndex.set(id, i);
      if (i >= this.rows) this.resize(Math.max(this.rows * 2, i + 1), this.slots);
    }
    return i;
  }

  /** the date asked for last, and its slot: rows mostly come period by period */
  private lastDate: string | undefined;
  private lastSlot = 0;

  private slotOf(date: string): number {
    if (date === this.lastDate) return this.lastSlot;
    let i = this.dateIndex.get(date);
    if (i === undefined) {
      i = this.dates.length;
      this.dates.push(date);
      this.dateIndex.set(date, i);
      if (i >= this.slots) this.resize(this.rows, this.slots * 2);
    }
    this.lastDate = date;
    this.lastSlot = i;
    return i;
  }

  /** Lays every matrix out again for more areas or dates (rare: the plan sizes them). */
  private resize(rows: number, slots: number): void {
    this.values.forEach((m, ind) => {
      const l = this.labels[ind];
      if (!m || !l) return;
      const next = new Float64Array(rows * slots).fill(Number.NaN);
      const nextLabels = new Uint8Array(rows * slots);
      for (let a = 0; a < this.rows; a++) {
        next.set(m.subarray(a * this.slots, (a + 1) * this.slots), a * slots);
        nextLabels.set(l.subarray(a * this.slots, (a + 1) * this.slots), a * slots);
      }
      this.values[ind] = next;
      this.labels[ind] = nextLabels;
    });
    this.rows = rows;
    this.slots = slots;
  }
}

function sortByDate(points: SeriesPoint[]): SeriesPoint[] {
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The areas of one indicator with rows, each one's series built when it is
 * read (and not kept): 1,000,000 rows by area never become 1,000,000 objects.
 */
class AreaSeries implements ReadonlyMap<string, SeriesPoint[]> {
  constructor(
    private readonly ids: readonly string[],
    private readonly build: (id: string) => SeriesPoint[],
  ) {}

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.ids.includes(id);
  }

  get(id: string): SeriesPoint[] | undefined {
    return this.has(id) ? this.build(id) : undefined;
  }

  *entries(): MapIterator<[string, SeriesPoint[]]> {
    for (const id of this.ids) yield [id, this.build(id)];
  }

  *keys(): MapIterator<string> {
    yield* this.ids;
  }

  *values(): MapIterator<SeriesPoint[]> {
    for (const id of this.ids) yield this.build(id);
  }

  forEach(
    fn: (value: SeriesPoint[], key: string, map: ReadonlyMap<string, SeriesPoint[]>) => void,
  ): void {
    for (const id of this.ids) fn(this.build(id), id, this);
  }

  [Symbol.iterator](): MapIterator<[string, SeriesPoint[]]> {
    return this.entries();
  }
}

/**
 * Build the series of every indicator of the plan from a list of
 * observations (see HistoryStore: `add` for what is skipped, `histories` for
 * the county figure).
 */
export function buildHistories(
  plan: Plan,
  observations: readonly StoredObservation[],
): Map<string, Series> {
  return HistoryStore.of(plan, observations).histories();
}

/**
 * One data record checked, field by field (src/data/validator.ts feeds it):
 * period, indicator, area, value and unit, the schema, duplicates; an
 * observation or a refused row with its findings.
 */
import { periodMonths } from "../calendar.js";
import { indicatorReporters, mayReport } from "../plan/owners.js";
import { MILESTONE_STATES, type MilestoneState } from "../vocabulary.js";
import type { Field, Header } from "./headers.js";
import { memo } from "./memo.js";
import { parsePeriod, periodProblem } from "./period.js";
import { findIndicatorId, keyOf, periodOrdinal, suggestIndicator } from "./plan-index.js";
import { checkRow, fitsLength, periodFitsSchema, type RowObject } from "./schema.js";
import { rowSender } from "./sender.js";
import type { Observation } from "./types.js";
import { ValidatorState } from "./validator-state.js";
import {
  type AreaCell,
  type IndicatorCell,
  MAX_REFUSED,
  NO_PROBLEMS,
  oddChars,
  type PeriodCell,
  RecordInCheck,
  sameValue,
} from "./validator-types.js";
import { checkValue } from "./value.js";

/** The checks of a data record, on the validator's state. */
export class RecordChecks extends ValidatorState {
  /** Checks a data record; true when it has no error. */
  protected checkRecord(h: Header, record: string[], line: number, raw: string): boolean {
    if (h.fatal) return false;
    const cells =
      this.opts.sheet !== undefined && record.length < h.fields.length
        ? [...record, ...new Array<string>(h.fields.length - record.length).fill("")]
        : record;
    if (cells.length !== h.fields.length) {
      this.add("ragged-row", {
        line,
        args: { expected: h.fields.length, got: cells.length },
      });
      return false;
    }
    const row = new RecordInCheck(h, cells, line, raw);

    const indicatorText = row.cell("indicator");
    const periodText = row.cell("period");
    const valueText = row.cell("value");
    const unitText = row.cell("unit");
    const areaText = row.cell("area");
    const byText = row.cell("reported_by");

    let periodCell: PeriodCell | undefined;
    if (periodText !== "") periodCell = memo(this.periods, periodText, this.parsePeriodCell);
    const bad = this.fitsSchema(
      row,
      indicatorText,
      valueText,
      unitText,
      areaText,
      byText,
      periodCell,
    )
      ? NO_PROBLEMS
      : this.schemaProblems(row, periodCell);
    if (bad.has("period")) periodCell = undefined;

    // indicator
    let indicatorCell: IndicatorCell | undefined;
    if (indicatorText !== "" && !bad.has("indicator")) {
      indicatorCell = memo(this.indicatorCells, indicatorText, this.findIndicator);
      if (!indicatorCell) {
        const suggestion = this.keeps("unknown-indicator")
          ? suggestIndicator(this.planIndex, indicatorText)
          : undefined;
        this.at(row, "unknown-indicator", "indicator", suggestion ? { suggestion } : undefined);
      }
    }
    const ind = indicatorCell?.indicator;

    // period
    const period = periodCell?.period;
    if (periodCell && period) {
      if (period.fromDate) this.at(row, "period-from-date", "period", { period: period.period });
      if (!periodCell.inWindow) {
        this.at(row, "period-outside-window", "period", {
          period: period.period,
          earliest: this.planIndex.earliest,
          latest: this.planIndex.latest,
        });
      } else if (periodCell.beforeBaseline && row.cell("note") === "") {
        // an older baseline (a census year) says what it is in its note; a typo year does not
        this.at(row, "period-before-baseline", "period", {
          period: period.period,
          baseline: this.planIndex.baselineYear,
        });
      }
    }

    // value and unit
    let value: number | MilestoneState | undefined;
    if (valueText !== "" && !bad.has("value")) {
      const checked = checkValue(valueText, unitText, ind);
      if (typeof checked === "object") this.at(row, checked.code, checked.field, checked.args);
      else value = checked;
    }

    // area
    let areaCell: AreaCell | undefined;
    if (areaText !== "" && !bad.has("area")) {
      areaCell = memo(this.areaCells, areaText, this.findArea);
      if (!areaCell) {
        const suggestion = this.keeps("unknown-area")
          ? this.planIndex.suggestArea(areaText)
          : undefined;
        this.at(row, "unknown-area", "area", suggestion ? { suggestion } : undefined);
      } else if (ind && !ind.byArea && ind.rollup !== "sum") {
        this.at(row, "area-not-expected", "area", { indicator: ind.id });
      }
    }
    const area = areaCell ? areaCell.id : null;
    if (area === null && ind && areaText === "" && this.planIndex.areaOnly.has(ind.id)) {
      this.at(row, "area-missing", "area", { indicator: ind.id });
    }

    // reporting unit
    let reportedBy: string | null = null;
    const odd = byText === "" ? undefined : memo(this.oddUnitNames, byText, oddChars);
    if (odd !== undefined) {
      // invisible or look-alike characters: not a name to count a figure under
      this.at(row, "unit-name-lookalike", "reported_by", { chars: odd });
    } else if (byText !== "" && !bad.has("reported_by")) {
      const id = memo(this.unitIds, byText, this.planIndex.findUnit);
      if (!id) {
        const suggestion = this.keeps("unknown-unit")
          ? this.planIndex.suggestUnit(byText)
          : undefined;
        this.at(row, "unknown-unit", "reported_by", suggestion ? { suggestion } : undefined);
      } else {
        reportedBy = id;
        const resp = ind ? this.planIndex.responsible.get(ind.id) : undefined;
        // an indicator nobody owns: the units of its measures answer for it
        const owned = ind
          ? (indicatorReporters(this.plan).get(ind.id)?.owners.size ?? 0) > 0
          : false;
        if (ind && !owned && resp && resp.size > 0 && !resp.has(id)) {
          this.at(row, "not-responsible", "reported_by", {
            indicator: ind.id,
            responsible: [...resp].map((u) => this.unitName.get(u) ?? u).join("、"),
          });
        }
      }
    }
    // another unit's figure (issue 20, item 3): said, never silently the owner's
    const sent = rowSender(reportedBy, this.sender);
    const other =
      ind !== undefined && sent.sender !== null && !mayReport(this.plan, ind.id, sent.sender);
    const sayOther = (standing?: { file: string; line: number }): void => {
      if (!ind || !other || sent.sender === null) return;
      const args: Record<string, string | number> = this.otherArgs(ind.id, sent.sender);
      if (standing) {
        args.standingFile = standing.file;
        args.standingLine = standing.line;
      }
      this.at(row, "reported-by-other", byText === "" ? "indicator" : "reported_by", args);
    };

    // duplicates, among rows otherwise free of errors
    if (row.errors > 0 || !indicatorCell || !periodCell || !period || value === undefined) {
      sayOther();
      if (row.errors > 0)
        this.refuse(line, indicatorCell?.indicator.id, period, areaCell?.id, reportedBy);
      return row.errors === 0;
    }
    const key = keyOf(
      this.planIndex,
      indicatorCell.order,
      periodCell.ordinal,
      areaCell ? areaCell.order : 0,
    );
    const code = typeof value === "number" ? value : MILESTONE_STATES.indexOf(value);
    // the same indicator, observation date and area again: the owner's figure
    // (or an accepted reporter's, or one whose sender is not known) wins over
    // another unit's, whatever the order (STATUS-RULES v3); else, within one
    // file a repeat (warning) or a conflict (error); from a later file a
    // repeat, or a revision that supersedes the earlier figure (STATUS-RULES v2)
    const first = this.seen.firstOrAdd(key, this.path, line, code, periodCell.months, other);
    if (first && other && !first.other) {
      // the owner's figure stands: this row is valid but not a figure
      sayOther(first);
      return row.errors === 0;
    }
    sayOther();
    let revises: Observation["revises"];
    let outranks: Observation["outranks"];
    if (first?.other && !other) {
      // the owner's figure takes the place of another unit's: not a revision
      this.seen.replace(first.entry, this.path, line, code, periodCell.months);
      outranks = { file: first.file, line: first.line };
    } else if (first) {
      const where: Record<string, string | number> = { firstLine: first.line };
      const sameFile = first.file === this.path;
      if (!sameFile) where.firstFile = first.file;
      const shown = (v: number): string =>
        typeof value === "number"
          ? `${v}${indicatorCell.indicator.unit}`
          : (MILESTONE_STATES[v] ?? "");
      if (sameValue(first.value, code)) {
        this.at(row, "duplicate-row", "value", where);
        // a later file repeating the figure: its row now stands for the key
        if (!sameFile)
          this.seen.replace(first.entry, this.path, line, first.value, periodCell.months, other);
        return row.errors === 0;
      }
      where.firstValue = shown(first.value);
      if (sameFile) {
        this.at(row, "conflicting-row", "value", where);
        this.refuse(line, indicatorCell.indicator.id, period, areaCell?.id, reportedBy);
        return row.errors === 0;
      }
      where.newValue = shown(code);
      this.at(row, "value-revised", "value", where);
      this.seen.replace(first.entry, this.path, line, code, periodCell.months, other);
      revises = {
        value:
          typeof value === "number" ? first.value : (MILESTONE_STATES[first.value] ?? first.value),
        file: first.file,
        line: first.line,
      };
    }
    const o: Observation = {
      indicator: indicatorCell.indicator.id,
      period: period.period,
      date: period.end,
      value,
      area,
      reportedBy,
      ...sent,
      file: this.path,
      line,
    };
    if (revises) o.revises = revises;
    if (outranks) o.outranks = outranks;
    if (this.opts.onObservation) this.opts.onObservation(o);
    else this.observations.push(o);
    return true;
  }

  /**
   * The arguments of `reported-by-other`: the sender and the indicator's
   * owners, by id and by name in both languages (the message says them in
   * the output language).
   */
  protected otherArgs(indicator: string, sender: string): Record<string, string> {
    const owners = [...(indicatorReporters(this.plan).get(indicator)?.owners ?? [])];
    const unit = (id: string) => this.plan.units.find((u) => u.id === id);
    return {
      indicator,
      senderId: sender,
      sender: unit(sender)?.name ?? sender,
      senderEn: unit(sender)?.en ?? sender,
      ownerId: owners.join(","),
      owner: owners.map((id) => unit(id)?.name ?? id).join("、"),
      ownerEn: owners.map((id) => unit(id)?.en ?? id).join(", "),
    };
  }

  /** Records a refused row: the figure it was for, as far as it was read, and who sent it. */
  protected refuse(
    line: number,
    indicator?: string,
    period?: { period: string; end: string },
    area?: string,
    reportedBy: string | null = null,
  ): void {
    if (this.refused.length >= MAX_REFUSED) return;
    this.refused.push({
      indicator: indicator ?? null,
      period: period?.period ?? null,
      date: period?.end ?? null,
      area: area ?? null,
      ...rowSender(reportedBy, this.sender),
      line,
    });
  }

  /**
   * True when the row schema surely has nothing to say about the record: the
   * required cells are there, the period is one whose canonical form passes
   * the schema, and no cell is longer than the schema allows. False means
   * "ask the schema" (`schemaProblems`), not that the record is bad.
   */
  protected fitsSchema(
    row: RecordInCheck,
    indicator: string,
    value: string,
    unit: string,
    area: string,
    reportedBy: string,
    periodCell: PeriodCell | undefined,
  ): boolean {
    return (
      periodCell?.fitsSchema === true &&
      indicator !== "" &&
      value !== "" &&
      fitsLength("indicator", indicator) &&
      fitsLength("value", value) &&
      fitsLength("unit", unit) &&
      fitsLength("area", area) &&
      fitsLength("reported_by", reportedBy) &&
      fitsLength("note", row.cell("note"))
    );
  }

  /**
   * The row schema's verdict on the current record, as the set of fields it
   * finds fault with (each reported): the normalised row it checks has the
   * trimmed cells, empty ones left out, and the period in canonical form.
   */
  protected schemaProblems(
    row: RecordInCheck,
    periodCell: PeriodCell | undefined,
  ): ReadonlySet<Field> {
    const normalised: RowObject = {};
    row.header.fields.forEach((field, i) => {
      if (!field) return;
      const v = (row.cells[i] ?? "").trim();
      if (v !== "") normalised[field] = v;
    });
    if (periodCell && normalised.period !== undefined) normalised.period = periodCell.period.period;
    const bad = new Set<Field>();
    for (const p of checkRow(normalised)) {
      bad.add(p.field);
      const why =
        p.code === "bad-period"
          ? periodProblem(row.cell("period"), Number(this.planIndex.latest.slice(0, 4)))
          : undefined;
      if (why) this.at(row, why.code, p.field, { example: why.example });
      else this.at(row, p.code, p.field);
    }
    return bad;
  }

  /** A period cell as the rows need it (for the cache of periods). */
  protected readonly parsePeriodCell = (text: string): PeriodCell | undefined => {
    const period = parsePeriod(text);
    if (!period) return undefined;
    // by observation date (the period's last day): from ten years before the window to its end
    const inWindow = !(period.end < this.planIndex.earliest || period.end > this.planIndex.latest);
    return {
      period,
      fitsSchema: periodFitsSchema(period.period),
      inWindow,
      beforeBaseline: inWindow && Number(period.end.slice(0, 4)) < this.planIndex.baselineYear,
      ordinal: inWindow ? periodOrdinal(this.planIndex, period.period) : -1,
      // only a period in the window has a key; only such a period is surely canonical (YYYY…)
      months: inWindow ? periodMonths(period.period) : 0,
    };
  };

  /** An indicator by its id (in any case or width) or by its name (`findIndicatorId`). */
  protected readonly findIndicator = (input: string): IndicatorCell | undefined => {
    const id = findIndicatorId(this.planIndex, input);
    const indicator = id === undefined ? undefined : this.planIndex.indicators.get(id);
    if (!indicator) return undefined;
    return { indicator, order: this.planIndex.indicatorOrder.get(indicator.id) ?? 0 };
  };

  protected readonly findArea = (input: string): AreaCell | undefined => {
    const id = this.planIndex.findArea(input);
    return id === undefined ? undefined : { id, order: this.planIndex.areaOrder.get(id) ?? 0 };
  };

  // ---- end ------------------------------------------------------------------
}

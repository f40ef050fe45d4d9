/**
 * A CSV ready to fill: one row per indicator (and per area for indicators
 * reported by area) that the plan's targets use, or that the targets one
 * unit owns use (and, with `shared`, those it only shares); `reported_by`
 * is pre-filled with the figure's owner. Pure: the caller supplies the period (the CLI defaults it to the
 * current month) and writes the text.
 */

import { HEADER_WORDS, TEMPLATE_COLUMNS, type TemplateColumn } from "../data/headers.js";
import { defuse } from "../formula.js";
import { PUNCT } from "../i18n/labels.js";
import { STATE_LABELS } from "../i18n/vocabulary.js";
import { ownerOf, unitsOfTarget } from "../plan/owners.js";
import type { Indicator, Plan, Target } from "../plan/types.js";
import { type Lang, MILESTONE_STATES } from "../vocabulary.js";

export interface TemplateOptions {
  /** the period to pre-fill, e.g. `2024-06` */
  period: string;
  /** a unit id: only the indicators of the targets that unit owns */
  unit?: string;
  /** with `unit`: also the indicators of the targets it only shares (its measures name it) */
  shared?: boolean;
  /**
   * the baseline form: only the targets judged from a reported baseline
   * (STATUS-RULES rule 4: level, coverage and eliminate targets whose plan
   * gives no baseline of its own; increase and annual targets start at 0)
   */
  baseline?: boolean;
  /** prefix a UTF-8 BOM, so that Excel opens the file as UTF-8 */
  bom?: boolean;
  /** the language of the header, the indicator's name and the milestone states (default zh) */
  lang?: Lang;
}

/** The template's header in a language. */
export function templateHeader(lang: Lang): string[] {
  return TEMPLATE_COLUMNS.map((c) => HEADER_WORDS[lang][c]);
}

/** The milestone states a department may write, as the template lists them. */
export function stateChoices(lang: Lang): string[] {
  return MILESTONE_STATES.map((s) => (lang === "zh" ? STATE_LABELS.zh[s] : s));
}

/**
 * The template's cells of one row, by column: the indicator's id (the key
 * the reader uses) and its name, the period, an empty value, the unit (for
 * a milestone, the states it accepts), the area, the reporter and the note.
 */
export function templateCells(
  r: TemplateRow,
  period: string,
  lang: Lang,
): Record<TemplateColumn, string> {
  const ind = r.indicator;
  return {
    indicator: ind.id,
    indicator_name: lang === "zh" ? ind.name.zh : ind.name.en,
    period,
    value: "",
    unit: ind.kind === "milestone" ? stateChoices(lang).join("/") : ind.unit,
    area: r.area,
    reported_by: r.reporter,
    note: r.note,
  };
}

/**
 * One CSV cell, quoted when it holds a delimiter, quote, line break or edge
 * space; text a spreadsheet would run as a formula is defused first.
 */
export function csvCell(cell: string): string {
  const s = defuse(cell);
  return /[",;\t\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Whether a target is judged from a reported baseline (the baseline form's rows). */
export function needsBaseline(t: Target, ind: Indicator | undefined): boolean {
  if (!ind || t.baseline !== undefined) return false;
  return ind.kind === "level" || ind.kind === "coverage" || ind.kind === "eliminate";
}

/** Thrown when `unit` names no unit of the plan. */
export class TemplateError extends Error {}

/** One row of a template: an indicator (and area) to report, and who reports it. */
export interface TemplateRow {
  indicator: Indicator;
  /** the area's name, or "" for the county */
  area: string;
  /** the reporting unit's name, or "" where no unit owns the figure */
  reporter: string;
  /** the targets' names, for the note column */
  note: string;
  /** the targets on this indicator (of the unit asked for) */
  targets: Target[];
}

export function renderTemplate(plan: Plan, opts: TemplateOptions): string {
  const lang = opts.lang ?? "zh";
  const rows: string[][] = [templateHeader(lang)];
  for (const r of templateRows(plan, opts)) {
    const cells = templateCells(r, opts.period, lang);
    rows.push(TEMPLATE_COLUMNS.map((c) => cells[c]));
  }
  const text = rows.map((r) => r.map(csvCell).join(",")).join("\r\n");
  return `${opts.bom ? "\uFEFF" : ""}${text}\r\n`;
}

/** The rows of a template, CSV or xlsx alike. */
export function templateRows(
  plan: Plan,
  opts: { unit?: string; shared?: boolean; baseline?: boolean },
): TemplateRow[] {
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  if (opts.unit !== undefined && !unitName.has(opts.unit)) {
    throw new TemplateError(`unknown unit: ${opts.unit}`);
  }

  const wanted = (t: Target): boolean => {
    if (opts.baseline && !needsBaseline(t, indicators.get(t.indicator))) return false;
    if (opts.unit === undefined) return true;
    const u = unitsOfTarget(plan, t);
    return u.owner === opts.unit || (Boolean(opts.shared) && u.shared.includes(opts.unit));
  };

  // targets per indicator, in plan order
  const byIndicator = new Map<string, Target[]>();
  for (const t of plan.targets) {
    if (!wanted(t)) continue;
    const list = byIndicator.get(t.indicator) ?? [];
    list.push(t);
    byIndicator.set(t.indicator, list);
  }

  const rows: TemplateRow[] = [];
  for (const [id, targets] of byIndicator) {
    const ind = indicators.get(id);
    if (!ind) continue;
    // the owner of the figure (the unit asked for, when it owns it); blank when no unit owns it
    const owners = targets.map((t) => ownerOf(plan, t)).filter((u) => u !== undefined);
    const reporter =
      opts.unit !== undefined && owners.includes(opts.unit) ? opts.unit : (owners[0] ?? "");
    // the targets' Chinese names, in Chinese punctuation whatever the language
    const note = [...new Set(targets.map((t) => t.name.zh))].join(PUNCT.zh.semi);
    const row = (area: string): TemplateRow => ({
      indicator: ind,
      area,
      reporter: unitName.get(reporter) ?? "",
      note,
      targets,
    });
    if (ind.byArea) {
      // the county figure too, where it is not simply the sum of the areas
      if (ind.rollup !== "sum" && targets.some((t) => !t.perArea)) rows.push(row(""));
      // the kinds of area the indicator's targets count (all when a target does not say)
      const types = targets.every((t) => t.perArea?.areaTypes)
        ? new Set(targets.flatMap((t) => t.perArea?.areaTypes ?? []))
        : undefined;
      for (const a of plan.areas) if (!types || types.has(a.type)) rows.push(row(a.name));
    } else rows.push(row(""));
  }
  return rows;
}

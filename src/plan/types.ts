/**
 * The plan as data: the shape of `plan/*.yaml` after loading.
 * `schemas/plan.schema.json` describes the same shape for ajv.
 */

export interface Text {
  zh: string;
  en: string;
}

/** How a reported indicator behaves over time. */
export type IndicatorKind =
  /** a level at the period's end: a rate, a stock, a count */
  | "level"
  /** a total counted from the plan's start ("新增", "累计新增") */
  | "increase"
  /** a year-to-date flow, judged per calendar year ("每年") */
  | "annual"
  /** a percentage of something covered, 0–100 ("全覆盖", "覆盖率") */
  | "coverage"
  /** a count or length to bring down to zero ("清零", "全面消除") */
  | "eliminate"
  /** a state: not_started / in_progress / done */
  | "milestone";

/** How town rows roll up to the county figure. */
export type Rollup = "sum" | "none";

export interface Indicator {
  id: string;
  name: Text;
  unit: string;
  kind: IndicatorKind;
  rollup: Rollup;
  /** smallest valid value (default 0: counts and rates are never negative) */
  min?: number;
  /** largest valid value (100 for shares and coverage rates) */
  max?: number;
  /** reported per township-level area */
  byArea?: boolean;
}

/** `~` is the document's 左右 ("approximately"). `=` is for milestone states. */
export type Comparator = ">=" | ">" | "<=" | "~" | "=";

export type Cadence = "by-deadline" | "annual";

import type { MilestoneState } from "../vocabulary.js";

export type { MilestoneState } from "../vocabulary.js";

export interface Baseline {
  value: number;
  /** observation date, YYYY-MM-DD */
  date: string;
  quote?: string;
}

/** A target judged by counting the areas whose own latest value meets a threshold. */
export interface PerArea {
  comparator: ">=" | ">" | "<=";
  value: number;
  unit: string;
  /** which kinds of area count (measure 9 counts towns, 镇, not subdistricts); all when absent */
  areaTypes?: Area["type"][];
}

export interface Target {
  id: string;
  /** the measure's number; null for the headline target of 总体要求 */
  measure: number | null;
  /** the section's numeral (一 … 七) */
  section: string;
  indicator: string;
  name: Text;
  comparator: Comparator;
  /** a number, or "done" for a milestone */
  value: number | MilestoneState;
  unit: string;
  /** YYYY-MM-DD */
  deadline: string;
  cadence: Cadence;
  /** fraction, for `~` targets (0.05 = 5%) */
  tolerance?: number;
  baseline?: Baseline;
  perArea?: PerArea;
  /** the exact phrase of the document that states the target */
  quote: string;
}

export type Role = "lead" | "sole" | "shared";

export interface UnitRef {
  unit: string;
  role: Role;
  /** the name the measure's responsibility line uses, where it differs from the canonical one */
  as?: string;
}

export interface Measure {
  number: number;
  section: string;
  title: Text;
  /** the measure's full original text, verbatim */
  text: string;
  units: UnitRef[];
}

export interface Section {
  numeral: string;
  title: Text;
}

export interface Unit {
  id: string;
  name: string;
  en: string;
  aliases: string[];
}

export interface Area {
  id: string;
  name: string;
  en: string;
  type: "street" | "town";
  aliases: string[];
}

export interface Policy {
  /** P at or above: pass (on track) */
  passPace: number;
  /** P at or above (and below passPace): behind; below: at-risk */
  behindPace: number;
  /** default tolerance for `~` targets */
  tolerance: number;
  /** months between t_v and t past which a result is stale */
  staleMonths: number;
}

export interface PlanInfo {
  title: Text;
  number: string;
  issuer: string;
  issued: string;
  window: { start: string; end: string };
  /** the source document, relative to the plan file */
  source?: string;
}

export interface Plan {
  plan: PlanInfo;
  policy: Policy;
  sections: Section[];
  units: Unit[];
  areas: Area[];
  indicators: Indicator[];
  measures: Measure[];
  targets: Target[];
}

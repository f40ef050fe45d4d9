/** What evaluation produces: one result per target, with its working shown. */
import type { MilestoneState, Target } from "../plan/types.js";

export type Status = "pass" | "behind" | "at-risk" | "missed" | "no-data";

/** low to high; no-data stands apart */
export const SEVERITY: readonly Status[] = ["pass", "behind", "at-risk", "missed"];

export type BaselineSource =
  | "plan" // the document's own baseline
  | "plan-start" // increase target: 0 at 2024-01-01
  | "year-start" // annual target: 0 at 1 January of the year judged
  | "reported-before-start" // a row on or before the plan's start
  | "earliest"; // the earliest reported value

export interface Working {
  /** latest value on or before t (numeric targets) */
  value: number | MilestoneState;
  period: string;
  /** t_v */
  valueDate: string;
  target: number | MilestoneState;
  /** effective target after tolerance (≈ targets) */
  effectiveTarget?: number;
  baseline?: { value: number; date: string; source: BaselineSource };
  f?: number;
  A?: number;
  P?: number;
  expected?: number;
  gap?: number;
}

export interface TargetResult {
  target: Target;
  status: Status;
  detail?: "met" | "on track";
  working?: Working;
  daysLeft: number;
  /** stable note codes (stale, one-data-point, rolled-up, …) with arguments */
  notes: { code: string; args?: Record<string, string | number> }[];
  /** annual targets: earlier years as pass or missed */
  history?: { year: number; value: number; status: "pass" | "missed" }[];
}

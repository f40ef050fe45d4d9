/**
 * What the drafter finds in a plan's text: a quantified target with its
 * quote and the guesses made (review codes, worded in src/i18n/draft.ts).
 * Its own file so that the text reader (targets.ts) and the table reader
 * (tables.ts) both use it without importing each other.
 */
export type Comparator = ">=" | ">" | "<=" | "~" | "=";
export type Kind = "level" | "increase" | "annual" | "coverage" | "eliminate" | "milestone";

/** A guess the reader should confirm, by code (words in src/i18n/draft.ts). */
export type ReviewCode =
  | "comparator-default"
  | "comparator-greater"
  | "approx-tolerance"
  | "deadline-plan-end"
  | "unit-guessed"
  | "change-from-base"
  | "per-area-count"
  | "basically"
  | "milestone"
  | "eliminate-unit"
  | "coverage-full"
  | "table-row"
  | "baseline-read";

export interface Found {
  /** offsets of the quote in the block */
  start: number;
  end: number;
  /** where the value is stated, for the responsibility line that follows */
  at: number;
  name: string;
  /** the target's name where the quote does not make one (a table's row) */
  title?: string;
  comparator: Comparator;
  value: number | "done";
  unit: string;
  kind: Kind;
  annual: boolean;
  deadline: { year: number; month: number | undefined } | undefined;
  review: ReviewCode[];
  /** 由2025年的51.6%提高到…: the value and year it starts from */
  baseline: { value: number; year: number } | undefined;
}

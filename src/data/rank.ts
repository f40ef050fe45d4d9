/**
 * The order findings are listed in for people (issue 20, item 6): the one
 * home of it. Every human list of findings (compact and table `check`,
 * `validate`, the report's Markdown, text and HTML) ranks with `rankOf` and
 * cuts with `capFindings`; machine formats (JSON, CSV, JUnit) keep file order.
 *
 * 1. `error`: an open error (the row or file is not used);
 * 2. `meaning`: a warning that changes what a figure means — a plausibility
 *    warning, a figure sent by a unit other than its owner, a revised figure;
 * 3. `corrected`: an error a later file corrected (已更正; no longer open);
 * 4. `warning`: any other warning;
 * 5. `note`: something cwplan did for you.
 *
 * A cap never hides an open error or a `meaning` warning: those are always
 * listed; the cap applies to the rest.
 */
import type { Finding } from "./types.js";

export const FINDING_RANKS = ["error", "meaning", "corrected", "warning", "note"] as const;
export type FindingRank = (typeof FINDING_RANKS)[number];

/**
 * Warnings that change what a figure means: the figure is used, but it may
 * not be what the unit meant (plausibility, docs/findings.md), it came from
 * another unit than the owner, or it replaced a figure given before.
 */
export const MEANING_CODES: ReadonlySet<string> = new Set([
  // plausibility
  "total-went-down",
  "sudden-jump",
  "far-above-target",
  // a row older than the baseline year without a note: a typo year (2015 for
  // 2025) that may become a target's baseline
  "period-before-baseline",
  // provenance: a figure sent by a unit that does not own it
  "reported-by-other",
  // revisions: a later file superseded a figure
  "value-revised",
]);

/**
 * Whether a finding of `code` is drawn from `--max-errors`' budget. A
 * warning that changes a figure's meaning is not (it is still capped per code
 * and file): the option, meant to bound a flood of row errors, never hides one.
 */
export function drawsOnBudget(code: string): boolean {
  return !MEANING_CODES.has(code);
}

export function rankOf(f: Pick<Finding, "code" | "severity" | "corrected">): FindingRank {
  if (f.severity === "error") return f.corrected ? "corrected" : "error";
  if (f.severity === "note") return "note";
  return MEANING_CODES.has(f.code) ? "meaning" : "warning";
}

/** listed whatever the cap */
export function alwaysListed(rank: FindingRank): boolean {
  return rank === "error" || rank === "meaning";
}

/** The findings in rank order; within a rank, as read (file order, then line). */
export function rankFindings<F extends Pick<Finding, "code" | "severity" | "corrected">>(
  findings: readonly F[],
): F[] {
  const order = (f: F) => FINDING_RANKS.indexOf(rankOf(f));
  return findings
    .map((f, i) => ({ f, i, r: order(f) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.f);
}

export interface CappedFindings<F> {
  /** in rank order */
  shown: F[];
  /** how many of the rest the cap left out */
  cut: number;
}

/**
 * At most `max` findings, ranked, except that open errors and `meaning`
 * warnings are all listed even beyond `max`; the rest fill what `max` leaves.
 */
export function capFindings<F extends Pick<Finding, "code" | "severity" | "corrected">>(
  findings: readonly F[],
  max: number,
): CappedFindings<F> {
  const ranked = rankFindings(findings);
  const kept = ranked.filter((f) => alwaysListed(rankOf(f)));
  const rest = ranked.filter((f) => !alwaysListed(rankOf(f)));
  const room = Math.max(0, max - kept.length);
  return { shown: [...kept, ...rest.slice(0, room)], cut: Math.max(0, rest.length - room) };
}

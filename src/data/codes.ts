/**
 * The catalogue of finding codes and their severities: the one place a code is
 * declared. Words live in src/i18n/findings.ts; docs/findings.md explains each.
 */
import type { Severity } from "./types.js";

export const FINDING_CODES = {
  // the file as a whole
  "unreadable-file": "error",
  "not-text": "error",
  "empty-file": "error",
  "invalid-bytes": "warning",
  "header-only": "warning",
  "findings-truncated": "warning",
  "skipped-file": "warning",
  // workbooks (.xlsx)
  "xlsx-corrupt": "error",
  "xlsx-too-large": "error",
  "xlsx-encrypted": "error",
  "xls-format": "error",
  "other-format": "error",
  "sheet-not-found": "error",
  "sheet-not-read": "warning",
  "sheet-hidden-read": "warning",
  "sheet-very-hidden": "warning",
  "hidden-rows": "warning",
  "hidden-columns": "warning",
  "formula-no-value": "error",
  "cell-error": "error",
  // the header
  "missing-header": "error",
  "duplicate-header": "error",
  "unknown-column": "warning",
  // CSV structure
  "blank-row": "warning",
  "title-row": "note",
  "total-row": "warning",
  "repeated-header": "warning",
  "unclosed-quote": "error",
  "bad-quote": "error",
  "record-too-large": "error",
  "csv-error": "error",
  "too-many-cells": "error",
  "ragged-row": "error",
  // cells
  "missing-value": "error",
  "cell-too-long": "error",
  "invalid-cell": "error",
  "bad-period": "error",
  "period-needs-year": "error",
  "period-span": "error",
  "period-from-date": "warning",
  "period-outside-window": "error",
  "period-before-baseline": "warning",
  "unknown-indicator": "error",
  "value-not-number": "error",
  "percent-not-allowed": "error",
  "bad-state": "error",
  "unexpected-state": "error",
  "unit-mismatch": "error",
  "value-above-max": "error",
  "value-too-large": "error",
  "value-below-min": "error",
  "unknown-area": "error",
  "area-not-expected": "warning",
  "area-missing": "warning",
  "unknown-unit": "warning",
  "unit-name-lookalike": "error",
  "not-responsible": "warning",
  // a figure sent by a unit that neither owns the indicator nor is accepted for it
  "reported-by-other": "warning",
  // rows against rows
  "duplicate-row": "warning",
  "conflicting-row": "error",
  "value-revised": "warning",
  // plausibility: the series as a whole (src/data/plausibility.ts); a likely
  // fraction is refused (issue 20: a typo never becomes a headline)
  "likely-fraction": "error",
  "total-went-down": "warning",
  "sudden-jump": "warning",
  "far-above-target": "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;

export function isFindingCode(s: string): s is FindingCode {
  return Object.hasOwn(FINDING_CODES, s);
}

export const ALL_CODES: FindingCode[] = Object.keys(FINDING_CODES).filter(isFindingCode);

export function severityOf(code: FindingCode): Severity {
  return FINDING_CODES[code];
}

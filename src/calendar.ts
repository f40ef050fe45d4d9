/**
 * The calendar: dates and reporting periods, in one place for every layer.
 *
 * A date is a calendar day in UTC written YYYY-MM-DD; there are no times and
 * no time zones. A period is canonically `YYYY`, `YYYY-Qn` or `YYYY-MM`, and
 * is observed on its last day (the spellings departments write, `2024年6月`
 * and the like, are read by src/data/period.ts into these). Pure functions.
 */
const MS_PER_DAY = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_RE = /^(\d{4})$/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

// ---- dates -------------------------------------------------------------------

/** Days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Build YYYY-MM-DD from parts (month 1–12). */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parts of a real calendar date written YYYY-MM-DD, or undefined. */
function partsOf(date: string): { year: number; month: number; day: number } | undefined {
  const m = DATE_RE.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Parts of a valid ISO date; throws RangeError otherwise. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`not a YYYY-MM-DD calendar date: ${date}`);
  return parts;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  return partsOf(s) !== undefined;
}

/** Days since 1970-01-01. */
export function dayNumber(date: string): number {
  const { year, month, day } = dateParts(date);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Inverse of dayNumber. */
export function fromDayNumber(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `to − from` in days (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Add (or subtract) days. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

export function yearOf(date: string): number {
  return dateParts(date).year;
}

export function startOfYear(year: number): string {
  return isoDate(year, 1, 1);
}

export function endOfYear(year: number): string {
  return isoDate(year, 12, 31);
}

/** True when the date is the last day of its month. */
export function isMonthEnd(date: string): boolean {
  const { year, month, day } = dateParts(date);
  return day === daysInMonth(year, month);
}

/**
 * Shift by whole calendar months. A month-end date stays a month end
 * (2025-06-30 − 3 months = 2025-03-31); any other day is clamped to the
 * target month's length (2025-01-30 + 1 month = 2025-02-28).
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = daysInMonth(y, m);
  const d = day === daysInMonth(year, month) ? last : Math.min(day, last);
  return isoDate(y, m, d);
}

/**
 * Whole calendar months from `from` to `to`: the largest n with
 * addMonths(from, n) ≤ to (0 when `to` is not after `from`).
 */
export function monthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const a = dateParts(from);
  const b = dateParts(to);
  let n = (b.year - a.year) * 12 + (b.month - a.month);
  while (n > 0 && addMonths(from, n) > to) n--;
  return n;
}

/**
 * Months of the year elapsed at the end of `date`, 0–12: a month end counts its
 * month in full (2025-06-30 → 6); any other day counts the share of its month
 * (2025-06-15 → 5.5).
 */
export function monthsElapsedInYear(date: string): number {
  const { year, month, day } = dateParts(date);
  return month - 1 + day / daysInMonth(year, month);
}

// ---- canonical periods ----------------------------------------------------------

export interface Period {
  /** canonical spelling */
  period: string;
  /** first day, YYYY-MM-DD */
  start: string;
  /** last day, YYYY-MM-DD */
  end: string;
  /** true when the input was a full date read as its month */
  fromDate?: boolean;
}

/** A span of months within one year: the whole year, a quarter or a month. */
function span(period: string, year: number, first: number, last: number): Period {
  return {
    period,
    start: isoDate(year, first, 1),
    end: isoDate(year, last, daysInMonth(year, last)),
  };
}

export function yearPeriod(y: number): Period {
  return span(`${y}`, y, 1, 12);
}

/** Quarter `q` (1–4) of year `y`, or undefined. */
export function quarterPeriod(y: number, q: number): Period | undefined {
  if (q < 1 || q > 4) return undefined;
  return span(`${y}-Q${q}`, y, (q - 1) * 3 + 1, q * 3);
}

/** Month `m` (1–12) of year `y`, or undefined. */
export function monthPeriod(y: number, m: number): Period | undefined {
  if (m < 1 || m > 12) return undefined;
  return span(`${y}-${pad(m, 2)}`, y, m, m);
}

/** A canonical period (YYYY, YYYY-Qn, YYYY-MM) with its first and last day, or undefined. */
function canonical(period: string): Period | undefined {
  let m = YEAR_RE.exec(period);
  if (m) return yearPeriod(Number(m[1]));
  m = QUARTER_RE.exec(period);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]));
  m = MONTH_RE.exec(period);
  if (m) return monthPeriod(Number(m[1]), Number(m[2]));
  return undefined;
}

function canonicalOrThrow(period: string): Period {
  const p = canonical(period);
  if (!p) throw new RangeError(`not a period (YYYY, YYYY-Qn, YYYY-MM): ${period}`);
  return p;
}

/** True for a canonical period: YYYY, YYYY-Qn or YYYY-MM. */
export function isPeriod(period: string): boolean {
  return canonical(period) !== undefined;
}

/** Months a period spans: 12, 3 or 1. */
export function periodMonths(period: string): 12 | 3 | 1 {
  canonicalOrThrow(period);
  if (YEAR_RE.test(period)) return 12;
  return QUARTER_RE.test(period) ? 3 : 1;
}

/** A period's observation date: its last day. */
export function periodEnd(period: string): string {
  return canonicalOrThrow(period).end;
}

/** A period's first day. */
export function periodStart(period: string): string {
  return canonicalOrThrow(period).start;
}

/**
 * The canonical period of `months` months that ends with `month` (YYYY-MM, or
 * a date in it): the month itself; its quarter in March, June, September and
 * December; its year in December. Undefined when no such period ends then.
 */
export function periodEndingIn(month: string, months: 1 | 3 | 12): string | undefined {
  const y = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  if (months === 1) return month.slice(0, 7);
  if (months === 3) return m % 3 === 0 ? `${y}-Q${m / 3}` : undefined;
  return m === 12 ? y : undefined;
}

/**
 * An as-of date from a date or a period (a period means its last day):
 * "2025-06" → 2025-06-30, "2025" → 2025-12-31, "2025-05-20" stays.
 * Throws RangeError for anything else.
 */
export function toDate(dateOrPeriod: string): string {
  if (isIsoDate(dateOrPeriod)) return dateOrPeriod;
  return periodEnd(dateOrPeriod);
}

/**
 * How far before the plan window a reported figure may be observed and still
 * count (a baseline, such as a census year): ten years before the window's
 * start (STATUS-RULES v3, rule 4).
 */
const BASELINE_YEARS = 10;

/** The years a plan's figures may be for (`periodWindow`). */
export interface PeriodWindow {
  /**
   * the earliest year a row may name: ten years before the window's start
   * (STATUS-RULES rule 4: an older baseline such as a census year counts; an
   * older period is `period-outside-window`)
   */
  first: number;
  /**
   * the baseline year, the year before the window's start: the usual
   * baseline row (`2023` for a 2024–2025 plan), the year the baseline template
   * is for and the template's period list starts at
   */
  baseline: number;
  /** the window's last year; no period may end after the window's end */
  last: number;
  /** `first`'s first day, `end`: the observation dates a row may have */
  earliest: string;
  latest: string;
}

/**
 * The one answer to "which years may a figure be for", for the rows a drop
 * gives (data/plan-index.ts), the periods a template offers and accepts
 * (format/xlsx/template.ts, cli/run/validate.ts) and the store's slots
 * (evaluate/history.ts).
 */
export function periodWindow(window: { start: string; end: string }): PeriodWindow {
  const start = yearOf(window.start);
  return {
    first: start - BASELINE_YEARS,
    baseline: start - 1,
    last: yearOf(window.end),
    earliest: startOfYear(start - BASELINE_YEARS),
    latest: window.end,
  };
}

/**
 * Date helpers on ISO strings. Every date is a calendar day in UTC
 * (YYYY-MM-DD); there are no times and no time zones. Pure functions.
 */

const MS_PER_DAY = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_RE = /^(\d{4})$/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Build YYYY-MM-DD from parts (month 1–12). */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parts of a valid ISO date; throws RangeError otherwise. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return { year, month, day };
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  try {
    dateParts(s);
    return true;
  } catch {
    return false;
  }
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

/** True for a canonical period: YYYY, YYYY-Qn or YYYY-MM. */
export function isPeriod(period: string): boolean {
  if (YEAR_RE.test(period) || QUARTER_RE.test(period)) return true;
  const m = MONTH_RE.exec(period);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** Months a period spans: 12, 3 or 1. */
export function periodMonths(period: string): 12 | 3 | 1 {
  if (YEAR_RE.test(period)) return 12;
  if (QUARTER_RE.test(period)) return 3;
  if (isPeriod(period)) return 1;
  throw new RangeError(`not a period (YYYY, YYYY-Qn, YYYY-MM): ${period}`);
}

/** A period's observation date: its last day. */
export function periodEnd(period: string): string {
  let m = YEAR_RE.exec(period);
  if (m) return endOfYear(Number(m[1]));
  m = QUARTER_RE.exec(period);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]) * 3;
    return isoDate(year, month, daysInMonth(year, month));
  }
  m = MONTH_RE.exec(period);
  if (m && isPeriod(period)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return isoDate(year, month, daysInMonth(year, month));
  }
  throw new RangeError(`not a period (YYYY, YYYY-Qn, YYYY-MM): ${period}`);
}

/** A period's first day. */
export function periodStart(period: string): string {
  const months = periodMonths(period);
  const { year, month } = dateParts(periodEnd(period));
  return isoDate(year, month - months + 1, 1);
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

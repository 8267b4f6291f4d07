import type { PlainDateString } from './wallTime';

/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, by the proleptic Gregorian calendar, done on UTC
 * `Date`s at midnight: no time zone, no `Intl`, no Temporal, so the Outlook send check may
 * carry it (classic Outlook's JavaScript-only runtime may have no `Intl`).
 */

const DAY_MS = 86_400_000;
const PLAIN_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The instant of UTC midnight on a day; years 0–99 are those years, not 1900–1999. */
export function utcMidnightOf(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnightOf(year, month + 1, 0)).getUTCDate();
}

/** True for an existing calendar date written `YYYY-MM-DD` (no 30 February). */
export function isPlainDate(value: string): value is PlainDateString {
  const match = PLAIN_DATE.exec(value);
  return match !== null && Number(match[3]) <= daysInMonth(Number(match[1]), Number(match[2]));
}

/** Year, month (1–12) and day of a date. */
export function partsOf(date: PlainDateString): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** The date of a UTC instant, `YYYY-MM-DD`. */
export function utcDateOf(epochMilliseconds: number): PlainDateString {
  const d = new Date(epochMilliseconds);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` as PlainDateString;
}

/** UTC midnight of a date, as an instant. */
export function utcMidnight(date: PlainDateString): number {
  const { year, month, day } = partsOf(date);
  return utcMidnightOf(year, month, day);
}

/** The date `days` days after `date` (before it when negative). */
export function plusDays(date: PlainDateString, days: number): PlainDateString {
  return utcDateOf(utcMidnight(date) + days * DAY_MS);
}

/** The day of the week as ISO 8601 numbers it: 1 Monday … 7 Sunday. */
export function isoWeekday(date: PlainDateString): number {
  return new Date(utcMidnight(date)).getUTCDay() || 7;
}

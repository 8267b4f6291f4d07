import {
  daysInMonth,
  isoWeekday,
  partsOf,
  plusDays,
  utcDateOf,
  utcMidnightOf,
} from './calendarDates';
import type { PlainDateString, WallTime } from './wallTime';

/**
 * Copenhagen's wall clock, by the rule itself rather than a time-zone database: Central European
 * Time (UTC+1), and summer time (UTC+2) from the last Sunday of March to the last Sunday of
 * October, changing at 01:00 UTC (EU directive 2000/84/EC; Denmark has kept it since 1996).
 * Computed with plain `Date` arithmetic in UTC, so the tab and the Outlook send check share one
 * implementation, and the send check needs no `Intl` (classic Outlook's JavaScript-only runtime
 * may have none) and no Temporal (most of its size). Tests hold it to Temporal's time-zone data.
 *
 * Dates before 1996 follow the same rule here, though Denmark's summer time then ended in
 * September: no network meeting is planned in the past.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** UTC+1 in winter, UTC+2 in summer: Copenhagen's offset in minutes. */
export type CopenhagenOffset = 60 | 120;

/** The day of the month of a month's last Sunday. */
function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  const weekday = isoWeekday(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${last}` as PlainDateString,
  );
  return last - (weekday % 7);
}

/** Summer time's start and end by year: worked out once, as every instant asks for them. */
const SUMMER_TIMES = new Map<number, { readonly begins: number; readonly ends: number }>();

/** When summer time begins and ends in a year, as instants (milliseconds since the epoch). */
export function summerTimeOf(year: number): { readonly begins: number; readonly ends: number } {
  let known = SUMMER_TIMES.get(year);
  if (known === undefined) {
    known = {
      begins: utcMidnightOf(year, 3, lastSunday(year, 3)) + HOUR_MS,
      ends: utcMidnightOf(year, 10, lastSunday(year, 10)) + HOUR_MS,
    };
    SUMMER_TIMES.set(year, known);
  }
  return known;
}

/** Copenhagen's offset from UTC at an instant, in minutes. */
export function copenhagenOffsetAt(epochMilliseconds: number): CopenhagenOffset {
  const { begins, ends } = summerTimeOf(new Date(epochMilliseconds).getUTCFullYear());
  return epochMilliseconds >= begins && epochMilliseconds < ends ? 120 : 60;
}

/** Copenhagen's date and wall time (to the minute) at an instant. */
export interface CopenhagenWallClock {
  readonly date: PlainDateString;
  readonly time: WallTime;
}

/**
 * The date and wall time in Copenhagen at an instant (milliseconds since the epoch). An instant
 * that is not a finite number has none, and is refused with a `RangeError`: callers that read
 * times from outside check them first.
 */
export function copenhagenWallClockAt(epochMilliseconds: number): CopenhagenWallClock {
  if (!Number.isFinite(epochMilliseconds)) {
    throw new RangeError(`Not an instant: ${String(epochMilliseconds)}`);
  }
  const local = epochMilliseconds + copenhagenOffsetAt(epochMilliseconds) * MINUTE_MS;
  const at = new Date(local);
  const hh = String(at.getUTCHours()).padStart(2, '0');
  const mm = String(at.getUTCMinutes()).padStart(2, '0');
  return { date: utcDateOf(local), time: `${hh}:${mm}` as WallTime };
}

/**
 * The instant of midnight in Copenhagen on a date. The clocks change at 01:00 UTC, never between
 * 22:00 and 24:00 UTC, so the offset an hour before UTC midnight is the offset at local midnight.
 */
export function copenhagenMidnight(date: PlainDateString): number {
  const { year, month, day } = partsOf(date);
  const utc = utcMidnightOf(year, month, day);
  return utc - copenhagenOffsetAt(utc - HOUR_MS) * MINUTE_MS;
}

/** A day in Copenhagen: its midnight, its length, and when and how far the clocks change on it. */
export interface CopenhagenDay {
  /** Midnight at the start of the day, as an instant. */
  readonly midnight: number;
  /** Real length of the day in minutes: 1380, 1440 or 1500. */
  readonly minutesInDay: number;
  /** Elapsed minutes from midnight at which the clocks change, if they change this day. */
  readonly transitionAt: number | undefined;
  /** How far the clocks jump then, in minutes: +60 in March, −60 in October, else 0. */
  readonly jump: number;
}

/** The day's midnight, length and clock change, from the rule. */
export function copenhagenDay(date: PlainDateString): CopenhagenDay {
  const midnight = copenhagenMidnight(date);
  const next = copenhagenMidnight(plusDays(date, 1));
  const { begins, ends } = summerTimeOf(partsOf(date).year);
  const within = (at: number) => at >= midnight && at < next;
  const change = within(begins) ? begins : within(ends) ? ends : undefined;
  return {
    midnight,
    minutesInDay: (next - midnight) / MINUTE_MS,
    transitionAt: change === undefined ? undefined : (change - midnight) / MINUTE_MS,
    jump: change === undefined ? 0 : change === begins ? 60 : -60,
  };
}

/**
 * An instant as an ISO 8601 date-time on Copenhagen's wall clock with its offset, to the second:
 * `2026-03-12T11:00:00+01:00`.
 */
export function copenhagenIsoString(epochMilliseconds: number): string {
  const offset = copenhagenOffsetAt(epochMilliseconds);
  const local = new Date(epochMilliseconds + offset * MINUTE_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
  return `${utcDateOf(local.getTime())}T${time}+0${offset / 60}:00`;
}

import { isoWeekday, partsOf } from './calendarDates';
import type { Locale, Localized } from './localized';
import type { PlainDateString, WallTime } from './plan';

/**
 * Lists and dates in Danish and English, written out here rather than by `Intl`: the Outlook
 * send check shares these messages, and classic Outlook's JavaScript-only runtime may have no
 * `Intl`. `format.test.ts` holds them to `Intl.ListFormat` and `Intl.DateTimeFormat`.
 */

const AND: Readonly<Record<Locale, string>> = { da: 'og', en: 'and' };

/** Month names as running text writes them, January first. */
export const MONTH_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** Weekday names, Monday first (ISO 8601's 1 … 7). */
const WEEKDAY_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** "A, B og C" in Danish, "A, B and C" in English (no comma before the last, in either). */
export function joinList(locale: Locale, items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${AND[locale]} ${items.at(-1)}`;
}

/** The same list joined in both languages. */
export function joinLocalized(items: readonly Localized[]): Localized {
  return {
    da: joinList(
      'da',
      items.map((i) => i.da),
    ),
    en: joinList(
      'en',
      items.map((i) => i.en),
    ),
  };
}

/** A clock time as people write it: "11.00" in Danish, "11:00" in English. */
export function formatTime(time: WallTime, locale: Locale): string {
  return locale === 'da' ? time.replace(':', '.') : time;
}

/** A time range with an en dash: "11.00–11.10" in Danish, "11:00–11:10" in English. */
export function formatTimeRange(start: WallTime, end: WallTime, locale: Locale): string {
  return `${formatTime(start, locale)}–${formatTime(end, locale)}`;
}

/** A length of time: "2 t 15 min" in Danish, "2 h 15 min" in English. */
export function formatDuration(minutes: number, locale: Locale): string {
  const sign = minutes < 0 ? '−' : '';
  const total = Math.abs(minutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  const hourUnit = locale === 'da' ? 't' : 'h';
  if (h === 0) return `${sign}${m} min`;
  if (m === 0) return `${sign}${h} ${hourUnit}`;
  return `${sign}${h} ${hourUnit} ${m} min`;
}

/** The same length of time in both languages. */
export function durationLocalized(minutes: number): Localized {
  return { da: formatDuration(minutes, 'da'), en: formatDuration(minutes, 'en') };
}

/** A meeting date in full: "torsdag den 12. marts 2026" / "Thursday 12 March 2026". */
export function formatDate(date: PlainDateString, locale: Locale): string {
  const { year, month, day } = partsOf(date);
  const weekday = WEEKDAY_NAMES[locale][isoWeekday(date) - 1];
  const monthName = MONTH_NAMES[locale][month - 1];
  return locale === 'da'
    ? `${weekday} den ${day}. ${monthName} ${year}`
    : `${weekday} ${day} ${monthName} ${year}`;
}

import type { Locale, Localized } from './localized';
import type { PlainDateString } from './wallTime';

// Written out rather than asked of Intl: the series and day-off rules run in the Outlook send
// check too, which carries neither Intl's locale data nor Temporal.
const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
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

const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  da: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** The day of the week of a date: 0 for Sunday to 6 for Saturday. */
export function weekdayOf(date: PlainDateString): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** True for a Saturday or a Sunday. */
export function isWeekend(date: PlainDateString): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

/**
 * A date as it reads inside a sentence, as `formatDate` writes it: "torsdag den 25. januar 2027",
 * "Thursday 25 January 2027".
 */
export function dateInSentence(date: PlainDateString, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[locale][weekdayOf(date)] ?? '';
  const month = MONTHS[locale][m - 1] ?? '';
  return locale === 'da' ? `${weekday} den ${d}. ${month} ${y}` : `${weekday} ${d} ${month} ${y}`;
}

/** `dateInSentence` in both languages. */
export function dateInSentences(date: PlainDateString): Localized {
  return { da: dateInSentence(date, 'da'), en: dateInSentence(date, 'en') };
}

/** The date `days` after (or before) a date. */
export function plusDays(date: PlainDateString, days: number): PlainDateString {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d + days));
  return at.toISOString().slice(0, 10) as PlainDateString;
}

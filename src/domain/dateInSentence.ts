import { isoWeekday } from './calendarDates';
import { formatDate } from './format';
import type { Locale, Localized } from './localized';
import type { PlainDateString } from './wallTime';

// One wording of a date and one calendar: `formatDate`'s names and `calendarDates`' arithmetic,
// written out rather than asked of Intl, so the Outlook send check carries them once.
export { plusDays } from './calendarDates';

/** The day of the week of a date: 0 for Sunday to 6 for Saturday. */
export function weekdayOf(date: PlainDateString): number {
  return isoWeekday(date) % 7;
}

/** True for a Saturday or a Sunday. */
export function isWeekend(date: PlainDateString): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

/**
 * A date as it reads inside a sentence (`formatDate`): "torsdag den 25. januar 2027",
 * "Thursday 25 January 2027".
 */
export function dateInSentence(date: PlainDateString, locale: Locale): string {
  return formatDate(date, locale);
}

/** `dateInSentence` in both languages. */
export function dateInSentences(date: PlainDateString): Localized {
  return { da: dateInSentence(date, 'da'), en: dateInSentence(date, 'en') };
}

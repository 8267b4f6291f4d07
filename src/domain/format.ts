import type { Locale, Localized } from './localized';
import type { PlainDateString, WallTime } from './plan';

const listFormats: Record<Locale, Intl.ListFormat> = {
  da: new Intl.ListFormat('da', { type: 'conjunction' }),
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
};

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** "A, B og C" in Danish, "A, B and C" in English. */
export function joinList(locale: Locale, items: readonly string[]): string {
  return listFormats[locale].format(items);
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
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const text = dateFormats[locale].format(new Date(Date.UTC(y, m - 1, d)));
  if (locale === 'en') return text.replace(',', '');
  // Intl writes "torsdag den 12. marts 2026" in current ICU and "torsdag 12. marts 2026" in older.
  return text.includes(' den ') ? text : text.replace(/^(\S+) /, '$1 den ');
}

import { isPlainDate, isWallTime } from './dayClock';
import { MONTH_NAMES as MONTHS } from './format';
import type { Locale } from './localized';
import type { PlainDateString, WallTime } from './plan';

const MONTH_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  da: MONTHS.da.map((m) => m.toLowerCase()),
  en: MONTHS.en.map((m) => m.toLowerCase()),
};

/** Month number (1–12) for a month's name or any prefix of three letters or more ("apr", "maj"). */
function monthOf(word: string, locale: Locale): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const index = MONTH_NAMES[locale].findIndex((name) => name.startsWith(w));
  return index < 0 ? undefined : index + 1;
}

function plainDate(y: number, m: number, d: number): PlainDateString | undefined {
  const year = y < 100 ? 2000 + y : y;
  const text = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isPlainDate(text) ? text : undefined;
}

/**
 * A date as a date field shows it: "15.04.2027" in Danish (how Danes write it), "15 Apr 2027" in
 * English (day first and the month in words, so neither a British nor an American reader
 * mistakes it).
 */
export function formatDateField(date: PlainDateString, locale: Locale): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  if (locale === 'da') return `${d}.${m}.${y}`;
  const month = MONTH_NAMES.en[Number(m) - 1] ?? '';
  return `${Number(d)} ${month.charAt(0).toUpperCase()}${month.slice(1, 3)} ${y}`;
}

/**
 * Reads a date someone typed, day first as both languages write it: "15.04.2027", "15/4/27",
 * "15-4-2027", "15. april 2027", "15 Apr 2027", or the ISO "2027-04-15". Undefined when the text
 * is not a date that exists.
 */
export function parseDateText(text: string, locale: Locale): PlainDateString | undefined {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return plainDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})$/.exec(s);
  if (numeric) return plainDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const worded = /^(\d{1,2})\.?\s*([\p{L}]+\.?)\s*,?\s*(\d{4})$/u.exec(s);
  if (worded) {
    const month = monthOf(worded[2] ?? '', locale) ?? monthOf(worded[2] ?? '', otherLocale(locale));
    return month ? plainDate(Number(worded[3]), month, Number(worded[1])) : undefined;
  }
  return undefined;
}

function otherLocale(locale: Locale): Locale {
  return locale === 'da' ? 'en' : 'da';
}

/**
 * Reads a clock time someone typed on the 24-hour clock: "11.00", "11:00", "11", "1100", "930".
 * Minutes are two digits ("9.5" is not a time). Undefined when it is not a time of day.
 */
export function parseTimeText(text: string): WallTime | undefined {
  const s = text.trim();
  const match = /^(\d{1,2})(?:\s*[.:]\s*(\d{2})|(\d{2}))?$/.exec(s);
  if (!match) return undefined;
  const time = `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? match[3] ?? '00'}`;
  return isWallTime(time) ? time : undefined;
}

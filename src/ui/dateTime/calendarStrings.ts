import type { CalendarStrings } from '@fluentui/react-datepicker-compat';
import type { Locale } from '../../domain';
import { STRINGS } from '../strings';

const TAGS: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

function names(
  locale: Locale,
  count: number,
  options: Intl.DateTimeFormatOptions,
  at: (i: number) => Date,
) {
  const format = new Intl.DateTimeFormat(TAGS[locale], { ...options, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => format.format(at(i)));
}

/** Month names January first, from the locale's own data: "januar" / "January". */
function months(locale: Locale, month: 'long' | 'short'): string[] {
  return names(locale, 12, { month }, (m) => new Date(Date.UTC(2001, m, 1)));
}

/** Weekday names Sunday first, as Fluent's calendar indexes them: "søndag" / "Sunday". */
function days(locale: Locale): string[] {
  // 7 January 2001 was a Sunday.
  return names(locale, 7, { weekday: 'long' }, (d) => new Date(Date.UTC(2001, 0, 7 + d)));
}

/**
 * What Fluent's calendar says, in the app's language: month and day names from Intl, the
 * buttons' names from the catalogue. Column heads are two letters ("ma", "ti" / "Mo", "Tu") so
 * no two days look alike; screen readers hear the full name.
 */
export function calendarStrings(locale: Locale): CalendarStrings {
  const t = STRINGS[locale];
  const longDays = days(locale);
  return {
    months: months(locale, 'long'),
    shortMonths: months(locale, 'short').map((m) => m.replace(/\.$/, '')),
    days: longDays,
    shortDays: longDays.map((d) => `${d.charAt(0).toUpperCase()}${d.charAt(1)}`),
    goToToday: t.goToToday,
    prevMonthAriaLabel: t.prevMonth,
    nextMonthAriaLabel: t.nextMonth,
    prevYearAriaLabel: t.prevYear,
    nextYearAriaLabel: t.nextYear,
    prevYearRangeAriaLabel: t.prevYears,
    nextYearRangeAriaLabel: t.nextYears,
    closeButtonAriaLabel: t.closeCalendar,
    monthPickerHeaderAriaLabel: t.monthPickerHeader,
    yearPickerHeaderAriaLabel: t.yearPickerHeader,
    selectedDateFormatString: t.selectedDate,
    todayDateFormatString: t.todayDate,
    weekNumberFormatString: t.weekNumber,
  };
}

/** How the calendar words a day and a month: "15. april 2027" / "15 April 2027", "april 2027". */
export function calendarFormatting(locale: Locale) {
  const dayMonthYear = (date: Date, s: { months: string[] }) =>
    locale === 'da'
      ? `${date.getDate()}. ${s.months[date.getMonth()] ?? ''} ${date.getFullYear()}`
      : `${date.getDate()} ${s.months[date.getMonth()] ?? ''} ${date.getFullYear()}`;
  return {
    formatDay: (date: Date) => String(date.getDate()),
    formatMonth: (date: Date, s: { shortMonths: string[] }) => s.shortMonths[date.getMonth()] ?? '',
    formatYear: (date: Date) => String(date.getFullYear()),
    formatMonthDayYear: dayMonthYear,
    formatMonthYear: (date: Date, s: { months: string[] }) =>
      `${s.months[date.getMonth()] ?? ''} ${date.getFullYear()}`,
  };
}

import { useMemo, useState } from 'react';
import type { DatePickerProps } from '@fluentui/react-datepicker-compat';
import {
  formatDateField,
  parseDateText,
  plainDate,
  type Locale,
  type PlainDateString,
} from '../../domain';
import { STRINGS } from '../strings';
import { calendarFormatting, calendarStrings } from './calendarStrings';

/** Fluent's `DayOfWeek.Monday`: Danish and British weeks start on Monday. */
const MONDAY = 1;

/** Midnight of a plain date in the browser's zone, the form Fluent's calendar works in. */
function toLocalDate(date: PlainDateString): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The plain date the calendar means by a local `Date`. */
function toPlainDate(date: Date): PlainDateString {
  const pad = (n: number) => String(n).padStart(2, '0');
  return plainDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`);
}

/**
 * The DatePicker's props for a `YYYY-MM-DD` value in the app's language, and the message for
 * typed text that is not a date (the plan keeps its date; the message repeats what was typed).
 */
export function useDateField(
  locale: Locale,
  value: PlainDateString,
  onChange: (date: PlainDateString) => void,
): { readonly picker: DatePickerProps; readonly error: string | undefined } {
  const [typed, setTyped] = useState('');
  const [refused, setRefused] = useState<string | undefined>();
  const localized = useMemo(
    () => ({
      strings: calendarStrings(locale),
      dateTimeFormatter: calendarFormatting(locale),
      formatDate: (date?: Date) => (date ? formatDateField(toPlainDate(date), locale) : ''),
      parseDateFromString: (text: string) => {
        const date = parseDateText(text, locale);
        return date ? toLocalDate(date) : null;
      },
    }),
    [locale],
  );
  // A new Date each render would make the picker rewrite the text while someone types.
  const selected = useMemo(() => toLocalDate(value), [value]);
  const picker: DatePickerProps = {
    ...localized,
    value: selected,
    firstDayOfWeek: MONDAY,
    allowTextInput: true,
    showGoToToday: true,
    placeholder: STRINGS[locale].datePlaceholder,
    popupSurface: { 'aria-label': STRINGS[locale].calendar },
    onChange: (_e, data: { value: string }) => setTyped(data.value),
    onSelectDate: (date) => {
      if (!date) return;
      const next = toPlainDate(date);
      if (next !== value) onChange(next);
    },
    onValidationResult: ({ error }) => setRefused(error ? typed : undefined),
  };
  const error = refused === undefined ? undefined : STRINGS[locale].badDate({ text: refused });
  return { picker, error };
}

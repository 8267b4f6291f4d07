import { useMemo, useState } from 'react';
import type { TimePickerProps } from '@fluentui/react-timepicker-compat';
import { formatTime, parseTimeText, wallTimeOf, type Locale, type WallTime } from '../../domain';
import { STRINGS } from '../strings';

/** Fluent's list needs dates; a winter day keeps every wall time on it (no clock change). */
function onAnchor(time: WallTime): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(2001, 0, 1, h, m);
}

function wallTimeOfDate(date: Date): WallTime {
  return wallTimeOf(date.getHours() * 60 + date.getMinutes());
}

/**
 * The TimePicker's props for an `HH:MM` value: 24-hour times in 5-minute steps written the
 * app's way ("11.00" / "11:00"), free typing read by the domain, and the message for text that
 * is not a time. What was typed stays in the field until it is corrected.
 */
export function useTimeField(
  locale: Locale,
  value: WallTime,
  onChange: (time: WallTime) => void,
): { readonly picker: TimePickerProps; readonly error: string | undefined } {
  // Text typed for this value; once the value changes (chosen here or elsewhere) it shows the value.
  const [typed, setTyped] = useState<{ readonly for: WallTime; readonly text: string }>();
  const [refused, setRefused] = useState<{ readonly for: WallTime; readonly text: string }>();
  const localized = useMemo(
    () => ({
      formatDateToTimeString: (date: Date) => formatTime(wallTimeOfDate(date), locale),
      parseTimeStringToDate: (text: string | undefined) => {
        const time = parseTimeText(text ?? '');
        return time
          ? { date: onAnchor(time) }
          : { date: null, errorType: 'invalid-input' as const };
      },
    }),
    [locale],
  );
  const selectedTime = useMemo(() => onAnchor(value), [value]);
  const text = typed?.for === value ? typed.text : formatTime(value, locale);
  const picker: TimePickerProps = {
    ...localized,
    freeform: true,
    hourCycle: 'h23',
    increment: 5,
    dateAnchor: selectedTime,
    selectedTime,
    value: text,
    placeholder: STRINGS[locale].timePlaceholder,
    onChange: (e: { target: { value: string } }) => setTyped({ for: value, text: e.target.value }),
    onTimeChange: (_e, data) => {
      if (data.errorType || !data.selectedTime) {
        setRefused({ for: value, text: data.selectedTimeText ?? '' });
        return;
      }
      const next = wallTimeOfDate(data.selectedTime);
      setRefused(undefined);
      setTyped({ for: next, text: formatTime(next, locale) });
      if (next !== value) onChange(next);
    },
  };
  const error =
    refused?.for === value ? STRINGS[locale].badTime({ text: refused.text }) : undefined;
  return { picker, error };
}

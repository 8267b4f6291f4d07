import type { Locale } from '../../domain';

const CLOCKS: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  da: new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
};

/**
 * The wall clock in Copenhagen at an instant, as people write it ("11.09", "11:09"), whatever
 * time zone the device is set to: the meeting's times are Copenhagen's.
 */
export function copenhagenClock(nowMs: number, locale: Locale): string {
  return CLOCKS[locale].format(nowMs).replace(':', locale === 'da' ? '.' : ':');
}

/** A countdown as a clock shows it: "9:30", "1:05:00"; minutes and seconds of `ms`, rounded up. */
export function countdownText(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

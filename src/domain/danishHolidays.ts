import type { PlainDateString } from './plan';
import { plusDays } from './calendarDates';
import { plainDate } from './wallTime';

/**
 * The days a Danish public workplace does not hold network meetings. The public holidays of
 * helligdagsloven (Easter-based ones from the anonymous Gregorian computus), store bededag only
 * before 2024 (abolished by lov nr. 237 of 28 February 2023), and the customary days off:
 * juleaftensdag, nytårsaftensdag and grundlovsdag. Grundlovsdag is by custom a half day (off
 * from 12.00); both programmes run past noon, so the whole day is skipped.
 */
export type DanishDayOff =
  | 'newYearsDay'
  | 'maundyThursday'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'greatPrayerDay'
  | 'ascensionDay'
  | 'whitSunday'
  | 'whitMonday'
  | 'constitutionDay'
  | 'christmasEve'
  | 'christmasDay'
  | 'secondChristmasDay'
  | 'newYearsEve';

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): PlainDateString {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

function isoDate(year: number, month: number, day: number): PlainDateString {
  return plainDate(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}

/** Every Danish day off of a year, by date. */
export function danishDaysOff(year: number): ReadonlyMap<PlainDateString, DanishDayOff> {
  const easter = easterSunday(year);
  const days: [PlainDateString, DanishDayOff][] = [
    [isoDate(year, 1, 1), 'newYearsDay'],
    [plusDays(easter, -3), 'maundyThursday'],
    [plusDays(easter, -2), 'goodFriday'],
    [easter, 'easterSunday'],
    [plusDays(easter, 1), 'easterMonday'],
    [plusDays(easter, 39), 'ascensionDay'],
    [plusDays(easter, 49), 'whitSunday'],
    [plusDays(easter, 50), 'whitMonday'],
    [isoDate(year, 6, 5), 'constitutionDay'],
    [isoDate(year, 12, 24), 'christmasEve'],
    [isoDate(year, 12, 25), 'christmasDay'],
    [isoDate(year, 12, 26), 'secondChristmasDay'],
    [isoDate(year, 12, 31), 'newYearsEve'],
  ];
  // Store bededag, the fourth Friday after Easter, was abolished from 2024.
  if (year < 2024) days.push([plusDays(easter, 26), 'greatPrayerDay']);
  return new Map(days);
}

const cache = new Map<number, ReadonlyMap<PlainDateString, DanishDayOff>>();

/** The Danish day off a date is, if it is one. */
export function danishDayOff(date: PlainDateString): DanishDayOff | undefined {
  const year = Number(date.slice(0, 4));
  let days = cache.get(year);
  if (!days) {
    days = danishDaysOff(year);
    cache.set(year, days);
  }
  return days.get(date);
}

/**
 * True when no network meeting should be offered on a date: a Danish day off, or the quiet
 * days between Christmas and New Year (24 December to 1 January), when most are on leave.
 */
export function isClosedForMeetings(date: PlainDateString): boolean {
  const monthDay = date.slice(5);
  return danishDayOff(date) !== undefined || monthDay >= '12-24' || monthDay === '01-01';
}

import { danishDayOff, type DanishDayOff } from './danishHolidays';
import { dateInSentence, isWeekend } from './dateInSentence';
import { isPlainDate } from './dayClock';
import { FINDING_MESSAGES } from './findingMessages';
import { type Finding, finding } from './findings';
import type { Locale, Localized } from './localized';
import type { MeetingPlan } from './plan';

/** Each Danish day off by the name people know it by. */
export const DAY_OFF_NAMES: Readonly<Record<DanishDayOff, Localized>> = {
  newYearsDay: { da: 'nytårsdag', en: "New Year's Day" },
  maundyThursday: { da: 'skærtorsdag', en: 'Maundy Thursday' },
  goodFriday: { da: 'langfredag', en: 'Good Friday' },
  easterSunday: { da: 'påskedag', en: 'Easter Sunday' },
  easterMonday: { da: '2. påskedag', en: 'Easter Monday' },
  greatPrayerDay: { da: 'store bededag', en: 'General Prayer Day' },
  ascensionDay: { da: 'Kristi himmelfartsdag', en: 'Ascension Day' },
  whitSunday: { da: 'pinsedag', en: 'Whit Sunday' },
  whitMonday: { da: '2. pinsedag', en: 'Whit Monday' },
  constitutionDay: { da: 'grundlovsdag', en: 'Constitution Day' },
  christmasEve: { da: 'juleaftensdag', en: 'Christmas Eve' },
  christmasDay: { da: 'juledag', en: 'Christmas Day' },
  secondChristmasDay: { da: '2. juledag', en: 'Boxing Day' },
  newYearsEve: { da: 'nytårsaftensdag', en: "New Year's Eve" },
};

/** Why a date is one most people have off, as a clause: "lørdag den 4. september 2027 er …". */
function dayOffClause(date: MeetingPlan['date'], locale: Locale): string | undefined {
  const day = dateInSentence(date, locale);
  const holiday = danishDayOff(date);
  if (holiday) return `${day} ${locale === 'da' ? 'er' : 'is'} ${DAY_OFF_NAMES[holiday][locale]}`;
  if (isWeekend(date)) {
    return locale === 'da' ? `${day} er en weekenddag` : `${day} is a weekend day`;
  }
  const monthDay = date.slice(5);
  if (monthDay >= '12-24' || monthDay === '01-01') {
    return locale === 'da'
      ? `${day} ligger mellem jul og nytår`
      : `${day} falls between Christmas and New Year`;
  }
  return undefined;
}

/**
 * A warning for a date typed by hand that find-a-time would never offer: a Danish public holiday
 * (or customary day off), a Saturday or Sunday, or the days from 24 December to 1 January. A
 * warning, not an error: a meeting may have to lie there.
 */
export function dayOffFindings(plan: MeetingPlan): Finding[] {
  if (!isPlainDate(plan.date)) return [];
  const da = dayOffClause(plan.date, 'da');
  const en = dayOffClause(plan.date, 'en');
  if (da === undefined || en === undefined) return [];
  return [finding('date-day-off', FINDING_MESSAGES['date-day-off']({ details: { da, en } }))];
}

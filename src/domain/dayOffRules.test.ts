import { describe, expect, it } from 'vitest';
import { moveMeeting } from './agendaEdits';
import { dateInSentence } from './dateInSentence';
import { formatDate } from './format';
import type { MeetingPlan } from './plan';
import { aCoveredPlan, TEST_CLOCK } from './testBuilders.testSupport';
import { canSend, validatePlan } from './validatePlan';
import { plainDate } from './wallTime';

function on(date: string): MeetingPlan {
  const moved = moveMeeting(aCoveredPlan(), { date: plainDate(date) });
  if (!moved.ok) throw new Error(moved.error.message.en);
  return moved.plan;
}

const dayOff = (date: string) =>
  validatePlan(on(date), TEST_CLOCK).find((f) => f.code === 'date-day-off');

describe('dates most people have off', () => {
  it('warns on a Danish public holiday, naming it', () => {
    expect(dayOff('2027-03-29')).toMatchObject({
      severity: 'warning',
      message: {
        da: 'Mandag den 29. marts 2027 er 2. påskedag, og de fleste har fri. Vælg en anden dato, medmindre mødet skal ligge netop den dag.',
        en: 'Monday 29 March 2027 is Easter Monday, when most people are off. Choose another date unless the meeting must be on that day.',
      },
    });
    expect(dayOff('2027-05-06')?.message.da).toMatch(
      /^Torsdag den 6\. maj 2027 er Kristi himmelfartsdag/,
    );
    expect(dayOff('2027-06-05')?.message.da).toMatch(/er grundlovsdag/);
  });

  it('warns on a Saturday and a Sunday', () => {
    expect(dayOff('2027-09-04')?.message.da).toMatch(
      /^Lørdag den 4\. september 2027 er en weekenddag, og de fleste har fri\./,
    );
    expect(dayOff('2027-09-05')?.message.en).toMatch(/^Sunday 5 September 2027 is a weekend day/);
  });

  it('warns on every day from 24 December to 1 January', () => {
    expect(dayOff('2027-12-28')?.message.da).toMatch(
      /^Tirsdag den 28\. december 2027 ligger mellem jul og nytår/,
    );
    expect(dayOff('2027-12-24')?.message.da).toMatch(/er juleaftensdag/);
    expect(dayOff('2028-01-01')?.message.en).toMatch(/is New Year's Day/);
  });

  it('says nothing on an ordinary weekday, and never stops sending', () => {
    expect(dayOff('2027-09-02')).toBeUndefined();
    expect(dayOff('2027-01-02')?.message.da).toMatch(/weekenddag/);
    expect(dayOff('2027-01-04')).toBeUndefined();
    expect(canSend(validatePlan(on('2027-12-28'), TEST_CLOCK))).toBe(true);
  });
});

describe('dateInSentence', () => {
  it('writes a date as formatDate does, without Intl', () => {
    for (let day = 0; day < 400; day += 3) {
      const date = plainDate(new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10));
      for (const locale of ['da', 'en'] as const)
        expect(dateInSentence(date, locale)).toBe(formatDate(date, locale));
    }
  });
});

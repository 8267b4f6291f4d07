import { describe, expect, it } from 'vitest';
import type { FindingCode } from './findings';
import type { MeetingPlan, SeriesMeeting } from './plan';
import { SECOND_PROGRAMME } from './programmes';
import { titleForPosition, titleNumbers } from './seriesRules';
import { aCoveredPlan, TEST_CLOCK } from './testBuilders.testSupport';
import { canSend, validatePlan } from './validatePlan';
import { plainDate } from './wallTime';

const findingOf = (plan: MeetingPlan, code: FindingCode) =>
  validatePlan(plan, TEST_CLOCK).find((f) => f.code === code);
const codes = (plan: MeetingPlan) => validatePlan(plan, TEST_CLOCK).map((f) => f.code);

const meeting = (position: number, date: string, size = 3): SeriesMeeting => ({
  planId: `plan-at-${position}-${date}`,
  position,
  size,
  date: plainDate(date),
});

/** Meeting 2 of 3 (the 2nd programme) on a date, knowing the effort's other meetings. */
function secondMeeting(date: string, others: readonly SeriesMeeting[]): MeetingPlan {
  const plan = aCoveredPlan({ programme: SECOND_PROGRAMME, workplaces: 6, date });
  return { ...plan, series: { position: 2, size: 3, seriesId: 'plan-1', otherMeetings: others } };
}

describe('the series rules', () => {
  it('refuse a meeting dated before, or on the day of, an earlier meeting of the effort', () => {
    // The issue: meeting 1 on 25 January 2027, meeting 2 set to 18 January.
    const early = secondMeeting('2027-01-18', [meeting(1, '2027-01-25')]);
    expect(findingOf(early, 'series-date-order')).toMatchObject({
      severity: 'error',
      message: {
        da: 'Møde 2 i forløbet skal ligge efter møde 1, mandag den 25. januar 2027. Møderne i et forløb holdes i rækkefølge: vælg en senere dato.',
        en: 'Meeting 2 of the series must come after meeting 1, Monday 25 January 2027. The meetings of an effort are held in order: choose a later date.',
      },
    });
    expect(canSend(validatePlan(early, TEST_CLOCK))).toBe(false);
    expect(codes(secondMeeting('2027-01-25', [meeting(1, '2027-01-25')]))).toContain(
      'series-date-order',
    );
    expect(codes(secondMeeting('2027-04-08', [meeting(1, '2027-01-25')]))).toEqual([]);
  });

  it('refuse a meeting dated on or after a later meeting of the effort', () => {
    const late = secondMeeting('2027-06-10', [meeting(1, '2027-01-25'), meeting(3, '2027-06-03')]);
    expect(findingOf(late, 'series-date-order')?.message.da).toBe(
      'Møde 2 i forløbet skal ligge før møde 3, torsdag den 3. juni 2027. Møderne i et forløb holdes i rækkefølge: vælg en tidligere dato.',
    );
  });

  it('refuse a second meeting with a number the effort already has: no silent duplicate', () => {
    const copy = secondMeeting('2027-04-08', [meeting(1, '2027-01-25'), meeting(2, '2027-03-04')]);
    expect(findingOf(copy, 'series-position-taken')).toMatchObject({
      severity: 'error',
      message: {
        da: 'Forløbet har allerede et møde 2, torsdag den 4. marts 2027. Giv dette møde et andet nummer, eller gør det til et nyt forløb.',
        en: 'The series already has a meeting 2, Thursday 4 March 2027. Give this meeting another number, or make it a new effort.',
      },
    });
    // The plan's own entry (the snapshot read after it was booked) is not another meeting.
    const self = secondMeeting('2027-04-08', [meeting(1, '2027-01-25')]);
    const own = { ...meeting(2, '2027-04-08'), planId: self.id };
    expect(
      codes({
        ...self,
        series: { ...self.series, otherMeetings: [meeting(1, '2027-01-25'), own] },
      }),
    ).toEqual([]);
  });

  it('refuse a title whose number is not the meeting’s place in the series', () => {
    // The issue: meeting 3, made from meeting 2, titled "2. netværksmøde".
    const plan = secondMeeting('2027-04-08', []);
    const third = { ...plan, series: { ...plan.series, position: 3 } };
    expect(findingOf(third, 'series-title-number')).toMatchObject({
      severity: 'error',
      message: {
        da: 'Titlen siger møde 2, men mødet er nummer 3 i forløbet, og invitationen siger »Netværksmøde 3 af 3«. Ret titlen eller nummeret.',
        en: 'The title says meeting 2, but the meeting is number 3 of the series, and the invitation says “Network meeting 3 of 3”. Correct the title or the number.',
      },
    });
    const renamed = { ...third, title: titleForPosition(third.title, 3) };
    expect(renamed.title).toEqual({
      da: '3. netværksmøde om social kapital',
      en: '3rd network meeting on social capital',
    });
    expect(codes(renamed)).toEqual([]);
    // A title in one language only with a number is judged by that one.
    expect(
      codes({ ...third, title: { da: 'Netværksmøde i ældreplejen', en: '2nd meeting' } }),
    ).toContain('series-title-number');
  });

  it('warn when the effort’s invitations disagree on how many meetings it has', () => {
    const plan = secondMeeting('2027-04-08', [meeting(1, '2027-01-25', 2)]);
    expect(findingOf(plan, 'series-size-differs')).toMatchObject({
      severity: 'warning',
      message: {
        da: 'Møde 1 i forløbet blev sendt som ét af 2 møder, men dette møde siger 3. Ret antallet, så invitationerne siger det samme.',
        en: 'Meeting 1 of the series was sent as one of 2 meetings, but this one says 3. Correct the number so the invitations agree.',
      },
    });
  });
});

describe('titles and their numbers', () => {
  it('reads the number a title opens with in either language', () => {
    expect(titleNumbers({ da: '1. netværksmøde', en: '1st network meeting' })).toEqual([1, 1]);
    expect(titleNumbers({ da: 'Netværksmøde 2027', en: 'Network meeting 2027' })).toEqual([]);
    expect(titleNumbers({ da: '12.30 netværksmøde', en: '' })).toEqual([]);
  });

  it('renumbers with English ordinals and leaves titles without a number as they are', () => {
    const title = { da: '1. netværksmøde', en: '1st network meeting' };
    expect([2, 3, 4, 11, 21, 22].map((n) => titleForPosition(title, n).en)).toEqual([
      '2nd network meeting',
      '3rd network meeting',
      '4th network meeting',
      '11th network meeting',
      '21st network meeting',
      '22nd network meeting',
    ]);
    const plain = { da: 'Netværksmøde om social kapital', en: 'Network meeting' };
    expect(titleForPosition(plain, 2)).toEqual(plain);
  });

  it('renumbers a title written in one language in both, keeping which language was written', () => {
    const title = {
      da: '1. netværksmøde – hjemmeplejen',
      en: '1. netværksmøde – hjemmeplejen',
      edited: ['da' as const],
    };
    expect(titleForPosition(title, 2)).toEqual({
      da: '2. netværksmøde – hjemmeplejen',
      en: '2. netværksmøde – hjemmeplejen',
      edited: ['da'],
    });
  });
});

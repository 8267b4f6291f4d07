import { describe, expect, it } from 'vitest';
import { type MeetingPlan, plainDate, validatePlan, withStandIn } from '../domain';
import { aCoveredPlan, aPersonRef, TEST_CLOCK } from '../domain/testBuilders.testSupport';
import { nextPositionForCopy, planFromEarlier } from './copyMeeting';

const errors = (plan: MeetingPlan | undefined) =>
  plan
    ? validatePlan(plan, TEST_CLOCK)
        .filter((f) => f.severity === 'error')
        .map((f) => f.code)
    : ['no plan'];

describe('copying an earlier meeting', () => {
  it('keeps programme, people and agenda times on the new date', () => {
    const earlier = aCoveredPlan();
    for (const as of ['newEffort', 'nextMeeting'] as const) {
      const copy = planFromEarlier(earlier, { id: 'copy-1', date: plainDate('2027-05-20'), as });
      expect(copy?.id).toBe('copy-1');
      expect(copy?.date).toBe('2027-05-20');
      expect(copy?.invitees).toEqual(earlier.invitees);
      expect(copy?.agenda.map((b) => [b.start, b.end, b.title])).toEqual(
        earlier.agenda.map((b) => [b.start, b.end, b.title]),
      );
    }
  });

  it('as the next meeting: the next number, the title renumbered, the earlier one known', () => {
    // The issue: "Kopier" on meeting 1 made "1. netværksmøde…" saying "Netværksmøde 2 af 3".
    const earlier = aCoveredPlan();
    const copy = planFromEarlier(earlier, {
      id: 'copy-1',
      date: plainDate('2027-05-20'),
      as: 'nextMeeting',
    });
    expect(copy?.series).toEqual({
      position: 2,
      size: 3,
      seriesId: earlier.id,
      otherMeetings: [{ planId: earlier.id, position: 1, size: 3, date: earlier.date }],
    });
    expect(copy?.title).toEqual({
      da: '2. netværksmøde om social kapital',
      en: '2nd network meeting on social capital',
    });
    expect(errors(copy)).toEqual([]);
    // Dated before the meeting it follows: refused by the series rules.
    const early = planFromEarlier(earlier, {
      id: 'copy-2',
      date: plainDate('2026-03-05'),
      as: 'nextMeeting',
    });
    expect(errors(early)).toContain('series-date-order');
  });

  it('as a new effort: meeting 1 of its own effort, knowing of no other', () => {
    const earlier = {
      ...aCoveredPlan(),
      title: {
        da: '2. netværksmøde om social kapital',
        en: '2nd network meeting on social capital',
      },
      series: { position: 2, size: 3, seriesId: 'm0' },
    };
    const copy = planFromEarlier(earlier, {
      id: 'copy-3',
      date: plainDate('2027-05-20'),
      as: 'newEffort',
    });
    expect(copy?.series).toEqual({ position: 1, size: 3 });
    expect(copy?.title.da).toBe('1. netværksmøde om social kapital');
    expect(errors(copy)).toEqual([]);
  });

  it('offers no next meeting once the effort’s last one is planned, never a duplicate', () => {
    const earlier = aCoveredPlan();
    const last = {
      ...earlier,
      series: {
        position: 2,
        size: 3,
        seriesId: 'm0',
        otherMeetings: [
          { planId: 'm0', position: 1, size: 3, date: plainDate('2026-01-20') },
          { planId: 'm3', position: 3, size: 3, date: plainDate('2026-06-20') },
        ],
      },
    };
    expect(nextPositionForCopy(earlier)).toBe(2);
    expect(nextPositionForCopy(last)).toBeUndefined();
    expect(
      planFromEarlier(last, { id: 'x', date: plainDate('2027-06-01'), as: 'nextMeeting' }),
    ).toBeUndefined();
    expect(
      planFromEarlier(last, { id: 'x', date: plainDate('2027-06-01'), as: 'newEffort' })?.series,
    ).toEqual({ position: 1, size: 3 });
  });

  it('invites the role holders again, not the stand-ins of the meeting copied', () => {
    const earlier = aCoveredPlan();
    const vice = earlier.invitees.find((i) => i.roles.includes('medViceChair'));
    const standIn = aPersonRef('Mette Hansen');
    const copy = planFromEarlier(withStandIn(earlier, vice?.email ?? '', standIn), {
      id: 'copy-2',
      date: plainDate('2027-05-20'),
      as: 'nextMeeting',
    });
    expect(copy?.invitees.map((i) => i.email).sort()).toEqual(
      earlier.invitees.map((i) => i.email).sort(),
    );
    expect(copy?.invitees.find((i) => i.email === vice?.email)?.roles).toEqual(vice?.roles);
  });

  it('starts a copy of a changed meeting at revision none: it is a new meeting', () => {
    const copy = planFromEarlier(
      { ...aCoveredPlan(), revision: 3 },
      { id: 'c', date: plainDate('2027-05-20'), as: 'newEffort' },
    );
    expect(copy?.revision).toBeUndefined();
  });

  it('refuses a date that is not one', () => {
    expect(
      planFromEarlier(aCoveredPlan(), { id: 'x', date: plainDate('2027-02-30'), as: 'newEffort' }),
    ).toBeUndefined();
  });
});

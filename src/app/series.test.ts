import { describe, expect, it } from 'vitest';
import { type BookedMeeting, SECOND_PROGRAMME, validatePlan, withStandIn } from '../domain';
import { aCoveredPlan, aPersonRef, TEST_CLOCK } from '../domain/testBuilders.testSupport';
import { nextInSeries, presentedBefore, seriesKey } from './series';
import { copenhagenDateTimeOf, plainDate } from '../domain';

function booked(plan: ReturnType<typeof aCoveredPlan>): BookedMeeting {
  return {
    eventId: `e-${plan.id}`,
    etag: '1',
    subject: plan.title.da,
    start: copenhagenDateTimeOf(plan.date, plan.start),
    end: copenhagenDateTimeOf(plan.date, plan.end),
    organizer: { id: 'o', name: 'O', email: 'o@x.dk' },
    isOrganizer: true,
    isCancelled: false,
    webLink: '',
    responses: [],
    myResponse: 'none',
    plan,
  };
}

describe('a series of meetings', () => {
  it('starts the next meeting from the 2nd programme, linked, with the people but not the TRIOs', () => {
    const first = { ...aCoveredPlan({ workplaces: 2 }), id: 'm1' };
    const second = nextInSeries(first, { id: 'm2', date: plainDate('2027-09-02') });
    expect(second?.programme).toBe('second');
    expect(second?.focus).toEqual(SECOND_PROGRAMME.focus);
    expect(second?.series).toEqual({
      position: 2,
      size: first.series.size,
      seriesId: 'm1',
      otherMeetings: [{ planId: 'm1', position: 1, size: 3, date: first.date }],
    });
    expect(second?.title.da).toBe('2. netværksmøde om social kapital');
    expect(second?.presentingWorkplaces).toEqual([]);
    expect(second?.invitees.some((i) => i.workplaceId)).toBe(false);
    const vice = second?.invitees.find((i) => i.roles.includes('medViceChair'));
    expect(vice?.roles).toEqual(['medViceChair', 'tr']);
    expect(second && seriesKey(second)).toBe(seriesKey(first));
    const errors = second
      ? validatePlan(second, TEST_CLOCK).filter((f) => f.severity === 'error')
      : [];
    expect(errors.map((f) => f.code)).not.toContain('med-vice-chair-missing');
  });

  it('invites the real vice-chair and TRIO members again, not who stood in for them', () => {
    const first = { ...aCoveredPlan({ workplaces: 1 }), id: 'm1' };
    const vice = first.invitees.find((i) => i.roles.includes('medViceChair'));
    const tr = first.presentingWorkplaces[0]?.trio.tr;
    const member = first.invitees.find((i) => i.roles.includes('medMember'));
    const mette = aPersonRef('Mette Hansen');
    if (!vice || !tr || !member) throw new Error('missing test data');
    // The vice-chair sends a colleague who is not on the committee; a MED member covers the TR.
    const met = withStandIn(withStandIn(first, vice.email, mette), tr.email, member);
    const second = nextInSeries(met, { id: 'm2', date: plainDate('2027-09-02') });
    const emails = second?.invitees.map((i) => i.email) ?? [];
    expect(emails).not.toContain(mette.email);
    expect(second?.invitees.find((i) => i.email === vice?.email)?.roles).toEqual(vice?.roles);
    // Standing in made the member required; at the next meeting she is asked as a member again.
    expect(second?.invitees.find((i) => i.email === member?.email)).toMatchObject({
      roles: ['medMember'],
      attendance: 'optional',
    });
    expect(second?.invitees.some((i) => i.standsInFor)).toBe(false);
    // The TR presented with the first meeting's workplace: the next meeting starts without it.
    expect(emails).not.toContain(tr?.email);
    const errors = second
      ? validatePlan(second, TEST_CLOCK).filter((f) => f.severity === 'error')
      : [];
    expect(errors.map((f) => f.code)).not.toContain('med-vice-chair-missing');
  });

  it('numbers and titles the third meeting as the third, after the last one the effort knows', () => {
    // The issue: meeting 3, made from meeting 2, was titled "2. netværksmøde".
    const first = { ...aCoveredPlan({ workplaces: 2 }), id: 'm1' };
    const second = nextInSeries(first, { id: 'm2', date: plainDate('2026-05-21') });
    if (!second) throw new Error('no second');
    const third = nextInSeries(second, { id: 'm3', date: plainDate('2026-08-27') });
    expect(third?.series.position).toBe(3);
    expect(third?.title).toEqual({
      da: '3. netværksmøde om social kapital',
      en: '3rd network meeting on social capital',
    });
    expect(third?.series.otherMeetings?.map((m) => [m.planId, m.position, m.date])).toEqual([
      ['m1', 1, '2026-03-12'],
      ['m2', 2, '2026-05-21'],
    ]);
    // From meeting 1 again, once meeting 2 is known: the third, not a second meeting 2.
    const known = {
      ...first,
      series: {
        ...first.series,
        otherMeetings: [{ planId: 'm2', position: 2, size: 3, date: second.date }],
      },
    };
    expect(nextInSeries(known, { id: 'm3', date: plainDate('2026-08-27') })?.series.position).toBe(
      3,
    );
    // No fourth meeting in an effort of three.
    if (!third) throw new Error('no third');
    expect(nextInSeries(third, { id: 'm4', date: plainDate('2026-11-26') })).toBeUndefined();
  });

  it('words the next meeting for the organisation', () => {
    const first = { ...aCoveredPlan({ workplaces: 2 }), id: 'm1' };
    const next = nextInSeries(first, {
      id: 'm2',
      date: plainDate('2027-09-02'),
      organisation: 'hospital',
    });
    expect(next?.organisation).toBe('hospital');
    expect(next?.agenda.find((b) => b.id === 'reflection')?.title.da).toMatch(/på hospitalet$/);
  });

  it('shows which workplaces presented at the other meetings, in order', () => {
    const first = { ...aCoveredPlan({ workplaces: 2 }), id: 'm1' };
    const second = nextInSeries(first, { id: 'm2', date: plainDate('2027-09-02') });
    const other = { ...aCoveredPlan({ workplaces: 1 }), id: 'x' };
    if (!second) throw new Error('no second');
    const before = presentedBefore(second, [booked(other), booked(first), booked(second)]);
    expect(before.map((b) => [b.name, b.position])).toEqual(
      first.presentingWorkplaces.map((w) => [w.name, 1]),
    );
  });
});

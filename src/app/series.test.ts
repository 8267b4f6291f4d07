import { describe, expect, it } from 'vitest';
import { type BookedMeeting, SECOND_PROGRAMME, validatePlan } from '../domain';
import { aCoveredPlan, TEST_CLOCK } from '../domain/testBuilders';
import { nextInSeries, presentedBefore, seriesKey } from './series';

function booked(plan: ReturnType<typeof aCoveredPlan>): BookedMeeting {
  return {
    eventId: `e-${plan.id}`,
    etag: '1',
    subject: plan.title.da,
    start: '',
    end: '',
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
    const second = nextInSeries(first, { id: 'm2', date: '2027-09-02' });
    expect(second?.programme).toBe('second');
    expect(second?.focus).toEqual(SECOND_PROGRAMME.focus);
    expect(second?.series).toEqual({ position: 2, size: first.series.size, seriesId: 'm1' });
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

  it('shows which workplaces presented at the other meetings, in order', () => {
    const first = { ...aCoveredPlan({ workplaces: 2 }), id: 'm1' };
    const second = nextInSeries(first, { id: 'm2', date: '2027-09-02' });
    const other = { ...aCoveredPlan({ workplaces: 1 }), id: 'x' };
    if (!second) throw new Error('no second');
    const before = presentedBefore(second, [booked(other), booked(first), booked(second)]);
    expect(before.map((b) => [b.name, b.position])).toEqual(
      first.presentingWorkplaces.map((w) => [w.name, 1]),
    );
  });
});

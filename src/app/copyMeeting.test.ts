import { describe, expect, it } from 'vitest';
import { withStandIn } from '../domain';
import { aCoveredPlan, aPersonRef } from '../domain/testBuilders.testSupport';
import { planFromEarlier } from './copyMeeting';
import { plainDate } from '../domain';

describe('copying an earlier meeting', () => {
  it('keeps programme, people and agenda times on the new date, as the next meeting', () => {
    const earlier = aCoveredPlan();
    const copy = planFromEarlier(earlier, { id: 'copy-1', date: plainDate('2027-05-20') });
    expect(copy?.id).toBe('copy-1');
    expect(copy?.date).toBe('2027-05-20');
    expect(copy?.invitees).toEqual(earlier.invitees);
    expect(copy?.agenda.map((b) => [b.start, b.end, b.title])).toEqual(
      earlier.agenda.map((b) => [b.start, b.end, b.title]),
    );
    expect(copy?.series.position).toBe(Math.min(earlier.series.position + 1, earlier.series.size));
    expect(copy?.series.seriesId).toBe(earlier.series.seriesId ?? earlier.id);
  });

  it('invites the role holders again, not the stand-ins of the meeting copied', () => {
    const earlier = aCoveredPlan();
    const vice = earlier.invitees.find((i) => i.roles.includes('medViceChair'));
    const standIn = aPersonRef('Mette Hansen');
    const copy = planFromEarlier(withStandIn(earlier, vice?.email ?? '', standIn), {
      id: 'copy-2',
      date: plainDate('2027-05-20'),
    });
    expect(copy?.invitees.map((i) => i.email).sort()).toEqual(
      earlier.invitees.map((i) => i.email).sort(),
    );
    expect(copy?.invitees.find((i) => i.email === vice?.email)?.roles).toEqual(vice?.roles);
  });

  it('starts a copy of a changed meeting at revision none: it is a new meeting', () => {
    const copy = planFromEarlier(
      { ...aCoveredPlan(), revision: 3 },
      { id: 'c', date: plainDate('2027-05-20') },
    );
    expect(copy?.revision).toBeUndefined();
  });

  it('stays at the last position of the series', () => {
    const earlier = aCoveredPlan();
    const last = { ...earlier, series: { ...earlier.series, position: earlier.series.size } };
    expect(planFromEarlier(last, { id: 'x', date: plainDate('2027-06-01') })?.series.position).toBe(
      earlier.series.size,
    );
  });

  it('refuses a date that is not one', () => {
    expect(
      planFromEarlier(aCoveredPlan(), { id: 'x', date: plainDate('2027-02-30') }),
    ).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { bookingFromPlan, changeReachesEveryone } from './calendarBooking';
import type { MeetingPlan } from './plan';
import { aCoveredPlan, anInvitee } from './testBuilders.testSupport';
import { plainDate } from './wallTime';

describe('whether a change touches what every attendee sees of the meeting', () => {
  const plan = aCoveredPlan();
  const reaches = (after: MeetingPlan) =>
    changeReachesEveryone(bookingFromPlan(plan, 'da'), bookingFromPlan(after, 'da'));

  it('no, when only the attendee list changes (deliveryOf weighs the list)', () => {
    const member = plan.invitees.find((i) => i.roles.includes('medMember'));
    const replaced = {
      ...plan,
      invitees: [
        ...plan.invitees.filter((i) => i !== member),
        anInvitee(['medMember'], { name: 'Ny Medlem' }),
      ],
    };
    expect(reaches(replaced)).toBe(false);
  });

  it('yes, when the invitation names the person changed (a TRIO seat)', () => {
    const [first, ...rest] = plan.presentingWorkplaces;
    if (!first) throw new Error('no workplace');
    const newLeader = { id: 'x', name: 'Ny Leder', email: 'ny.leder@example.org' };
    const changed = {
      ...plan,
      presentingWorkplaces: [{ ...first, trio: { ...first.trio, leader: newLeader } }, ...rest],
    };
    expect(reaches(changed)).toBe(true);
  });

  it('yes, when the time changes', () => {
    expect(reaches({ ...plan, date: plainDate('2026-03-19') })).toBe(true);
  });
});

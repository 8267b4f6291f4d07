import { describe, expect, it } from 'vitest';
import { changeReachesEveryone } from './booking';
import { aCoveredPlan, anInvitee } from './testBuilders';

describe('who hears of a change to a booked meeting', () => {
  const plan = aCoveredPlan();

  it('only those concerned, when only the attendee list changes', () => {
    const member = plan.invitees.find((i) => i.roles.includes('medMember'));
    const replaced = {
      ...plan,
      invitees: [
        ...plan.invitees.filter((i) => i !== member),
        anInvitee(['medMember'], { name: 'Ny Medlem' }),
      ],
    };
    expect(changeReachesEveryone(plan, replaced, 'da')).toBe(false);
  });

  it('everyone, when the invitation names the person changed (a TRIO seat)', () => {
    const [first, ...rest] = plan.presentingWorkplaces;
    if (!first) throw new Error('no workplace');
    const newLeader = { id: 'x', name: 'Ny Leder', email: 'ny.leder@example.org' };
    const changed = {
      ...plan,
      presentingWorkplaces: [{ ...first, trio: { ...first.trio, leader: newLeader } }, ...rest],
    };
    expect(changeReachesEveryone(plan, changed, 'da')).toBe(true);
  });

  it('everyone, when the time changes', () => {
    expect(changeReachesEveryone(plan, { ...plan, date: '2026-03-19' }, 'da')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { withCommitteeMembers } from './committee';
import type { MeetingPlan } from './plan';
import { refOf } from './roster';
import { aCoveredPlan, aPersonRef, anInvitee, TEST_CLOCK } from './testBuilders.testSupport';
import { validatePlan } from './validatePlan';

function withCommittee(): MeetingPlan {
  const plan = aCoveredPlan();
  const left = anInvitee(['medMember'], { name: 'Lise Gået', attendance: 'optional' });
  const alsoManager = anInvitee(['middleManager', 'medMember'], { name: 'Mona Begge' });
  const byHand = anInvitee(['medMember'], { name: 'Hans Hånd', attendance: 'optional' });
  const member = plan.invitees.find((i) => i.roles.includes('medMember'));
  if (!member) throw new Error('missing test data');
  return {
    ...plan,
    invitees: [...plan.invitees, left, alsoManager, byHand],
    medCommittee: {
      name: 'H-MED',
      groupId: 'g-hmed',
      members: [member, left, alsoManager].map(refOf),
    },
  };
}

describe('the MED committee read again from the directory', () => {
  it('invites who joined, lets go of who left, and keeps other roles and hand-picked members', () => {
    const plan = withCommittee();
    const [member, left, alsoManager] = plan.medCommittee?.members ?? [];
    const joined = aPersonRef('Jonas Ny');
    if (!member || !left || !alsoManager) throw new Error('missing test data');
    const next = withCommitteeMembers(plan, [member, joined]);
    const find = (email: string) => next.invitees.find((i) => i.email === email);

    expect(find(joined.email)).toMatchObject({ roles: ['medMember'], attendance: 'optional' });
    expect(find(left.email)).toBeUndefined();
    expect(find(alsoManager.email)?.roles).toEqual(['middleManager']);
    expect(next.invitees.find((i) => i.name === 'Hans Hånd')?.roles).toEqual(['medMember']);
    expect(next.medCommittee).toEqual({
      name: 'H-MED',
      groupId: 'g-hmed',
      members: [refOf(member), refOf(joined)],
    });
    // Coverage reads the new list: nobody of the committee is missing.
    expect(validatePlan(next, TEST_CLOCK).map((f) => f.code)).not.toContain(
      'med-committee-incomplete',
    );
    expect(
      validatePlan({ ...plan, medCommittee: next.medCommittee }, TEST_CLOCK).map((f) => f.code),
    ).toContain('med-committee-incomplete');
  });

  it('leaves a plan without a committee snapshot as it is', () => {
    const plan = aCoveredPlan();
    expect(withCommitteeMembers(plan, [aPersonRef()])).toBe(plan);
  });
});

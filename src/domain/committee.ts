import { personKey } from './invitees';
import type { Invitee, MeetingPlan } from './plan';
import { inviteeFor } from './roleInvitees';
import { type PersonRef, refOf } from './roster';

/**
 * The plan with the MED committee as its directory group has it now: members who joined are
 * invited as members (asked as members are by default), members who left lose the member role
 * and drop out unless they come as something else, and the snapshot coverage reads is replaced.
 * Only those the earlier snapshot listed lose the role: a member invited by hand stays. The chair
 * and vice-chair are the plan's: the directory group does not say who holds them.
 */
export function withCommitteeMembers(
  plan: MeetingPlan,
  members: readonly PersonRef[],
): MeetingPlan {
  if (!plan.medCommittee) return plan;
  const now = new Set(members.map((m) => personKey(m.email)));
  const before = new Set(plan.medCommittee.members.map((m) => personKey(m.email)));
  const invitees = plan.invitees.flatMap((i): Invitee[] => {
    const key = personKey(i.email);
    if (!i.roles.includes('medMember') || now.has(key) || !before.has(key)) return [i];
    const roles = i.roles.filter((r) => r !== 'medMember');
    return roles.length > 0 ? [{ ...i, roles }] : [];
  });
  const invited = new Set(invitees.map((i) => personKey(i.email)));
  const joined = members
    .filter((m) => !invited.has(personKey(m.email)))
    .map((m) => inviteeFor(m, 'medMember'));
  return {
    ...plan,
    invitees: [...invitees, ...joined],
    medCommittee: { ...plan.medCommittee, members: members.map(refOf) },
  };
}

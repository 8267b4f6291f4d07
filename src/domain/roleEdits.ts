import { personKey, withInviteesAdded } from './invitees';
import type { MeetingPlan } from './plan';
import { inviteeFor } from './roleInvitees';
import type { Role } from './roles';
import { seatOfRole } from './trioSeats';
import { withSeat } from './workplaceEdits';

/**
 * The plan with one more role for the person invited at `email`, folded into their entry as
 * inviting them for it would (required if the role asks for it). Unknown addresses leave the
 * plan as it is.
 */
export function withRoleAdded(plan: MeetingPlan, email: string, role: Role): MeetingPlan {
  const key = personKey(email);
  const person = plan.invitees.find((i) => personKey(i.email) === key);
  if (!person || person.roles.includes(role)) return plan;
  return { ...plan, invitees: withInviteesAdded(plan.invitees, [inviteeFor(person, role)]) };
}

/**
 * The plan with one role taken from the person invited at `email`, every entry of theirs. A TRIO
 * seat they hold for that role is emptied too (they are no longer its holder, and coverage then
 * asks for one). Someone left with no role and standing in for no one is no longer invited.
 */
export function withoutRole(plan: MeetingPlan, email: string, role: Role): MeetingPlan {
  const key = personKey(email);
  const seat = seatOfRole(role);
  let out = plan;
  if (seat) {
    for (const w of plan.presentingWorkplaces) {
      const holder = w.trio[seat];
      if (holder && personKey(holder.email) === key) out = withSeat(out, w.id, seat, undefined);
    }
  }
  const invitees = out.invitees.flatMap((i) => {
    if (personKey(i.email) !== key || !i.roles.includes(role)) return [i];
    const roles = i.roles.filter((r) => r !== role);
    if (roles.length === 0 && (i.standsInFor?.length ?? 0) === 0) return [];
    return [{ ...i, roles }];
  });
  return { ...out, invitees };
}

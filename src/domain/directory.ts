import { personKey } from './invitees';
import type { PresentingWorkplace } from './plan';
import type { Role } from './roles';
import { type PersonRef, refOf, type Trio } from './roster';
import { TRIO_SEATS, type TrioSeat } from './trioSeats';

/** A person as the directory describes them, before anyone gives them a role in a plan. */
export interface DirectoryPerson extends PersonRef {
  readonly jobTitle?: string | undefined;
  readonly department?: string | undefined;
}

/** A directory group the organiser can pick a role group or a workplace from. */
export interface DirectoryGroup {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
}

/** Which directory group holds each role, as an organiser sets it up once for the organisation. */
export type RoleGroupMap = Readonly<Partial<Record<Role, string>>>;

/**
 * A workplace's TRIO from the directory: of the workplace group's members, the first who is also
 * in the group holding each seat's role (its leaders, its AMRs, its TRs). A seat nobody holds
 * stays empty, and coverage says so.
 */
export function trioFromMembership(
  members: readonly PersonRef[],
  holders: Readonly<Partial<Record<Role, readonly PersonRef[]>>>,
): Trio {
  const trio: Partial<Record<TrioSeat, PersonRef>> = {};
  for (const { seat, role } of TRIO_SEATS) {
    const inRole = new Set((holders[role] ?? []).map((h) => personKey(h.email)));
    const holder = members.find((m) => inRole.has(personKey(m.email)));
    if (holder) trio[seat] = refOf(holder);
  }
  return trio;
}

/** A directory group as a presenting workplace, with its TRIO from membership. */
export function workplaceFromGroup(
  group: { readonly id: string; readonly name: string },
  members: readonly PersonRef[],
  holders: Readonly<Partial<Record<Role, readonly PersonRef[]>>>,
): PresentingWorkplace {
  return { id: group.id, name: group.name, trio: trioFromMembership(members, holders) };
}

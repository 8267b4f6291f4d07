import { personKey } from './invitees';
import type { PresentingWorkplace, SeatChoices } from './plan';
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

/** A workplace group's TRIO as its membership gives it, and the seats it gives several for. */
export interface TrioFromMembership {
  readonly trio: Trio;
  readonly seatChoices: SeatChoices;
}

/**
 * A workplace's TRIO from the directory: of the workplace group's members, the one who is also
 * in the group holding each seat's role (its leaders, its AMRs, its TRs). A seat nobody holds
 * stays empty, and coverage says so. A seat several members hold (a group of several workplaces)
 * also stays empty, with those members as its choices: which of them presents is never guessed.
 */
export function trioFromMembership(
  members: readonly PersonRef[],
  holders: Readonly<Partial<Record<Role, readonly PersonRef[]>>>,
): TrioFromMembership {
  const trio: Partial<Record<TrioSeat, PersonRef>> = {};
  const seatChoices: Partial<Record<TrioSeat, readonly PersonRef[]>> = {};
  for (const { seat, role } of TRIO_SEATS) {
    const inRole = new Set((holders[role] ?? []).map((h) => personKey(h.email)));
    const found = members.filter((m) => inRole.has(personKey(m.email)));
    const [only] = found;
    if (found.length === 1 && only) trio[seat] = refOf(only);
    else if (found.length > 1) seatChoices[seat] = found.map(refOf);
  }
  return { trio, seatChoices };
}

/** A directory group as a presenting workplace, with its TRIO (or its choices) from membership. */
export function workplaceFromGroup(
  group: { readonly id: string; readonly name: string },
  members: readonly PersonRef[],
  holders: Readonly<Partial<Record<Role, readonly PersonRef[]>>>,
): PresentingWorkplace {
  const { trio, seatChoices } = trioFromMembership(members, holders);
  return Object.keys(seatChoices).length > 0
    ? { id: group.id, name: group.name, trio, seatChoices }
    : { id: group.id, name: group.name, trio };
}

/** True when the workplace's group gave more than one person for a TRIO seat. */
export function hasSeatChoices(workplace: PresentingWorkplace): boolean {
  return Object.values(workplace.seatChoices ?? {}).some((c) => (c?.length ?? 0) > 1);
}

import type { Attendance, Invitee, PresentingWorkplace } from './plan';
import type { Role } from './roles';
import { type PersonRef, refOf, type Trio, TRIO_SEATS } from './roster';

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

function key(p: PersonRef): string {
  return p.email.trim().toLowerCase();
}

/**
 * A workplace's TRIO from the directory: of the workplace group's members, the first who is also
 * in the group holding each seat's role (its leaders, its AMRs, its TRs). A seat nobody holds
 * stays empty, and coverage says so.
 */
export function trioFromMembership(
  members: readonly PersonRef[],
  holders: Readonly<Partial<Record<Role, readonly PersonRef[]>>>,
): Trio {
  const trio: Partial<Record<(typeof TRIO_SEATS)[number]['seat'], PersonRef>> = {};
  for (const { seat, role } of TRIO_SEATS) {
    const inRole = new Set((holders[role] ?? []).map(key));
    const holder = members.find((m) => inRole.has(key(m)));
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

/** A group's members as invitees, each tagged with the role they are invited for. */
export function inviteesForRole(
  members: readonly PersonRef[],
  role: Role,
  attendance: Attendance = 'required',
): Invitee[] {
  return members.map((m) => ({ ...refOf(m), roles: [role], workplaceId: undefined, attendance }));
}

/**
 * How someone invited for a role is asked by default: the committee's ordinary members, staff
 * besides HR and work environment, and employees are welcome; everyone the guide counts on must
 * come. The organiser can change it per person.
 */
export function defaultAttendanceFor(role: Role): Attendance {
  return role === 'medMember' || role === 'otherStaff' || role === 'employee'
    ? 'optional'
    : 'required';
}

/**
 * How someone holding these roles is asked by default: required if any of the roles is. Used
 * when a person keeps only some of their roles (a TRIO seat or a stand-in's part ends).
 */
export function defaultAttendanceForRoles(roles: readonly Role[]): Attendance {
  return roles.some((r) => defaultAttendanceFor(r) === 'required') ? 'required' : 'optional';
}

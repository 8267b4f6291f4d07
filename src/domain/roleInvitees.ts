import type { Attendance, Invitee } from './plan';
import type { Role } from './roles';
import { type PersonRef, refOf } from './roster';
import { roleOfSeat, type TrioSeat } from './trioSeats';

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

/**
 * A person invited for one role, as the plan stores them: their reference only, asked as the
 * role asks by default unless told otherwise, and tied to a workplace only for its TRIO seat.
 */
export function inviteeFor(
  person: PersonRef,
  role: Role,
  options: { readonly attendance?: Attendance; readonly workplaceId?: string } = {},
): Invitee {
  return {
    ...refOf(person),
    roles: [role],
    workplaceId: options.workplaceId,
    attendance: options.attendance ?? defaultAttendanceFor(role),
  };
}

/** The holder of a workplace's TRIO seat as invited for it: required, and tied to the workplace. */
export function inviteeForSeat(person: PersonRef, seat: TrioSeat, workplaceId: string): Invitee {
  return inviteeFor(person, roleOfSeat(seat), { workplaceId, attendance: 'required' });
}

/** A group's members as invitees, each tagged with the role they are invited for. */
export function inviteesForRole(
  members: readonly PersonRef[],
  role: Role,
  attendance: Attendance = 'required',
): Invitee[] {
  return members.map((m) => inviteeFor(m, role, { attendance }));
}

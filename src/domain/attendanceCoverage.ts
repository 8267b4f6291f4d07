import { namesOf, rolesOf } from './coverageRules';
import { FINDING_MESSAGES } from './findingMessages';
import { type Finding, finding } from './findings';
import { sameInBoth } from './localized';
import { indexInvitees, personKey, rolesAtMeeting } from './invitees';
import type { Invitee, MeetingPlan } from './plan';
import { coversRole, findInvitee, holdersOf, requirementsOf } from './requirements';
import { ROLES, type Role } from './roles';

/** An invitee's answer to the invitation, as the calendar has it. */
export type AttendanceResponse = 'accepted' | 'tentative' | 'declined' | 'none';

/** One invitee's answer, keyed by the address the invitation went to. */
export interface InviteeResponse {
  readonly email: string;
  readonly response: AttendanceResponse;
  /** The name the event lists the attendee under (it may carry their roles). */
  readonly name?: string | undefined;
}

/** Who in one role has answered what. */
export interface RoleAttendance {
  readonly role: Role;
  readonly accepted: readonly Invitee[];
  readonly tentative: readonly Invitee[];
  readonly declined: readonly Invitee[];
  readonly none: readonly Invitee[];
}

/** The state of a booked meeting's roles after the invitees have answered (or not). */
export interface AttendanceCoverage {
  /** Per role that anyone is invited for, in the order of the role list. */
  readonly roles: readonly RoleAttendance[];
  readonly findings: readonly Finding[];
  /** True while no answer so far leaves a required role or presenter uncovered. */
  readonly covered: boolean;
}

/**
 * Reads the invitees' answers against what the plan needs: a role whose every required holder
 * declined, a block whose presenter declined with no one left to take it, a TRIO member who
 * declined, and the roles no required holder has confirmed yet. Unknown addresses are ignored; a missing answer
 * counts as none.
 */
export function attendanceCoverage(
  plan: MeetingPlan,
  responses: readonly InviteeResponse[],
): AttendanceCoverage {
  const answers = new Map(responses.map((r) => [personKey(r.email), r.response]));
  const answerOf = (i: Invitee): AttendanceResponse => answers.get(personKey(i.email)) ?? 'none';
  const index = indexInvitees(plan.invitees);
  const req = requirementsOf(plan);
  const findings: Finding[] = [];

  // Only required invitees cover a role (`coversRole`): an optional one who accepts does not
  // cover it, and one who declines leaves nothing open.
  for (const rule of req.roles) {
    const holders = holdersOf(index, rule.roles).filter(coversRole);
    if (holders.length === 0) continue; // validatePlan reports a role not covered.
    const declined = holders.filter((h) => answerOf(h) === 'declined');
    if (declined.length === holders.length) {
      findings.push(
        finding(
          'attendance-role-declined',
          FINDING_MESSAGES['attendance-role-declined']({
            roles: rolesOf(rule.roles),
            people: namesOf(declined),
          }),
          { roles: rule.roles, personIds: declined.map((d) => d.id) },
        ),
      );
    } else if (!holders.some((h) => answerOf(h) === 'accepted')) {
      findings.push(
        finding(
          'attendance-awaiting',
          FINDING_MESSAGES['attendance-awaiting']({ roles: rolesOf(rule.roles) }),
          {
            roles: rule.roles,
            personIds: holders.map((h) => h.id),
          },
        ),
      );
    }
  }

  for (const { block, role } of req.presenterRoles) {
    const holders = (index.byRole.get(role) ?? []).filter(coversRole);
    const declined = holders.filter((h) => answerOf(h) === 'declined');
    if (holders.length === 0 || declined.length < holders.length) continue;
    findings.push(
      finding(
        'attendance-presenter-declined',
        FINDING_MESSAGES['attendance-presenter-declined']({
          people: namesOf(declined),
          blocks: block.title,
          roles: rolesOf([role]),
        }),
        { blockIds: [block.id], roles: [role], personIds: declined.map((d) => d.id) },
      ),
    );
  }
  for (const { block, person } of req.presenterPeople) {
    const invitee = findInvitee(index, person);
    if (!invitee || answerOf(invitee) !== 'declined') continue;
    findings.push(
      finding(
        'attendance-presenter-declined',
        FINDING_MESSAGES['attendance-presenter-declined']({
          people: namesOf([invitee]),
          blocks: block.title,
          roles: rolesOf(rolesAtMeeting(invitee)),
        }),
        { blockIds: [block.id], personIds: [invitee.id] },
      ),
    );
  }
  for (const seat of req.trioSeats) {
    const invitee = seat.person && findInvitee(index, seat.person);
    if (!invitee || answerOf(invitee) !== 'declined') continue;
    findings.push(
      finding(
        'attendance-trio-declined',
        FINDING_MESSAGES['attendance-trio-declined']({
          people: namesOf([invitee]),
          workplaces: sameInBoth(seat.workplace.name),
        }),
        { workplaceIds: [seat.workplace.id], roles: [seat.role], personIds: [invitee.id] },
      ),
    );
  }

  const roles = ROLES.flatMap((role): RoleAttendance[] => {
    const holders = index.byRole.get(role);
    if (!holders) return [];
    const by = (r: AttendanceResponse) => holders.filter((h) => answerOf(h) === r);
    return [
      {
        role,
        accepted: by('accepted'),
        tentative: by('tentative'),
        declined: by('declined'),
        none: by('none'),
      },
    ];
  });
  return { roles, findings, covered: findings.every((f) => f.severity !== 'error') };
}

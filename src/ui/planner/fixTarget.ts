import { type Finding, type MeetingPlan, type Role, seatOfRole, type TrioSeat } from '../../domain';

/** Where the planner takes the organiser to fix a finding. */
export type FixTarget =
  /** The person search, with the role to invite for already chosen. */
  | { readonly kind: 'invite'; readonly role: Role }
  /** A TRIO seat of a presenting workplace. */
  | { readonly kind: 'seat'; readonly workplaceId: string; readonly seat: TrioSeat }
  /** A block's start time in the agenda editor. */
  | { readonly kind: 'block'; readonly blockId: string }
  /** A control of the planner, by element id. */
  | { readonly kind: 'control'; readonly id: string };

/** The role each "missing" code is fixed by inviting someone for. */
const INVITE_ROLE: Partial<Record<Finding['code'], Role>> = {
  'top-management-missing': 'director',
  'middle-manager-missing': 'middleManager',
  'staff-function-missing': 'hrConsultant',
  'med-chair-missing': 'medChair',
  'med-vice-chair-missing': 'medViceChair',
  // The one person holding both: the other seat is filled by inviting someone else for it.
  'med-chair-is-vice-chair': 'medViceChair',
  'med-committee-incomplete': 'medMember',
};

/** The id of the checkbox that confirms a frame adapted past an hour over the 3 hours. */
export const FRAME_CONFIRM_ID = 'frame-confirm';

/** The id of a block's heading field in the agenda editor. */
export function blockTitleId(blockId: string): string {
  return `block-title-${blockId}`;
}

/** The id of an invitee's required/optional switch in the invitee list. */
export function attendanceSwitchId(personId: string): string {
  return `attendance-${personId}`;
}

/** Where to go to fix a finding in a plan; `undefined` for findings with nothing to jump to. */
export function fixTargetOf(finding: Finding, plan: MeetingPlan): FixTarget | undefined {
  const role = INVITE_ROLE[finding.code];
  if (role) return { kind: 'invite', role };
  const [blockId] = finding.blockIds;
  const [workplaceId] = finding.workplaceIds;
  switch (finding.code) {
    case 'title-empty':
      return { kind: 'control', id: 'meeting-title' };
    case 'date-in-past':
    case 'date-day-off':
    case 'series-date-order':
      return { kind: 'control', id: 'meeting-date' };
    case 'series-position-taken':
      return { kind: 'control', id: 'series-position' };
    case 'series-title-number':
      return { kind: 'control', id: 'meeting-title' };
    case 'series-size-differs':
      return { kind: 'control', id: 'series-size' };
    case 'frame-not-confirmed':
      return { kind: 'control', id: FRAME_CONFIRM_ID };
    case 'block-title-empty':
      return blockId ? { kind: 'control', id: blockTitleId(blockId) } : undefined;
    case 'start-in-past':
      return { kind: 'control', id: 'start-time' };
    case 'role-only-optional':
    case 'presenter-only-optional': {
      // The first of them made required covers the role.
      const [personId] = finding.personIds;
      const listed = plan.invitees.some((i) => i.id === personId);
      return personId && listed
        ? { kind: 'control', id: attendanceSwitchId(personId) }
        : { kind: 'control', id: 'invitee-list' };
    }
    case 'no-presenting-workplace':
      return { kind: 'control', id: 'workplace-search' };
    case 'trio-incomplete': {
      // An empty seat first: a filled one only lacks its invitation.
      const trio = plan.presentingWorkplaces.find((w) => w.id === workplaceId)?.trio ?? {};
      const seats = finding.roles.flatMap((r) => seatOfRole(r) ?? []);
      const seat = seats.find((s) => !trio[s]) ?? seats[0];
      return workplaceId && seat ? { kind: 'seat', workplaceId, seat } : undefined;
    }
    case 'presenter-not-invited':
    case 'presenter-role-missing': {
      const [presenterRole] = finding.roles;
      if (presenterRole) return { kind: 'invite', role: presenterRole };
      return blockId ? { kind: 'block', blockId } : undefined;
    }
    case 'workplace-not-presenting':
      return { kind: 'control', id: 'workplace-search' };
    case 'blocks-overlap':
    case 'block-outside-meeting':
    case 'block-ends-before-start':
    case 'gap-between-blocks':
    case 'no-break':
      return blockId ? { kind: 'block', blockId } : { kind: 'control', id: 'start-time' };
    case 'meeting-ends-before-start':
    case 'meeting-length-unusual':
      return { kind: 'control', id: 'start-time' };
    case 'frame-exceeded':
      // Shortening the agenda is what brings it back within the frame.
      return { kind: 'control', id: 'agenda-heading' };
    case 'series-position-out-of-range':
    case 'series-size-unusual':
      return { kind: 'control', id: 'series-position' };
    case 'too-many-attendees':
    case 'invalid-email':
    case 'duplicate-merged':
      return { kind: 'control', id: 'invitee-list' };
    case 'agenda-empty':
      return { kind: 'control', id: 'agenda-heading' };
    default:
      return undefined;
  }
}

import {
  defaultAttendanceFor,
  type DirectoryPerson,
  type Finding,
  type MeetingPlan,
  type PlanningClock,
  refOf,
  type PlainDateString,
  type Role,
  timingFindings,
  type WallTime,
  withStandIn,
} from '../domain';
import { plannerReducer } from './planner';

/** A change an organiser makes to a booked meeting's people while following it up. */
export type FollowUpEdit =
  | { readonly kind: 'add'; readonly person: DirectoryPerson; readonly role: Role }
  | { readonly kind: 'replace'; readonly email: string; readonly person: DirectoryPerson }
  | { readonly kind: 'move'; readonly date: PlainDateString; readonly start: WallTime };

/**
 * Applies follow-up edits to a plan. Kept as edits, not as a changed plan, so that when another
 * organiser saved first they can be laid on top of the meeting as it now is and nothing is lost.
 * A replacement stands in for the replaced person at this meeting only (`withStandIn`): they
 * cover the roles, attendance and TRIO seat here, and the plan keeps who holds them.
 */
export function applyFollowUpEdits(plan: MeetingPlan, edits: readonly FollowUpEdit[]): MeetingPlan {
  let state = { plan };
  for (const edit of edits) {
    if (edit.kind === 'move') {
      // The whole agenda moves with the meeting; a time the domain refuses leaves it as it was.
      state = plannerReducer(state, { type: 'move', date: edit.date, start: edit.start });
      continue;
    }
    if (edit.kind === 'add') {
      state = plannerReducer(state, {
        type: 'invite',
        invitees: [
          {
            ...refOf(edit.person),
            roles: [edit.role],
            workplaceId: undefined,
            attendance: defaultAttendanceFor(edit.role),
          },
        ],
      });
      continue;
    }
    // Who comes to this meeting changes, not who holds the role or the TRIO seat.
    state = { plan: withStandIn(state.plan, edit.email, refOf(edit.person)) };
  }
  return state.plan;
}

/**
 * What stops saving follow-up edits: a move to a date before today, or to a start today that has
 * already passed. Exchange would send it to every attendee all the same, so it is refused here,
 * by the same rule that keeps a new plan from being sent.
 */
export function followUpRefusals(
  before: MeetingPlan,
  after: MeetingPlan,
  clock: PlanningClock,
): Finding[] {
  const moved = before.date !== after.date || before.start !== after.start;
  return moved ? timingFindings(after, clock) : [];
}

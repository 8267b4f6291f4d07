import {
  defaultAttendanceFor,
  type DirectoryPerson,
  type MeetingPlan,
  personKey,
  refOf,
  type PlainDateString,
  type Role,
  TRIO_SEATS,
  type WallTime,
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
 * A replacement takes over the replaced person's roles, attendance and TRIO seat.
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
    const old = state.plan.invitees.find((i) => personKey(i.email) === personKey(edit.email));
    if (!old) continue;
    for (const w of state.plan.presentingWorkplaces) {
      for (const { seat } of TRIO_SEATS) {
        const holder = w.trio[seat];
        if (holder && personKey(holder.email) === personKey(old.email)) {
          state = plannerReducer(state, {
            type: 'seat',
            workplaceId: w.id,
            seat,
            person: refOf(edit.person),
          });
        }
      }
    }
    const left = state.plan.invitees.find((i) => personKey(i.email) === personKey(old.email));
    state = plannerReducer(state, { type: 'uninvite', email: old.email });
    if (left) {
      state = plannerReducer(state, {
        type: 'invite',
        invitees: [{ ...left, ...refOf(edit.person) }],
      });
    }
  }
  return state.plan;
}

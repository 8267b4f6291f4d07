import type { DirectoryPerson } from './directory';
import type { Finding } from './findings';
import type { MeetingPlan, PlainDateString, WallTime } from './plan';
import { applyPlanEdits, type PlanEdit } from './planEdits';
import { type PlanningClock, timingFindings } from './planningClock';
import { seriesErrors } from './seriesRules';
import type { Role } from './roles';
import { refOf } from './roster';

/** A change an organiser makes to a booked meeting's people while following it up. */
export type FollowUpEdit =
  | { readonly kind: 'add'; readonly person: DirectoryPerson; readonly role: Role }
  | { readonly kind: 'replace'; readonly email: string; readonly person: DirectoryPerson }
  | { readonly kind: 'move'; readonly date: PlainDateString; readonly start: WallTime };

/** The plan edit a follow-up edit is. */
function planEditOf(edit: FollowUpEdit): PlanEdit {
  switch (edit.kind) {
    case 'add':
      return { kind: 'inviteFor', person: edit.person, role: edit.role };
    case 'replace':
      // Who comes to this meeting changes, not who holds the role or the TRIO seat.
      return { kind: 'standIn', email: edit.email, person: refOf(edit.person) };
    case 'move':
      return { kind: 'move', date: edit.date, start: edit.start };
  }
}

/**
 * Applies follow-up edits to a plan. Kept as edits, not as a changed plan, so that when another
 * organiser saved first they can be laid on top of the meeting as it now is and nothing is lost.
 * A replacement stands in for the replaced person at this meeting only (`withStandIn`): they
 * cover the roles, attendance and TRIO seat here, and the plan keeps who holds them. A move the
 * domain refuses leaves the time as it was.
 */
export function applyFollowUpEdits(plan: MeetingPlan, edits: readonly FollowUpEdit[]): MeetingPlan {
  return applyPlanEdits(plan, edits.map(planEditOf));
}

/**
 * What stops saving follow-up edits: a move to a date before today, to a start today that has
 * already passed, or out of order among the effort's other meetings (on or before an earlier
 * one, on or after a later one). Exchange would send it to every attendee all the same, so it is
 * refused here, by the same rules that keep a new plan from being sent.
 */
export function followUpRefusals(
  before: MeetingPlan,
  after: MeetingPlan,
  clock: PlanningClock,
): Finding[] {
  const moved = before.date !== after.date || before.start !== after.start;
  if (!moved) return [];
  const order = seriesErrors(after).filter((f) => f.code === 'series-date-order');
  return [...timingFindings(after, clock), ...order];
}

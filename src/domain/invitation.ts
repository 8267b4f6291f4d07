import { rolesInAttendeeName } from './attendeeRoles';
import type { InvitedMeeting } from './calendarMeeting';
import { cancellationNoteIn } from './cancellation';
import { DayClock } from './dayClock';
import { agendaInInvite } from './inviteAgenda';
import { personKey } from './invitees';
import { cancelledPlanRefIn, planRefIn } from './inviteMarks';
import { expectationsFor, type RoleExpectations } from './roleExpectations';
import type { Role } from './roles';
import { type CopenhagenDateTime, dateOf, wallTimeAt } from './wallTime';

/** The answers an attendee can give an invitation. */
export type InvitationAnswer = 'accept' | 'tentativelyAccept' | 'decline';

/** A network meeting the signed-in user is invited to. */
export interface Invitation extends InvitedMeeting {
  /** The plan the invitation refers to (from its body). */
  readonly planId: string;
  /** The roles the organiser invited the user for, as the attendee list names them. */
  readonly myRoles: readonly Role[];
  /** The programme rows that count on the user, and whether the guide asks them to confirm. */
  readonly expected: RoleExpectations;
  /** For a cancelled meeting whose copy holds the cancellation's text: the organiser's message. */
  readonly cancellationNote?: string | undefined;
}

/**
 * A meeting in the user's calendar as a network-meeting invitation: told by the reference its
 * body ends with, the user's roles read from their own entry in the attendee list, and the
 * programme rows that count on them. A cancelled one stays, as in Outlook, so the attendee sees
 * it was called off rather than finding it gone; other meetings give nothing.
 */
export function invitationFrom(
  meeting: InvitedMeeting,
  me: { readonly email: string; readonly name: string },
): Invitation | undefined {
  const planId = meeting.isCancelled ? cancelledPlanRefIn(meeting.html) : planRefIn(meeting.html);
  if (!planId) return undefined;
  const mine = meeting.responses.find((r) => personKey(r.email) === personKey(me.email));
  const { name, roles } = rolesInAttendeeName(mine?.name ?? me.name);
  const expected = expectationsFor(roles, name || me.name, agendaInInvite(meeting.html));
  const cancellationNote = meeting.isCancelled ? cancellationNoteIn(meeting.html) : undefined;
  return { ...meeting, planId, myRoles: roles, expected, cancellationNote };
}

/** Epoch milliseconds of a Copenhagen date-time. */
function epochOf(dateTime: CopenhagenDateTime): number {
  return Date.parse(new DayClock(dateOf(dateTime)).instant(wallTimeAt(dateTime)));
}

/**
 * Meetings split at `now`: those still to come (or under way), soonest first; and those that
 * have ended, latest first, to look back on.
 */
export function meetingsByTime<
  T extends { readonly start: CopenhagenDateTime; readonly end: CopenhagenDateTime },
>(
  meetings: readonly T[],
  now: Date,
): { readonly upcoming: readonly T[]; readonly past: readonly T[] } {
  const at = now.getTime();
  const timed = meetings.map((m) => ({ m, start: epochOf(m.start), end: epochOf(m.end) }));
  return {
    upcoming: timed
      .filter((t) => t.end > at)
      .sort((a, b) => a.start - b.start)
      .map((t) => t.m),
    past: timed
      .filter((t) => t.end <= at)
      .sort((a, b) => b.start - a.start)
      .map((t) => t.m),
  };
}

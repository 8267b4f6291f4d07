import {
  type BookedMeeting,
  type BookedMeetingResult,
  bookedMeetingFrom,
  bookingFromPlan,
  changeReachesEveryone,
  type Invitation,
  invitationFrom,
  type InvitedMeeting,
  type Locale,
  type MeetingPlan,
} from '../domain';
import type { InstantRange, NetworkMeetingGraph } from '../graph';

/**
 * Books a plan: the domain renders the booking, Graph creates the event. Safe to call again
 * after a lost answer: the same plan books once.
 */
export async function bookPlan(
  graph: NetworkMeetingGraph,
  plan: MeetingPlan,
  locale: Locale,
): Promise<BookedMeeting> {
  const meeting = await graph.createMeeting(bookingFromPlan(plan, locale));
  return { ...meeting, plan };
}

/** A booked meeting with its plan read back, or why the plan could not be read. */
export async function openMeeting(
  graph: NetworkMeetingGraph,
  eventId: string,
): Promise<BookedMeetingResult> {
  return bookedMeetingFrom(await graph.getMeeting(eventId));
}

/**
 * Saves a changed plan to its meeting; 412 (`GraphRequestError`) if someone else saved first.
 * When only the people changed, only those added and removed are told.
 */
export async function savePlan(
  graph: NetworkMeetingGraph,
  meeting: BookedMeeting,
  plan: MeetingPlan,
  locale: Locale,
): Promise<BookedMeeting> {
  const booking = bookingFromPlan(plan, locale);
  const previous = bookingFromPlan(meeting.plan, locale);
  const saved = await graph.updateMeeting(
    meeting,
    booking,
    !changeReachesEveryone(previous, booking),
  );
  return { ...saved, plan };
}

/** The user's network meetings in a range whose plan can be read. */
export async function listBookedMeetings(
  graph: NetworkMeetingGraph,
  range: InstantRange,
): Promise<BookedMeeting[]> {
  return (await graph.listMeetings(range)).flatMap((m) => {
    const result = bookedMeetingFrom(m);
    return result.ok ? [result.meeting] : [];
  });
}

/**
 * Of the meetings in the user's calendar, the network meetings they are invited to (cancelled
 * ones marked), each with the user's roles and what the programme expects of them.
 */
export function invitationsFor(
  meetings: readonly InvitedMeeting[],
  me: { readonly email: string; readonly name: string },
): Invitation[] {
  return meetings.flatMap((m) => {
    const invitation = invitationFrom(m, me);
    return invitation ? [invitation] : [];
  });
}

import {
  asSent,
  type BookedMeeting,
  type BookedMeetingResult,
  bookedMeetingFrom,
  bookingFromPlan,
  cancellationComment,
  type ChangeDelivery,
  deliveryOf,
  type Invitation,
  invitationFrom,
  type InvitedMeeting,
  type Locale,
  type MailRecipient,
  type MeetingPlan,
  personKey,
  previewMayBeInvitation,
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
  const sent = asSent(plan, locale);
  const meeting = await graph.createMeeting(bookingFromPlan(sent, locale));
  return { ...meeting, plan: sent };
}

/** A booked meeting with its plan read back, or why the plan could not be read. */
export async function openMeeting(
  graph: NetworkMeetingGraph,
  eventId: string,
): Promise<BookedMeetingResult> {
  return bookedMeetingFrom(await graph.getMeeting(eventId));
}

/** Who will get mail, and how, if `plan` is saved over the booked meeting. */
export function deliveryOfPlan(
  meeting: BookedMeeting,
  plan: MeetingPlan,
  locale: Locale,
): ChangeDelivery {
  return deliveryOf(
    bookingFromPlan(meeting.plan, locale),
    bookingFromPlan(plan, locale),
    meeting.organizer.email,
  );
}

/** What saving a changed plan did, as read back from Exchange. */
export interface SavedChange {
  readonly meeting: BookedMeeting;
  readonly delivery: ChangeDelivery;
  /** Those the meeting was forwarded to whom the event's attendee list does not show (yet). */
  readonly notListed: readonly MailRecipient[];
}

/**
 * Saves a changed plan to its meeting; 412 (`GraphRequestError`) if someone else saved first.
 * People added and nothing else: the meeting is forwarded to them, and only they get mail.
 * Anything else is an update, and Exchange sends it to every attendee.
 * An update is a new revision of the plan (the .ics SEQUENCE).
 */
export async function savePlan(
  graph: NetworkMeetingGraph,
  meeting: BookedMeeting,
  plan: MeetingPlan,
  locale: Locale,
): Promise<SavedChange> {
  const delivery = deliveryOfPlan(meeting, plan, locale);
  // Each update every attendee is sent is a new revision of the meeting (the .ics SEQUENCE).
  const revised =
    delivery.kind === 'update' ? { ...plan, revision: (meeting.plan.revision ?? 0) + 1 } : plan;
  const booking = bookingFromPlan(revised, locale);
  const saved =
    delivery.kind === 'update'
      ? await graph.updateMeeting(meeting, booking)
      : await graph.inviteMore(
          meeting,
          booking,
          delivery.kind === 'forward' ? delivery.invited : [],
        );
  const listed = new Set(saved.responses.map((r) => personKey(r.email)));
  const notListed =
    delivery.kind === 'forward'
      ? delivery.invited.filter((p) => !listed.has(personKey(p.email)))
      : [];
  return { meeting: { ...saved, plan: asSent(revised, locale) }, delivery, notListed };
}

/**
 * Cancels a booked meeting with the organiser's message to everyone; the comment carries the
 * plan's reference, so attendees' copies stay network meetings whatever text Exchange keeps.
 */
export async function cancelBookedMeeting(
  graph: NetworkMeetingGraph,
  meeting: BookedMeeting,
  message: string,
): Promise<void> {
  await graph.cancelMeeting(meeting.eventId, cancellationComment(message, meeting.plan.id));
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
 * The meetings others organise in a range that may be network meetings, with their bodies: only
 * the events whose preview looks like an invitation have their body read.
 */
export function listInvitedMeetings(
  graph: NetworkMeetingGraph,
  range: InstantRange,
): Promise<InvitedMeeting[]> {
  return graph.listInvitedMeetings(range, previewMayBeInvitation);
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

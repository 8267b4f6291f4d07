import {
  asSent,
  type BookedMeeting,
  type BookedMeetingResult,
  bookedMeetingFrom,
  bookingFromPlan,
  cancellationComment,
  type ChangeDelivery,
  deliveryOf,
  forwardedAtRevision,
  type Invitation,
  invitationFrom,
  type InvitedMeeting,
  type Locale,
  type MailRecipient,
  type MeetingPlan,
  personKey,
  previewMayBeInvitation,
  withForwardRecorded,
  withoutForwardRecord,
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
  /**
   * Those Graph did not confirm the forward to (no answer came): the plan records them as
   * forwarded, so it is never sent again; the organiser looks, and reminds them if need be.
   */
  readonly unconfirmed: readonly MailRecipient[];
}

/** Saving refused: the plan on the event does not fit it (`BookedMeeting.mismatch`). */
export class PlanMismatchError extends Error {
  override readonly name = 'PlanMismatchError';
}

/**
 * Saves a changed plan to its meeting; 412 (`GraphRequestError`) if someone else saved first.
 * People added and nothing else: the meeting is forwarded to them, and only they get mail; the
 * plan recording them as forwarded at this revision is stored first, so a save repeated (after a
 * failure, or from a stale copy) never forwards to them again. Anything else is an update, and
 * Exchange sends it to every attendee; an update is a new revision of the plan (the .ics
 * SEQUENCE). A plan that does not fit its event (copied from another, or its times not the
 * event's) is never saved: `PlanMismatchError`.
 */
export async function savePlan(
  graph: NetworkMeetingGraph,
  meeting: BookedMeeting,
  plan: MeetingPlan,
  locale: Locale,
): Promise<SavedChange> {
  if (meeting.mismatch)
    throw new PlanMismatchError(`The plan does not fit the event (${meeting.mismatch.kind}).`);
  const delivery = deliveryOfPlan(meeting, plan, locale);
  if (delivery.kind === 'update') {
    // Each update every attendee is sent is a new revision of the meeting (the .ics SEQUENCE);
    // it reaches everyone, so no forward needs recording any more.
    const revised = withoutForwardRecord({ ...plan, revision: (meeting.plan.revision ?? 0) + 1 });
    const saved = await graph.updateMeeting(meeting, bookingFromPlan(revised, locale));
    return {
      meeting: { ...saved, plan: asSent(revised, locale) },
      delivery,
      notListed: [],
      unconfirmed: [],
    };
  }
  const already = forwardedAtRevision(meeting.plan);
  const toForward =
    delivery.kind === 'forward'
      ? delivery.invited.filter((p) => !already.has(personKey(p.email)))
      : [];
  const revised = withForwardRecorded(
    plan,
    toForward.map((p) => p.email),
  );
  const saved = await graph.inviteMore(meeting, bookingFromPlan(revised, locale), toForward);
  const listed = new Set(saved.meeting.responses.map((r) => personKey(r.email)));
  const notListed =
    delivery.kind === 'forward'
      ? delivery.invited.filter((p) => !listed.has(personKey(p.email)))
      : [];
  return {
    meeting: { ...saved.meeting, plan: asSent(revised, locale) },
    delivery,
    notListed,
    unconfirmed: saved.unconfirmed,
  };
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

import {
  type BookedMeeting,
  bookedMeetingFrom,
  type Invitation,
  type InvitationAnswer,
  invitationFrom,
  isJoinUrlOfMeeting,
  type MeetingInTeams,
  type MeetingProgramme,
  type OnlineMeetingEvent,
  programmeOfInvitation,
  programmeOfPlan,
} from '../domain';
import { GraphRequestError, type InstantRange, type NetworkMeetingGraph } from '../graph';

const DAY_MS = 86_400_000;

/**
 * Where the meeting is looked for, in turn: the days around today first (a side panel or a
 * stage is open during the meeting, a details tab mostly near it), then half a year back and a
 * year ahead, as far as the start screen lists meetings.
 */
export function searchWindows(nowMs: number): readonly InstantRange[] {
  const at = (days: number) => new Date(nowMs + days * DAY_MS).toISOString();
  return [
    { start: at(-2), end: at(2) },
    { start: at(2), end: at(365) },
    { start: at(-183), end: at(-2) },
  ];
}

/** Which event of the user's calendar a tab in a meeting is in, or why none is. */
export type MeetingLookup =
  | { readonly kind: 'found'; readonly event: OnlineMeetingEvent }
  /** The chat is no meeting's (a group chat), so there is no meeting to find. */
  | { readonly kind: 'noMeeting' }
  /** A meeting, but none of the user's calendar in the windows searched carries its link. */
  | { readonly kind: 'notInCalendar' }
  /**
   * Graph would not give the chat: the user is not in the meeting (403), or the app lacks
   * `Chat.ReadBasic` (403), or there is no such chat (404).
   */
  | { readonly kind: 'chatRefused'; readonly status: number };

/**
 * Finds the user's own copy of the meeting a tab is in. Teams names the meeting chat; its join
 * link comes from Graph (`GET /me/chats/{id}`, README "Permissions"), and the event is the one
 * whose `onlineMeeting.joinUrl` names the same meeting, in either form of link.
 */
export async function findMeetingOfChat(
  graph: NetworkMeetingGraph,
  chatId: string,
  nowMs: number,
): Promise<MeetingLookup> {
  const [nearWindow, ...laterWindows] = searchWindows(nowMs);
  // The days around today are read beside the chat, not after it: a side panel's first view
  // waits for one round trip less. Their answer is only used once the chat's link is known.
  const nearEvents = nearWindow ? graph.onlineMeetings(nearWindow) : Promise.resolve([]);
  nearEvents.catch(() => undefined);
  let joinWebUrl: string | undefined;
  try {
    joinWebUrl = await graph.meetingChatJoinUrl(chatId);
  } catch (e) {
    if (e instanceof GraphRequestError && (e.status === 403 || e.status === 404))
      return { kind: 'chatRefused', status: e.status };
    throw e;
  }
  if (!joinWebUrl) return { kind: 'noMeeting' };
  const meeting: MeetingInTeams = { chatId, joinWebUrl };
  const reads = [
    () => nearEvents,
    ...laterWindows.map((range) => () => graph.onlineMeetings(range)),
  ];
  for (const read of reads) {
    const events = await read();
    const found = events
      .filter((e) => isJoinUrlOfMeeting(e.joinUrl, meeting))
      .sort(
        (a, b) => Math.abs(Date.parse(a.start) - nowMs) - Math.abs(Date.parse(b.start) - nowMs),
      );
    if (found[0]) return { kind: 'found', event: found[0] };
  }
  return { kind: 'notInCalendar' };
}

/** What a tab shows of the meeting it is in: the organiser's, an invitee's, or neither. */
export type MeetingView =
  | { readonly kind: 'organiser'; readonly meeting: BookedMeeting }
  | { readonly kind: 'invitee'; readonly invitation: Invitation }
  /** A meeting not planned with Netværksmøder. */
  | { readonly kind: 'notNetwork'; readonly subject: string };

/**
 * The meeting as the user's own copy has it: the organiser's carries the plan, an attendee's
 * only the invitation (their roles, their part, their answer). Without either, it is not a
 * network meeting.
 */
export async function meetingViewOf(
  graph: NetworkMeetingGraph,
  event: OnlineMeetingEvent,
  me: { readonly email: string; readonly name: string },
): Promise<MeetingView> {
  if (event.isOrganizer) {
    const own = await graph.getMeeting(event.eventId);
    const read = bookedMeetingFrom(own);
    return read.ok
      ? { kind: 'organiser', meeting: read.meeting }
      : { kind: 'notNetwork', subject: own.subject };
  }
  const copy = await graph.invitedMeeting(event.eventId);
  const invitation = invitationFrom(copy, me);
  return invitation
    ? { kind: 'invitee', invitation }
    : { kind: 'notNetwork', subject: copy.subject };
}

/** The programme the room follows, from the organiser's plan or from the invitation's rows. */
export function programmeOfView(view: MeetingView): MeetingProgramme | undefined {
  if (view.kind === 'organiser') return programmeOfPlan(view.meeting.plan);
  if (view.kind === 'invitee') return programmeOfInvitation(view.invitation);
  return undefined;
}

/** An invitee's answer as their copy has it afterwards, and whether Exchange took the copy away. */
export interface AnsweredInvitation {
  readonly invitation: Invitation;
  /** Declined and moved to Deleted Items (FIDELITY.md): nothing left to answer here. */
  readonly removedFromCalendar: boolean;
}

/**
 * Answers an invitation from the meeting's own tab, as Outlook would, and reads the copy again
 * by the UID every copy shares (a declined copy may have moved, and a moved item has a new id).
 */
export async function answerInMeeting(
  graph: NetworkMeetingGraph,
  invitation: Invitation,
  answer: InvitationAnswer,
  comment: string,
  me: { readonly email: string; readonly name: string },
): Promise<AnsweredInvitation> {
  await graph.answerInvitation(invitation.eventId, answer, comment);
  const copy = invitation.iCalUId
    ? await graph.invitedMeetingByICalUId(invitation.iCalUId)
    : await graph.invitedMeeting(invitation.eventId);
  if (!copy) {
    return { invitation: { ...invitation, myResponse: 'declined' }, removedFromCalendar: true };
  }
  return { invitation: invitationFrom(copy, me) ?? invitation, removedFromCalendar: false };
}

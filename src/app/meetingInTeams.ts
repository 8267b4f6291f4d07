import {
  type BookedMeeting,
  bookedMeetingFrom,
  type Invitation,
  invitationFrom,
  isJoinUrlOfMeeting,
  type MeetingInTeams,
  type MeetingProgramme,
  type OnlineMeetingEvent,
  programmeOfInvitation,
  programmeOfPlan,
} from '../domain';
import type { InstantRange, NetworkMeetingGraph } from '../graph';

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
  | { readonly kind: 'notInCalendar' };

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
  const joinWebUrl = await graph.meetingChatJoinUrl(chatId);
  if (!joinWebUrl) return { kind: 'noMeeting' };
  const meeting: MeetingInTeams = { chatId, joinWebUrl };
  for (const range of searchWindows(nowMs)) {
    const events = await graph.onlineMeetings(range);
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

import type {
  Availability,
  CalendarBooking,
  CalendarMeeting,
  DirectoryGroup,
  DirectoryPerson,
  InvitationAnswer,
  InvitedMeeting,
  OnlineMeetingEvent,
  StoredPlan,
} from '../domain';
import { meetingChatJoinUrl } from './chats';
import {
  answerMeetingEvent,
  cancelMeetingEvent,
  createMeetingEvent,
  eventChangeKey,
  forwardMeetingEvent,
  getMeetingEvent,
  type InviteOutcome,
  inviteToMeetingEvent,
  listMeetingEvents,
  onlineMeetingEvents,
  updateMeetingEvent,
} from './events';
import type { GraphClient } from './graphClient';
import { groupMembers, memberGroups, searchGroups } from './groups';
import { listInvitedMeetings, type MayBeInvitation } from './invitations';
import { invitedMeetingByICalUId, invitedMeetingById, storePlanOnEvent } from './outlookItem';
import { getAvailability } from './schedule';
import { findPeople, getMe } from './users';

/** A range of time as UTC instants (`2027-03-01T00:00:00Z`). */
export interface InstantRange {
  readonly start: string;
  readonly end: string;
}

/**
 * Everything the app asks of Microsoft Graph, in domain terms. The UI holds one of these and
 * never sees a Graph object; every failure is a `GraphRequestError`.
 */
export interface NetworkMeetingGraph {
  me(): Promise<DirectoryPerson>;
  /** People for a search box; the members of group `firstFrom` (nested included) first. */
  findPeople(text: string, firstFrom?: string): Promise<DirectoryPerson[]>;
  findGroups(text: string): Promise<DirectoryGroup[]>;
  /** Each group's users, nested groups expanded. */
  groupMembers(groupIds: readonly string[]): Promise<Map<string, DirectoryPerson[]>>;
  /** The groups directly inside a group (an administration's workplaces). */
  memberGroups(groupId: string): Promise<DirectoryGroup[]>;
  availability(emails: readonly string[], range: InstantRange): Promise<Availability[]>;
  createMeeting(booking: CalendarBooking): Promise<CalendarMeeting>;
  getMeeting(eventId: string): Promise<CalendarMeeting>;
  listMeetings(range: InstantRange): Promise<CalendarMeeting[]>;
  /**
   * The meetings others organise that `mayBeInvitation` lets through, with their bodies (not
   * those the user organises); only those bodies are read.
   */
  listInvitedMeetings(
    range: InstantRange,
    mayBeInvitation: MayBeInvitation,
  ): Promise<InvitedMeeting[]>;
  /**
   * Saves a changed booking: Exchange sends every attendee an update, those added an invitation
   * and those removed a cancellation.
   */
  updateMeeting(meeting: CalendarMeeting, booking: CalendarBooking): Promise<CalendarMeeting>;
  /**
   * Invites people to a booked meeting by forwarding it to them, so nobody else is told: the
   * booking's plan (recording them as forwarded) is stored first, then the forward goes; safe
   * to repeat. The meeting as Exchange then has it comes back, with those Graph did not confirm
   * the forward to (`inviteToMeetingEvent`).
   */
  inviteMore(
    meeting: CalendarMeeting,
    booking: CalendarBooking,
    people: readonly { readonly name: string; readonly email: string }[],
  ): Promise<InviteOutcome>;
  cancelMeeting(eventId: string, comment: string): Promise<void>;
  answerInvitation(eventId: string, answer: InvitationAnswer, comment?: string): Promise<void>;
  /** Sends the invitation again, with a comment, to attendees who have not answered. */
  remind(eventId: string, emails: readonly string[], comment: string): Promise<void>;
  /**
   * Stores a plan on an event the organiser saved in Outlook, as a booking stores it, unless a
   * plan other than the one at `basis` (the mark of the stored plan the pane started from,
   * `null` for none) was stored since: 412. Returns the mark of this write, the next basis.
   */
  storePlan(eventId: string, plan: StoredPlan, basis?: string | null): Promise<string>;
  /** The user's own copy of a meeting, body included (the Outlook item an attendee opened). */
  invitedMeeting(eventId: string): Promise<InvitedMeeting>;
  /** The user's copy of a meeting by the UID all copies share; undefined if it is gone. */
  invitedMeetingByICalUId(iCalUId: string): Promise<InvitedMeeting | undefined>;
  /**
   * The join link of the meeting whose chat a tab in a meeting is in (`Chat.ReadBasic`), or
   * undefined when the chat is no meeting's.
   */
  meetingChatJoinUrl(chatId: string): Promise<string | undefined>;
  /** The user's Teams meetings (join link, organiser or not) starting in a range. */
  onlineMeetings(range: InstantRange): Promise<OnlineMeetingEvent[]>;
  /** The event's change key: read once a minute to tell whether the meeting changed. */
  changeKey(eventId: string): Promise<string>;
}

/** The Graph layer over a configured client. */
export function networkMeetingGraph(graph: GraphClient): NetworkMeetingGraph {
  return {
    me: () => getMe(graph),
    findPeople: (text, firstFrom) => findPeople(graph, text, firstFrom),
    findGroups: (text) => searchGroups(graph, text),
    groupMembers: (ids) => groupMembers(graph, ids),
    memberGroups: (id) => memberGroups(graph, id),
    availability: (emails, range) => getAvailability(graph, emails, range),
    createMeeting: (booking) => createMeetingEvent(graph, booking),
    getMeeting: (eventId) => getMeetingEvent(graph, eventId),
    listMeetings: (range) => listMeetingEvents(graph, range),
    listInvitedMeetings: (range, test) => listInvitedMeetings(graph, range, test),
    updateMeeting: (meeting, booking) => updateMeetingEvent(graph, meeting, booking),
    inviteMore: (meeting, booking, people) => inviteToMeetingEvent(graph, meeting, booking, people),
    cancelMeeting: (eventId, comment) => cancelMeetingEvent(graph, eventId, comment),
    answerInvitation: (eventId, answer, comment) =>
      answerMeetingEvent(graph, eventId, answer, comment),
    remind: (eventId, emails, comment) => forwardMeetingEvent(graph, eventId, emails, comment),
    storePlan: (eventId, plan, basis) => storePlanOnEvent(graph, eventId, plan, basis),
    invitedMeeting: (eventId) => invitedMeetingById(graph, eventId),
    invitedMeetingByICalUId: (uid) => invitedMeetingByICalUId(graph, uid),
    meetingChatJoinUrl: (chatId) => meetingChatJoinUrl(graph, chatId),
    onlineMeetings: (range) => onlineMeetingEvents(graph, range),
    changeKey: (eventId) => eventChangeKey(graph, eventId),
  };
}

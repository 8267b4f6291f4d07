import { type InvitedMeeting, planRefIn } from '../domain';
import type { NetworkMeetingGraph } from '../graph';
import { listInvitedMeetings } from './meetings';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A meeting request (or cancellation) as Outlook shows it in the inbox. */
export interface MeetingRequestItem {
  /** The meeting's start as the request states it. */
  readonly start: Date;
  /** The request's body: the organiser's invitation, `NM-ref` included. */
  readonly html: string;
}

/** What was found for a meeting request. */
export type RequestedMeeting =
  /** Not a network meeting's request: its body carries no plan reference. */
  | { readonly kind: 'other' }
  /** The user's own copy of the meeting, in their calendar. */
  | { readonly kind: 'found'; readonly meeting: InvitedMeeting }
  /** A network meeting's request whose meeting is not (or no longer) in the user's calendar. */
  | { readonly kind: 'notInCalendar'; readonly planId: string };

/**
 * The user's own copy of the meeting a request in their inbox is about. The request is a message
 * (Graph's `eventMessage`): its id is not the meeting's, and the link Graph offers from it
 * (`event`, `$expand`) needs `Mail.Read`, which the app does not ask for. Exchange puts the
 * meeting in the invitee's calendar as the request arrives (tentative), with the same body, so
 * the copy is found there with `Calendars.ReadWrite`: first among the events starting when the
 * request says, by the plan reference the body ends with (unique to a meeting); if the meeting
 * has moved since this request, among the user's invitations from half a year back to a year
 * ahead, as the tab's start screen lists them.
 */
export async function meetingOfRequest(
  graph: NetworkMeetingGraph,
  request: MeetingRequestItem,
  now: Date,
): Promise<RequestedMeeting> {
  const planId = planRefIn(request.html);
  if (!planId) return { kind: 'other' };
  const same = (m: InvitedMeeting) => planRefIn(m.html) === planId;
  const at = request.start.getTime();
  const near = await graph.listInvitedMeetings(
    {
      start: new Date(at - MINUTE_MS).toISOString(),
      end: new Date(at + MINUTE_MS).toISOString(),
    },
    // Few events start in two minutes: every body is read, whatever its preview.
    () => true,
  );
  const found =
    near.find(same) ??
    (
      await listInvitedMeetings(graph, {
        start: new Date(now.getTime() - 183 * DAY_MS).toISOString(),
        end: new Date(now.getTime() + 365 * DAY_MS).toISOString(),
      })
    ).find(same);
  return found ? { kind: 'found', meeting: found } : { kind: 'notInCalendar', planId };
}

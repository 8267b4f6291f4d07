/**
 * Teams meetings as their join links name them. A calendar event carries the link as
 * `onlineMeeting.joinUrl`, the meeting's chat as `onlineMeetingInfo.joinWebUrl`; Teams writes it
 * in two forms:
 *
 * - the long form, `https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…`,
 *   which carries the meeting chat's thread id;
 * - the short form, `https://teams.microsoft.com/meet/<meeting id>?p=<passcode>`, which does not
 *   (microsoft-graph-comms-samples#829, #847).
 *
 * Two spellings of one link (escapes in another case, another query) name the same meeting, so
 * links are compared by what names the meeting in them, never as strings.
 */

import { MEETING_THREAD_ID } from './meetingThreadId';

/** What names one Teams meeting in a join link: its chat thread, or its meeting id. */
export type TeamsMeetingKey = string & { readonly __brand: 'TeamsMeetingKey' };

const TEAMS_HOST = /(^|\.)teams\.(microsoft\.com|microsoft\.us|live\.com)$/i;

function urlOf(link: string): URL | undefined {
  try {
    const url = new URL(link.trim());
    return url.protocol === 'https:' && TEAMS_HOST.test(url.hostname) ? url : undefined;
  } catch {
    return undefined;
  }
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The meeting chat's thread id (`19:meeting_…@thread.v2`) a long join link carries, if it does. */
export function threadIdOfJoinUrl(link: string): string | undefined {
  const url = urlOf(link);
  const match = url && /^\/l\/meetup-join\/([^/]+)/i.exec(url.pathname);
  const thread = match ? decoded(match[1] as string) : undefined;
  return thread && MEETING_THREAD_ID.test(thread) ? thread : undefined;
}

/** The meeting id of a short join link (`/meet/<digits>`), if it is one. */
function meetIdOfJoinUrl(link: string): string | undefined {
  const url = urlOf(link);
  return url ? /^\/meet\/(\d{6,})\/?$/.exec(url.pathname)?.[1] : undefined;
}

/** What names the meeting in a Teams join link, in either form; undefined for any other link. */
export function teamsMeetingKey(link: string): TeamsMeetingKey | undefined {
  const thread = threadIdOfJoinUrl(link);
  if (thread) return `thread:${thread}` as TeamsMeetingKey;
  const meet = meetIdOfJoinUrl(link);
  return meet ? (`meet:${meet}` as TeamsMeetingKey) : undefined;
}

/** True for a Teams join link of either form. */
export function isTeamsJoinUrl(link: string): boolean {
  return teamsMeetingKey(link) !== undefined;
}

/** Any Teams join link of either form inside a text (an invitation's body). */
export const TEAMS_JOIN_LINK_IN_TEXT =
  /https:\/\/teams\.microsoft\.com\/(?:l\/meetup-join\/|meet\/\d{6,})/i;

/** The meeting a tab is in, as Teams names it (`chat.id`, and the join link the route gave). */
export interface MeetingInTeams {
  /** The meeting chat's thread id, `19:meeting_…@thread.v2`. */
  readonly chatId: string;
  /** The meeting's join link as the chat has it, when the route could read it. */
  readonly joinWebUrl?: string | undefined;
}

/**
 * Whether an event's join link is this meeting's: the same meeting named in the chat's join link
 * (in whichever spelling), or a long link carrying the chat's own thread id.
 */
export function isJoinUrlOfMeeting(eventJoinUrl: string, meeting: MeetingInTeams): boolean {
  const key = teamsMeetingKey(eventJoinUrl);
  if (!key) return false;
  if (meeting.joinWebUrl && teamsMeetingKey(meeting.joinWebUrl) === key) return true;
  return threadIdOfJoinUrl(eventJoinUrl) === meeting.chatId;
}

/**
 * A Teams meeting chat's thread id, `19:meeting_…@thread.v2`. A file of its own (see
 * teamsJoinUrl.ts for join links): the tab's first screen finds the meeting it is in from Teams'
 * `meeting.id` without carrying the reading of join links.
 */
export const MEETING_THREAD_ID = /^19:meeting_[A-Za-z0-9+/=_-]+@thread\.v2$/;

/**
 * The chat thread id inside Teams' `meeting.id` (base64 of `0#19:meeting_…@thread.v2#0`), or
 * undefined when it is not one.
 */
export function threadIdOfMeetingId(meetingId: string): string | undefined {
  let text: string;
  try {
    text = atob(meetingId.trim());
  } catch {
    return undefined;
  }
  const thread = /^\d+#(19:meeting_[^#]+@thread\.v2)#\d+$/.exec(text)?.[1];
  return thread && MEETING_THREAD_ID.test(thread) ? thread : undefined;
}

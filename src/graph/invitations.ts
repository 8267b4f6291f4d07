import type { InvitedMeeting } from '../domain';
import { EVENT_SELECT, meetingFromEvent } from './eventMapping';
import { type EventRange, eventsStartingIn } from './events';
import type { GraphClient } from './graphClient';

/**
 * The meetings others organise in a range, as the user's own copies with their bodies: those carry
 * no plan (Exchange keeps the organiser's extension), so the app tells network meetings by the
 * reference their body ends with. Bodies are read, so the pages are kept small.
 */
export async function listInvitedMeetings(
  graph: GraphClient,
  range: EventRange,
  pageSize = 25,
): Promise<InvitedMeeting[]> {
  const events = await eventsStartingIn(graph, range, { select: `${EVENT_SELECT},body`, pageSize });
  return events.flatMap((event) => {
    const meeting = meetingFromEvent(event);
    return meeting.isOrganizer ? [] : [{ ...meeting, html: event.body?.content ?? '' }];
  });
}

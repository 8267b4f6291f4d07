import type { InvitedMeeting } from '../domain';
import { batchError, sendBatch } from './batch';
import type { EventDto } from './dto';
import { EVENT_SELECT, meetingFromEvent, PREFER_COPENHAGEN } from './eventMapping';
import { type EventRange, eventsStartingIn } from './events';
import type { GraphClient } from './graphClient';
import { withQuery } from './query';

/**
 * Whether an event may be a network-meeting invitation, told from the start of its body as text
 * (`bodyPreview`) and its subject; the domain's `previewMayBeInvitation`.
 */
export type MayBeInvitation = (preview: string, subject: string, cancelled: boolean) => boolean;

/** The largest page Graph serves of Outlook items (`$top`). */
export const EVENT_PAGE_MAX = 1000;

/**
 * How many slices of a long range are listed at once: Outlook serves an app at most four
 * requests at a time per mailbox (more get 429), and the start screen lists the user's own
 * meetings alongside. Three pages of 1,000 cover 3,000 events in one round trip.
 */
const CONCURRENT_SLICES = 3;
const SLICE_FROM_MS = 28 * 24 * 60 * 60 * 1000;

/** A range cut into equal slices on whole seconds, each slice's end the next one's start. */
export function slicesOf(range: EventRange, count: number): EventRange[] {
  const from = Math.floor(Date.parse(range.start) / 1000);
  const to = Math.ceil(Date.parse(range.end) / 1000);
  const at = (i: number) =>
    new Date(
      1000 * (i === count ? to : from + Math.floor(((to - from) * i) / count)),
    ).toISOString();
  return Array.from({ length: count }, (_, i) => ({ start: at(i), end: at(i + 1) }));
}

/**
 * The events of a range that may be invitations, read without their bodies: a long range in
 * slices listed side by side, each in pages as large as Graph serves, with only the fields that
 * tell a candidate (`bodyPreview`, the start of the body as text, and the subject).
 */
async function candidatesIn(
  graph: GraphClient,
  range: EventRange,
  mayBeInvitation: MayBeInvitation,
): Promise<EventDto[]> {
  const long = Date.parse(range.end) - Date.parse(range.start) >= SLICE_FROM_MS;
  const slices = await Promise.all(
    slicesOf(range, long ? CONCURRENT_SLICES : 1).map((slice) =>
      eventsStartingIn(graph, slice, {
        select: 'subject,bodyPreview,isOrganizer,isCancelled',
        pageSize: EVENT_PAGE_MAX,
      }),
    ),
  );
  return slices
    .flat()
    .filter(
      (e) =>
        e.isOrganizer === false &&
        mayBeInvitation(e.bodyPreview ?? '', e.subject ?? '', e.isCancelled === true),
    );
}

/**
 * The meetings others organise in a range that may be network meetings, as the user's own
 * copies with their bodies. Those copies carry no plan (Exchange keeps the organiser's
 * extension), so the app tells network meetings by the reference their body ends with; to read
 * few bodies, the listing reads only each event's preview, and the full copies of those
 * `mayBeInvitation` lets through follow in `$batch`es, all at once. A copy deleted in between is left out.
 */
export async function listInvitedMeetings(
  graph: GraphClient,
  range: EventRange,
  mayBeInvitation: MayBeInvitation,
): Promise<InvitedMeeting[]> {
  const candidates = await candidatesIn(graph, range, mayBeInvitation);
  if (candidates.length === 0) return [];
  const answers = await sendBatch(
    graph,
    candidates.map((e, i) => ({
      id: String(i),
      method: 'GET' as const,
      url: withQuery(`/me/events/${encodeURIComponent(e.id)}`, { $select: `${EVENT_SELECT},body` }),
      headers: { Prefer: PREFER_COPENHAGEN },
    })),
  );
  return candidates.flatMap((_, i) => {
    const answer = answers.get(String(i));
    if (!answer || answer.status === 404) return [];
    if (answer.status >= 400) throw batchError(answer);
    const event = answer.body as EventDto;
    const meeting = meetingFromEvent(event);
    return meeting.isOrganizer ? [] : [{ ...meeting, html: event.body?.content ?? '' }];
  });
}

import type { InvitedMeeting, StoredPlan } from '../domain';
import type { EventDto, PageDto } from './dto';
import {
  EVENT_SELECT,
  meetingFromEvent,
  planExtension,
  planMarkField,
  PREFER_COPENHAGEN,
} from './eventMapping';
import { eventPath, extensionPath, getMeetingEvent, staleCopy } from './events';
import { GraphRequestError } from './graphError';
import { call, type GraphClient } from './graphClient';
import { odataString, withQuery } from './query';

/**
 * What the Outlook add-in's panes ask of Graph about the item open in Outlook: the organiser's
 * pane stores the plan on the saved event, as the tab does when it books; the attendee's pane
 * reads the attendee's own copy, body included, since that copy carries no plan.
 */

/**
 * Stores a plan in the event's open extension, the one the tab books with, so the tab's lists
 * and follow-up find the meeting, with the same concurrency as the tab's saves: `basis` is the
 * mark of the stored plan the pane started from (`null`: none; `''`: one stored before marks;
 * `undefined`: not known, so not checked), and a plan stored since by someone else (the tab's
 * follow-up) is not overwritten: 412. The event is read first and every write carries its
 * ETag (`If-Match`). An event without a plan mark gets one first (once, typically while it is
 * still a draft), and the plan names it, so a plan copied to another event is told
 * (`planFromAnotherEvent`). Returns the mark of this write, the basis of the next.
 */
export async function storePlanOnEvent(
  graph: GraphClient,
  eventId: string,
  plan: StoredPlan,
  basis?: string | null,
): Promise<string> {
  const now = await getMeetingEvent(graph, eventId);
  const current = now.storedPlan;
  if (basis !== undefined && (current ? (current.mark ?? '') : null) !== basis) throw staleCopy();
  let etag = now.etag;
  let eventMark = current && !now.planFromAnotherEvent ? current.eventMark : undefined;
  if (!eventMark) {
    const marked = await call(
      () =>
        graph.sdk
          .api(withQuery(eventPath(eventId), { $select: 'id' }))
          .header('If-Match', etag)
          .patch(planMarkField((eventMark = crypto.randomUUID()))) as Promise<EventDto>,
    );
    etag = marked['@odata.etag'] ?? etag;
  }
  const mark = crypto.randomUUID();
  const extension = planExtension(plan, { mark, eventMark });
  const replace = () =>
    call(() => graph.sdk.api(extensionPath(eventId)).header('If-Match', etag).patch(extension));
  if (current) {
    await replace();
    return mark;
  }
  try {
    await call(() => graph.sdk.api(`${eventPath(eventId)}/extensions`).post(extension));
  } catch (e) {
    // An extension holding no plan of record (a save whose event write never landed).
    if (!(e instanceof GraphRequestError) || e.status !== 409) throw e;
    await replace();
  }
  return mark;
}

const SELECT_WITH_BODY = `${EVENT_SELECT},body`;

function invitedFrom(event: EventDto): InvitedMeeting {
  return { ...meetingFromEvent(event), html: event.body?.content ?? '' };
}

/** The user's own copy of a meeting, body included: what the attendee's pane reads. */
export async function invitedMeetingById(
  graph: GraphClient,
  eventId: string,
): Promise<InvitedMeeting> {
  const event = await call(
    () =>
      graph.sdk
        .api(withQuery(eventPath(eventId), { $select: SELECT_WITH_BODY }))
        .header('Prefer', PREFER_COPENHAGEN)
        .get() as Promise<EventDto>,
  );
  return invitedFrom(event);
}

/**
 * The user's copy of a meeting found by the iCalendar UID every copy shares, or undefined when the
 * calendar no longer holds one (Exchange moves a declined meeting to Deleted Items, and a moved
 * item gets a new id, so an answered copy is found again by its UID, not its id).
 */
export async function invitedMeetingByICalUId(
  graph: GraphClient,
  iCalUId: string,
): Promise<InvitedMeeting | undefined> {
  const page = await call(
    () =>
      graph.sdk
        .api(
          withQuery('/me/events', {
            $filter: `iCalUId eq ${odataString(iCalUId)}`,
            $select: SELECT_WITH_BODY,
            $top: 1,
          }),
        )
        .header('Prefer', PREFER_COPENHAGEN)
        .get() as Promise<PageDto<EventDto>>,
  );
  const event = page.value[0];
  return event ? invitedFrom(event) : undefined;
}

import type { InvitedMeeting, StoredPlan } from '../domain';
import type { EventDto, PageDto } from './dto';
import {
  EVENT_SELECT,
  meetingFromEvent,
  PLAN_EXTENSION_NAME,
  PREFER_COPENHAGEN,
} from './eventMapping';
import { GraphRequestError } from './graphError';
import { call, type GraphClient } from './graphClient';

/**
 * What the Outlook add-in's panes ask of Graph about the item open in Outlook: the organiser's
 * pane stores the plan on the saved event, as the tab does when it books; the attendee's pane
 * reads the attendee's own copy, body included, since that copy carries no plan.
 */

const eventPath = (eventId: string) => `/me/events/${encodeURIComponent(eventId)}`;

/**
 * Stores a plan in the event's open extension, the one the tab books with, so the tab's lists
 * and follow-up find the meeting: created if the event has none yet (`POST`), else replaced
 * (`PATCH`, after Graph's 409 `NameAlreadyExists`).
 */
export async function storePlanOnEvent(
  graph: GraphClient,
  eventId: string,
  plan: StoredPlan,
): Promise<void> {
  const data = { schemaVersion: plan.schemaVersion, plan: plan.plan };
  try {
    await call(() =>
      graph.sdk.api(`${eventPath(eventId)}/extensions`).post({
        '@odata.type': 'microsoft.graph.openTypeExtension',
        extensionName: PLAN_EXTENSION_NAME,
        ...data,
      }),
    );
  } catch (e) {
    if (!(e instanceof GraphRequestError) || e.status !== 409) throw e;
    await call(() =>
      graph.sdk
        .api(`${eventPath(eventId)}/extensions/${PLAN_EXTENSION_NAME}`)
        .patch({ '@odata.type': 'microsoft.graph.openTypeExtension', ...data }),
    );
  }
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
        .api(eventPath(eventId))
        .header('Prefer', PREFER_COPENHAGEN)
        .select(SELECT_WITH_BODY)
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
        .api('/me/events')
        .header('Prefer', PREFER_COPENHAGEN)
        .filter(`iCalUId eq '${iCalUId.replace(/'/g, "''")}'`)
        .select(SELECT_WITH_BODY)
        .top(1)
        .get() as Promise<PageDto<EventDto>>,
  );
  const event = page.value[0];
  return event ? invitedFrom(event) : undefined;
}

import type {
  CalendarBooking,
  CalendarMeeting,
  InvitationAnswer,
  OnlineMeetingEvent,
} from '../domain';
import { type BatchRequest, batchError, sendBatch } from './batch';
import type { EventDto, PageDto } from './dto';
import {
  copenhagenDateTimeOfGraph,
  createEventBody,
  EVENT_SELECT,
  eventFields,
  EXPAND_PLAN,
  EXPAND_PLAN_MARK,
  meetingFromEvent,
  PLAN_EXTENSION_NAME,
  planExtension,
  planExtensionOf,
  planMarkField,
  planMarkOf,
  pendingPlanExtension,
  PREFER_COPENHAGEN,
} from './eventMapping';
import { GraphRequestError } from './graphError';
import { call, type GraphClient, pathOf } from './graphClient';
import { teamsJoinBlock } from './teamsBlock';

const eventPath = (eventId: string) => `/me/events/${encodeURIComponent(eventId)}`;

/**
 * `POST /me/events`: books the meeting in the organiser's calendar, invites everyone and stores
 * the plan. The transaction id makes a retry after a lost answer return the same event.
 */
export async function createMeetingEvent(
  graph: GraphClient,
  booking: CalendarBooking,
): Promise<CalendarMeeting> {
  const event = await call(
    () =>
      graph.sdk
        .api('/me/events')
        .header('Prefer', PREFER_COPENHAGEN)
        .post(createEventBody(booking)) as Promise<EventDto>,
  );
  // The create answer has no extensions; the plan in it is the one just sent.
  return { ...meetingFromEvent(event), storedPlan: booking.storedPlan };
}

/**
 * The event as a meeting with its plan of record. Only an extension left with a pending plan (a
 * save whose last write failed) costs one more read: the event's plan mark says which plan won.
 */
async function meetingOf(graph: GraphClient, event: EventDto): Promise<CalendarMeeting> {
  if (!planExtensionOf(event)?.pendingPlan) return meetingFromEvent(event);
  const marked = await call(
    () =>
      graph.sdk
        .api(eventPath(event.id))
        .select('id')
        .expand(EXPAND_PLAN_MARK)
        .get() as Promise<EventDto>,
  );
  return meetingFromEvent(event, planMarkOf(marked));
}

/** `GET /me/events/{id}` with the plan and every attendee's answer. */
export async function getMeetingEvent(
  graph: GraphClient,
  eventId: string,
): Promise<CalendarMeeting> {
  const event = await call(
    () =>
      graph.sdk
        .api(eventPath(eventId))
        .header('Prefer', PREFER_COPENHAGEN)
        .select(EVENT_SELECT)
        .expand(EXPAND_PLAN)
        .get() as Promise<EventDto>,
  );
  return meetingOf(graph, event);
}

/** A range of UTC instants, as the `/me/events` listings take it. */
export interface EventRange {
  readonly start: string;
  readonly end: string;
}

/**
 * Every event of the user's calendar starting in a range, earliest first, all pages, times in
 * Copenhagen; `extra` adds to the `$filter`, `expand` to what each event carries.
 */
export async function eventsStartingIn(
  graph: GraphClient,
  range: EventRange,
  options: {
    readonly select: string;
    readonly extra?: string;
    readonly expand?: string;
    readonly pageSize: number;
  },
): Promise<EventDto[]> {
  const utc = (iso: string) => new Date(iso).toISOString().slice(0, 19);
  const filter =
    `start/dateTime ge '${utc(range.start)}' and start/dateTime lt '${utc(range.end)}'` +
    (options.extra ? ` and ${options.extra}` : '');
  const out: EventDto[] = [];
  let page = await call(() => {
    const request = graph.sdk
      .api('/me/events')
      .header('Prefer', PREFER_COPENHAGEN)
      .filter(filter)
      .select(options.select)
      .orderby('start/dateTime')
      .top(options.pageSize);
    return (options.expand ? request.expand(options.expand) : request).get() as Promise<
      PageDto<EventDto>
    >;
  });
  for (;;) {
    out.push(...page.value);
    const next = page['@odata.nextLink'];
    if (!next) return out;
    page = await call(
      () =>
        graph.sdk.api(pathOf(graph, next)).header('Prefer', PREFER_COPENHAGEN).get() as Promise<
          PageDto<EventDto>
        >,
    );
  }
}

/**
 * The user's network meetings (events carrying the plan) starting in a range of UTC instants,
 * earliest first, all pages.
 */
export async function listMeetingEvents(
  graph: GraphClient,
  range: EventRange,
  pageSize = 50,
): Promise<CalendarMeeting[]> {
  const events = await eventsStartingIn(graph, range, {
    select: EVENT_SELECT,
    extra: `extensions/any(f:f/id eq '${PLAN_EXTENSION_NAME}')`,
    expand: EXPAND_PLAN,
    pageSize,
  });
  return Promise.all(events.map((event) => meetingOf(graph, event)));
}

/**
 * The user's Teams meetings starting in a range (their own and others'), with their join links:
 * a small `$select`, many to a page, since a calendar has hundreds of events in a few months.
 */
export async function onlineMeetingEvents(
  graph: GraphClient,
  range: EventRange,
): Promise<OnlineMeetingEvent[]> {
  const events = await eventsStartingIn(graph, range, {
    select: 'isOrganizer,isCancelled,onlineMeeting,start,changeKey',
    pageSize: 250,
  });
  return events.flatMap((event) => {
    const joinUrl = event.onlineMeeting?.joinUrl;
    if (!joinUrl || event.isCancelled) return [];
    return [
      {
        eventId: event.id,
        joinUrl,
        isOrganizer: event.isOrganizer ?? false,
        start: copenhagenDateTimeOfGraph(event.start),
        changeKey: event.changeKey ?? event['@odata.etag'] ?? '',
      },
    ];
  });
}

/** The event's change key alone: one small read to tell whether anything changed. */
export async function eventChangeKey(graph: GraphClient, eventId: string): Promise<string> {
  const event = await call(
    () => graph.sdk.api(eventPath(eventId)).select('changeKey').get() as Promise<EventDto>,
  );
  return event.changeKey ?? event['@odata.etag'] ?? '';
}

/** Reads the event's body, refusing (412) when someone changed the meeting since it was read. */
async function currentBody(graph: GraphClient, meeting: CalendarMeeting): Promise<string> {
  const current = await call(
    () => graph.sdk.api(eventPath(meeting.eventId)).select('body').get() as Promise<EventDto>,
  );
  if (current['@odata.etag'] && current['@odata.etag'] !== meeting.etag) {
    throw new GraphRequestError(
      412,
      'ErrorIrresolvableConflict',
      'The meeting was changed by someone else since it was opened.',
    );
  }
  return current.body?.content ?? '';
}

/** Sends a chain of writes and the read after them in one `$batch`; any failure throws. */
async function writeAndRead(
  graph: GraphClient,
  meeting: CalendarMeeting,
  writes: readonly BatchRequest[],
): Promise<CalendarMeeting> {
  const last = writes[writes.length - 1];
  const answers = await sendBatch(graph, [
    ...writes,
    {
      id: 'read',
      method: 'GET',
      url: `${eventPath(meeting.eventId)}?$select=${encodeURIComponent(EVENT_SELECT)}&$expand=${encodeURIComponent(EXPAND_PLAN)}`,
      headers: { Prefer: PREFER_COPENHAGEN },
      ...(last ? { dependsOn: [last.id] } : {}),
    },
  ]);
  for (const { id } of [...writes, { id: 'read' }]) {
    const answer = answers.get(id);
    if (!answer || answer.status >= 400)
      throw answer ? batchError(answer) : new Error(`No answer for ${id}`);
  }
  return meetingFromEvent(answers.get('read')?.body as EventDto);
}

/** The PATCH that stores a booking's plan in the event's extension. */
function storePlan(
  meeting: CalendarMeeting,
  body: unknown,
  options: { readonly ifMatch?: boolean; readonly after?: string } = {},
): BatchRequest {
  return {
    id: 'plan',
    method: 'PATCH',
    url: `${eventPath(meeting.eventId)}/extensions/${PLAN_EXTENSION_NAME}`,
    body,
    ...(options.ifMatch ? { headers: { 'If-Match': meeting.etag } } : {}),
    ...(options.after ? { dependsOn: [options.after] } : {}),
  };
}

/**
 * Saves a changed plan to a booked meeting: times, attendees, invitation and stored plan. The
 * Teams join block Exchange put in the body is carried over. Exchange sends every attendee an
 * update (those added an invitation, those removed a cancellation). A meeting changed by someone
 * else since `meeting.etag` was read fails with 412 and nothing is saved.
 *
 * Graph cannot change an open extension in the event's own PATCH, so the pair is made safe in
 * three writes: the new plan goes into the extension as pending (checked against the ETag), the
 * event's PATCH sets its fields and a fresh plan mark together, and the plan becomes the plan of
 * record. If the last write fails, the next read finds the event's mark on the pending plan and
 * takes it; if the event's PATCH failed, the mark differs and the old plan stands.
 */
export async function updateMeetingEvent(
  graph: GraphClient,
  meeting: CalendarMeeting,
  booking: CalendarBooking,
): Promise<CalendarMeeting> {
  const block = teamsJoinBlock(await currentBody(graph, meeting));
  const html = block ? `${booking.html}\r\n${block}` : booking.html;
  const mark = crypto.randomUUID();
  const path = eventPath(meeting.eventId);
  return writeAndRead(graph, meeting, [
    {
      id: 'pending',
      method: 'PATCH',
      url: `${path}/extensions/${PLAN_EXTENSION_NAME}`,
      body: pendingPlanExtension(meeting.storedPlan ?? booking.storedPlan, booking, mark),
      headers: { 'If-Match': meeting.etag },
    },
    {
      id: 'event',
      method: 'PATCH',
      url: path,
      // Checked by the pending write just before, which changed the ETag.
      body: { ...eventFields(booking, html), ...planMarkField(mark) },
      dependsOn: ['pending'],
    },
    storePlan(meeting, planExtension(booking), { after: 'event' }),
  ]);
}

/**
 * Invites more people without telling anyone else: the organiser forwards the meeting to them
 * (`event: forward`), then the plan that names them is stored. The event's attendee list is left
 * as Exchange makes it. With nobody to invite, only the plan is stored. 412 as for an update.
 */
export async function inviteToMeetingEvent(
  graph: GraphClient,
  meeting: CalendarMeeting,
  booking: CalendarBooking,
  people: readonly { readonly name: string; readonly email: string }[],
): Promise<CalendarMeeting> {
  await currentBody(graph, meeting);
  const forward: BatchRequest | undefined =
    people.length === 0
      ? undefined
      : {
          id: 'forward',
          method: 'POST',
          url: `${eventPath(meeting.eventId)}/forward`,
          body: {
            toRecipients: people.map((p) => ({ emailAddress: { address: p.email, name: p.name } })),
            comment: '',
          },
        };
  // A forward leaves the event as it was read: a plan saved meanwhile by another organiser is
  // not overwritten.
  const plan = storePlan(meeting, planExtension(booking), {
    ifMatch: true,
    ...(forward ? { after: forward.id } : {}),
  });
  return writeAndRead(graph, meeting, forward ? [forward, plan] : [plan]);
}

/** `POST /me/events/{id}/cancel`: the organiser cancels, with a message to everyone. */
export async function cancelMeetingEvent(
  graph: GraphClient,
  eventId: string,
  comment: string,
): Promise<void> {
  await call(() => graph.sdk.api(`${eventPath(eventId)}/cancel`).post({ comment }));
}

/** `POST /me/events/{id}/accept | tentativelyAccept | decline`, as the signed-in attendee. */
export async function answerMeetingEvent(
  graph: GraphClient,
  eventId: string,
  answer: InvitationAnswer,
  comment?: string,
  sendResponse = true,
): Promise<void> {
  await call(() =>
    graph.sdk.api(`${eventPath(eventId)}/${answer}`).post({ comment: comment ?? '', sendResponse }),
  );
}

/**
 * Sends the meeting request again to some of its attendees, with a comment: a reminder to those
 * who have not answered. Needs no permission beyond reading calendars.
 */
export async function forwardMeetingEvent(
  graph: GraphClient,
  eventId: string,
  emails: readonly string[],
  comment: string,
): Promise<void> {
  await call(() =>
    graph.sdk.api(`${eventPath(eventId)}/forward`).post({
      toRecipients: emails.map((address) => ({ emailAddress: { address } })),
      comment,
    }),
  );
}

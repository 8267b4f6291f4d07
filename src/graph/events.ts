import type { CalendarBooking, CalendarMeeting, InvitationAnswer } from '../domain';
import { batchError, sendBatch } from './batch';
import type { EventDto, PageDto } from './dto';
import {
  createEventBody,
  attendeeFields,
  EVENT_SELECT,
  eventFields,
  EXPAND_PLAN,
  meetingFromEvent,
  PLAN_EXTENSION_NAME,
  planExtension,
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
  return meetingFromEvent(event);
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
  return events.map(meetingFromEvent);
}

/**
 * Saves a changed plan to a booked meeting: times, attendees, invitation and stored plan. The
 * Teams join block Exchange put in the body is carried over. A meeting changed by someone else
 * since `meeting.etag` was read fails with 412 and nothing is saved.
 */
export async function updateMeetingEvent(
  graph: GraphClient,
  meeting: CalendarMeeting,
  booking: CalendarBooking,
  attendeesOnly = false,
): Promise<CalendarMeeting> {
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
  const block = teamsJoinBlock(current.body?.content ?? '');
  const html = block ? `${booking.html}\r\n${block}` : booking.html;
  const path = eventPath(meeting.eventId);
  const answers = await sendBatch(graph, [
    {
      id: 'event',
      method: 'PATCH',
      url: path,
      headers: { 'If-Match': meeting.etag },
      body: attendeesOnly ? attendeeFields(booking) : eventFields(booking, html),
    },
    {
      id: 'plan',
      method: 'PATCH',
      url: `${path}/extensions/${PLAN_EXTENSION_NAME}`,
      body: planExtension(booking),
      dependsOn: ['event'],
    },
    {
      id: 'read',
      method: 'GET',
      url: `${path}?$select=${encodeURIComponent(EVENT_SELECT)}&$expand=${encodeURIComponent(EXPAND_PLAN)}`,
      headers: { Prefer: PREFER_COPENHAGEN },
      dependsOn: ['plan'],
    },
  ]);
  for (const id of ['event', 'plan', 'read']) {
    const answer = answers.get(id);
    if (!answer || answer.status >= 400)
      throw answer ? batchError(answer) : new Error(`No answer for ${id}`);
  }
  return meetingFromEvent(answers.get('read')?.body as EventDto);
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

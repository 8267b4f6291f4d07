import type {
  CalendarBooking,
  CalendarMeeting,
  InvitationAnswer,
  OnlineMeetingEvent,
  StoredPlan,
} from '../domain';
import { type BatchRequest, type BatchResponse, batchError, sendBatch } from './batch';
import type { EventDto, PageDto } from './dto';
import {
  copenhagenDateTimeOfGraph,
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
  createEventBody,
  createdEventMark,
} from './eventMapping';
import { GraphRequestError, OUTCOME_UNKNOWN } from './graphError';
import { call, type GraphClient, pathOf } from './graphClient';
import { odataString, withQuery } from './query';
import { teamsJoinBlock } from './teamsBlock';

/** An event of the signed-in user's calendar. */
export const eventPath = (eventId: string) => `/me/events/${encodeURIComponent(eventId)}`;

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
  // The create answer has no extensions; the plan in it is the one just sent, with its marks.
  const mark = createdEventMark(booking);
  return {
    ...meetingFromEvent(event),
    storedPlan: { ...booking.storedPlan, mark, eventMark: mark },
  };
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
        .api(withQuery(eventPath(event.id), { $select: 'id', $expand: EXPAND_PLAN_MARK }))
        .get() as Promise<EventDto>,
  );
  return meetingFromEvent(event, planMarkOf(marked));
}

/** The answer to a sub-request that must have succeeded, or its typed error. */
function bodyOf(answers: ReadonlyMap<string, BatchResponse>, id: string): EventDto {
  const answer = answers.get(id);
  if (!answer || answer.status >= 400)
    throw answer ? batchError(answer) : new Error(`No answer for ${id}`);
  return answer.body as EventDto;
}

/**
 * `GET /me/events/{id}` with the plan, every attendee's answer and the event's plan mark, in one
 * round trip (`$batch`: the extension and the extended property are two `$expand`s). A plan
 * naming another event's mark is marked `planFromAnotherEvent`. Read again if a write landed
 * between the two reads.
 */
export async function getMeetingEvent(
  graph: GraphClient,
  eventId: string,
): Promise<CalendarMeeting> {
  for (let attempt = 1; ; attempt++) {
    const answers = await sendBatch(graph, [
      {
        id: 'event',
        method: 'GET',
        url: withQuery(eventPath(eventId), { $select: EVENT_SELECT, $expand: EXPAND_PLAN }),
        headers: { Prefer: PREFER_COPENHAGEN },
      },
      {
        id: 'mark',
        method: 'GET',
        url: withQuery(eventPath(eventId), { $select: 'id', $expand: EXPAND_PLAN_MARK }),
      },
    ]);
    const event = bodyOf(answers, 'event');
    const marked = bodyOf(answers, 'mark');
    if (event['@odata.etag'] === marked['@odata.etag'] || attempt >= 3)
      return meetingFromEvent(event, planMarkOf(marked), { markRead: true });
  }
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
  const utc = (iso: string) => odataString(new Date(iso).toISOString().slice(0, 19));
  const filter =
    `start/dateTime ge ${utc(range.start)} and start/dateTime lt ${utc(range.end)}` +
    (options.extra ? ` and ${options.extra}` : '');
  const out: EventDto[] = [];
  let page = await call(
    () =>
      graph.sdk
        .api(
          withQuery('/me/events', {
            $filter: filter,
            $select: options.select,
            $orderby: 'start/dateTime',
            $top: options.pageSize,
            $expand: options.expand,
          }),
        )
        .header('Prefer', PREFER_COPENHAGEN)
        .get() as Promise<PageDto<EventDto>>,
  );
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
    extra: `extensions/any(f:f/id eq ${odataString(PLAN_EXTENSION_NAME)})`,
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
    () =>
      graph.sdk
        .api(withQuery(eventPath(eventId), { $select: 'changeKey' }))
        .get() as Promise<EventDto>,
  );
  return event.changeKey ?? event['@odata.etag'] ?? '';
}

/** The 412 a save from a stale copy gets. */
export function staleCopy(): GraphRequestError {
  return new GraphRequestError(
    412,
    'ErrorIrresolvableConflict',
    'The meeting was changed by someone else since it was opened.',
  );
}

/**
 * No answer said whether Graph did it: the connection failed, or a 503 or 504 came, which may
 * come after Exchange did the work (a write is not repeated then, `mayRepeat`).
 */
function outcomeUnknown(e: unknown): e is GraphRequestError {
  return e instanceof GraphRequestError && (e.status === 0 || e.status === 503 || e.status === 504);
}

/** The event as it is now, or undefined when it cannot be read either (still offline). */
async function readAgain(
  graph: GraphClient,
  eventId: string,
): Promise<CalendarMeeting | undefined> {
  try {
    return await getMeetingEvent(graph, eventId);
  } catch {
    return undefined;
  }
}

/**
 * A save found its copy stale: the event as it is now when it already holds exactly the plan
 * being saved (an earlier try of this save landed and its answer was lost: the organiser's own
 * save, not someone else's), else the 412.
 */
async function alreadySaved(
  graph: GraphClient,
  eventId: string,
  plan: StoredPlan,
): Promise<CalendarMeeting> {
  const now = await getMeetingEvent(graph, eventId);
  if (now.storedPlan?.plan === plan.plan) return now;
  throw staleCopy();
}

/** The app's extension on an event. */
export const extensionPath = (eventId: string) =>
  `${eventPath(eventId)}/extensions/${PLAN_EXTENSION_NAME}`;

/** The GET after a chain of writes, answered only when the last of them succeeded. */
function readAfter(eventId: string, last: string): BatchRequest {
  return {
    id: 'read',
    method: 'GET',
    url: withQuery(eventPath(eventId), { $select: EVENT_SELECT, $expand: EXPAND_PLAN }),
    headers: { Prefer: PREFER_COPENHAGEN },
    dependsOn: [last],
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
 * takes it, and the save stands; if the event's PATCH failed, the mark differs and the old plan
 * stands. When no answer tells (the connection dropped after the `$batch`, a 503 or 504), the
 * event is read again: carrying this save's mark, the save stands. A stale copy whose event
 * already holds this very plan is the organiser's own earlier try, not a conflict.
 */
export async function updateMeetingEvent(
  graph: GraphClient,
  meeting: CalendarMeeting,
  booking: CalendarBooking,
): Promise<CalendarMeeting> {
  const current = await call(
    () =>
      graph.sdk
        .api(withQuery(eventPath(meeting.eventId), { $select: 'body' }))
        .get() as Promise<EventDto>,
  );
  if (current['@odata.etag'] && current['@odata.etag'] !== meeting.etag)
    return alreadySaved(graph, meeting.eventId, booking.storedPlan);
  const block = teamsJoinBlock(current.body?.content ?? '');
  const html = block ? `${booking.html}\r\n${block}` : booking.html;
  const mark = crypto.randomUUID();
  const landed = async (e: GraphRequestError): Promise<CalendarMeeting> => {
    const now = await readAgain(graph, meeting.eventId);
    if (now?.storedPlan?.eventMark === mark) return now;
    throw e;
  };
  let answers: Map<string, BatchResponse>;
  try {
    answers = await sendBatch(graph, [
      {
        id: 'pending',
        method: 'PATCH',
        url: extensionPath(meeting.eventId),
        body: pendingPlanExtension(meeting.storedPlan ?? booking.storedPlan, booking, mark),
        headers: { 'If-Match': meeting.etag },
      },
      {
        id: 'event',
        method: 'PATCH',
        url: eventPath(meeting.eventId),
        // Checked by the pending write just before, which changed the ETag.
        body: { ...eventFields(booking, html), ...planMarkField(mark) },
        dependsOn: ['pending'],
      },
      {
        id: 'plan',
        method: 'PATCH',
        url: extensionPath(meeting.eventId),
        body: planExtension(booking.storedPlan, { mark, eventMark: mark }),
        dependsOn: ['event'],
      },
      readAfter(meeting.eventId, 'plan'),
    ]);
  } catch (e) {
    if (outcomeUnknown(e)) return landed(e);
    throw e;
  }
  const pending = answers.get('pending');
  if (pending?.status === 412) return alreadySaved(graph, meeting.eventId, booking.storedPlan);
  for (const id of ['pending', 'event']) {
    const answer = answers.get(id);
    if (!answer) return landed(new GraphRequestError(0, 'networkError', `No answer for ${id}`));
    if (answer.status >= 400) {
      const error = batchError(answer);
      if (outcomeUnknown(error)) return landed(error);
      throw error;
    }
  }
  // The event carries the mark: the save stands, whatever came of the plan's last write.
  const read = answers.get('read');
  return read && read.status < 400
    ? meetingFromEvent(read.body as EventDto)
    : getMeetingEvent(graph, meeting.eventId);
}

/** What inviting more people to a booked meeting did. */
export interface InviteOutcome {
  /** The meeting as Exchange has it after the save. */
  readonly meeting: CalendarMeeting;
  /**
   * Those the meeting may or may not have been forwarded to: Graph did not say (a dropped
   * connection, a 503 or 504). The plan records them as forwarded, so no save sends it again;
   * the organiser is told to look, and can remind them.
   */
  readonly unconfirmed: readonly { readonly name: string; readonly email: string }[];
}

function forwardRequest(
  eventId: string,
  people: readonly { readonly name: string; readonly email: string }[],
  dependsOn?: string,
): BatchRequest {
  return {
    id: 'forward',
    method: 'POST',
    url: `${eventPath(eventId)}/forward`,
    body: {
      toRecipients: people.map((p) => ({ emailAddress: { address: p.email, name: p.name } })),
      comment: '',
    },
    ...(dependsOn ? { dependsOn: [dependsOn] } : {}),
  };
}

/**
 * Puts the plan of `meeting` back after a forward Graph refused outright (nobody got it), so the
 * people it recorded as forwarded can be invited again; only while the event still holds the
 * plan written under `mark`. Best effort: the forward's own error is what the caller reports.
 */
async function restorePlan(graph: GraphClient, meeting: CalendarMeeting, mark: string) {
  const before = meeting.storedPlan;
  if (!before) return;
  const now = await readAgain(graph, meeting.eventId);
  if (now?.storedPlan?.mark !== mark) return;
  await call(() =>
    graph.sdk
      .api(extensionPath(meeting.eventId))
      .header('If-Match', now.etag)
      .patch(planExtension(before, { mark: crypto.randomUUID(), eventMark: before.eventMark })),
  ).catch(() => undefined);
}

/**
 * Invites more people without telling anyone else, as one write safe to repeat: the plan that
 * names them and records them as forwarded is stored first, checked against `meeting.etag`
 * (412 if someone else saved since), and the forward (`event: forward`) depends on it in the
 * same `$batch`, so it goes only once the plan stands. The event's attendee list is left as
 * Exchange makes it. With nobody to invite, only the plan is stored.
 *
 * When no answer tells whether it was done, the event is read again: holding this write's plan
 * (by its mark), the save stands, and those forwarded to are `unconfirmed`, never sent the
 * forward again; else nothing was done (the forward depends on the plan) and the error stands.
 * A stale copy whose event holds this very plan is an earlier try of this save: nobody is
 * forwarded to again. A forward Graph refused outright puts the earlier plan back.
 */
export async function inviteToMeetingEvent(
  graph: GraphClient,
  meeting: CalendarMeeting,
  booking: CalendarBooking,
  people: readonly { readonly name: string; readonly email: string }[],
): Promise<InviteOutcome> {
  const mark = crypto.randomUUID();
  const eventMark = meeting.storedPlan?.eventMark;
  const plan: BatchRequest = {
    id: 'plan',
    method: 'PATCH',
    url: extensionPath(meeting.eventId),
    body: planExtension(booking.storedPlan, { mark, eventMark }),
    headers: { 'If-Match': meeting.etag },
  };
  const forward = people.length > 0 ? forwardRequest(meeting.eventId, people, 'plan') : undefined;
  const done = (now: CalendarMeeting, unconfirmed: InviteOutcome['unconfirmed'] = []) => ({
    meeting: now,
    unconfirmed,
  });
  /** The plan stands, written by this call, and its forward is known not to have gone. */
  const forwardNow = async (now: CalendarMeeting): Promise<InviteOutcome> => {
    if (people.length === 0) return done(now);
    try {
      await call(() =>
        graph.sdk
          .api(`${eventPath(meeting.eventId)}/forward`)
          .post(forwardRequest('', people).body),
      );
    } catch (e) {
      if (outcomeUnknown(e)) return done(now, people);
      await restorePlan(graph, meeting, mark);
      throw e;
    }
    return done((await readAgain(graph, meeting.eventId)) ?? now);
  };
  /** No answer told: did this write's plan land? Its forward then may have gone. */
  const landed = async (e: GraphRequestError, forwardRan: boolean): Promise<InviteOutcome> => {
    const now = await readAgain(graph, meeting.eventId);
    if (now?.storedPlan?.mark !== mark) throw e;
    return forwardRan ? done(now, people) : forwardNow(now);
  };

  let answers: Map<string, BatchResponse>;
  try {
    answers = await sendBatch(graph, [
      plan,
      ...(forward ? [forward] : []),
      readAfter(meeting.eventId, forward ? 'forward' : 'plan'),
    ]);
  } catch (e) {
    if (outcomeUnknown(e)) return landed(e, true);
    throw e;
  }
  const planAnswer = answers.get('plan');
  if (!planAnswer)
    return landed(new GraphRequestError(0, 'networkError', 'No answer for plan'), true);
  if (planAnswer.status === 412) {
    const now = await getMeetingEvent(graph, meeting.eventId);
    // An earlier try in this call stored the plan (a 503 after the work): its forward never ran.
    if (now.storedPlan?.mark === mark) return forwardNow(now);
    if (now.storedPlan?.plan === booking.storedPlan.plan) return done(now);
    throw staleCopy();
  }
  if (planAnswer.status >= 400) {
    const error = batchError(planAnswer);
    if (outcomeUnknown(error)) return landed(error, false);
    throw error;
  }
  if (forward) {
    const answer = answers.get('forward');
    // No answer, or a 5xx: the forward may have gone. It is recorded, and not sent again.
    if (!answer || answer.status >= 500)
      return done((await readAgain(graph, meeting.eventId)) ?? meeting, people);
    if (answer.status >= 400) {
      await restorePlan(graph, meeting, mark);
      throw batchError(answer);
    }
  }
  const read = answers.get('read');
  return done(
    read && read.status < 400
      ? meetingFromEvent(read.body as EventDto)
      : await getMeetingEvent(graph, meeting.eventId),
  );
}

/**
 * Whether the event still holds what an action that may have been done leaves: read again after
 * no answer told. A 404 is an event gone from the calendar (cancelled, declined).
 */
async function eventNow(
  graph: GraphClient,
  eventId: string,
): Promise<EventDto | 'gone' | undefined> {
  try {
    return await call(
      () =>
        graph.sdk
          .api(withQuery(eventPath(eventId), { $select: 'isCancelled,responseStatus' }))
          .get() as Promise<EventDto>,
    );
  } catch (e) {
    return e instanceof GraphRequestError && e.status === 404 ? 'gone' : undefined;
  }
}

/**
 * `POST /me/events/{id}/cancel`: the organiser cancels, with a message to everyone. Not sent
 * twice: when no answer tells whether it was done, the event is read again, and one gone from
 * the calendar (Exchange moves it to Deleted Items) or marked cancelled was cancelled.
 */
export async function cancelMeetingEvent(
  graph: GraphClient,
  eventId: string,
  comment: string,
): Promise<void> {
  try {
    await call(() => graph.sdk.api(`${eventPath(eventId)}/cancel`).post({ comment }));
  } catch (e) {
    if (!outcomeUnknown(e)) throw e;
    const now = await eventNow(graph, eventId);
    if (now === 'gone' || now?.isCancelled === true) return;
    throw e;
  }
}

const ANSWERED: Readonly<Record<InvitationAnswer, string>> = {
  accept: 'accepted',
  tentativelyAccept: 'tentativelyAccepted',
  decline: 'declined',
};

/**
 * `POST /me/events/{id}/accept | tentativelyAccept | decline`, as the signed-in attendee. Not
 * sent twice: when no answer tells whether it was done, the attendee's copy is read again, and
 * one that holds the answer (or, declined, is gone to Deleted Items) was answered.
 */
export async function answerMeetingEvent(
  graph: GraphClient,
  eventId: string,
  answer: InvitationAnswer,
  comment?: string,
  sendResponse = true,
): Promise<void> {
  try {
    await call(() =>
      graph.sdk
        .api(`${eventPath(eventId)}/${answer}`)
        .post({ comment: comment ?? '', sendResponse }),
    );
  } catch (e) {
    if (!outcomeUnknown(e)) throw e;
    const now = await eventNow(graph, eventId);
    if (now === 'gone' ? answer === 'decline' : now?.responseStatus?.response === ANSWERED[answer])
      return;
    throw e;
  }
}

/**
 * Sends the meeting request again to some of its attendees, with a comment: a reminder to those
 * who have not answered. Needs no permission beyond reading calendars. A forward leaves nothing
 * on the event to read back, so when no answer tells whether it went, the error says that it
 * may have (`outcomeUnknown`), and nothing is sent again.
 */
export async function forwardMeetingEvent(
  graph: GraphClient,
  eventId: string,
  emails: readonly string[],
  comment: string,
): Promise<void> {
  try {
    await call(() =>
      graph.sdk.api(`${eventPath(eventId)}/forward`).post({
        toRecipients: emails.map((address) => ({ emailAddress: { address } })),
        comment,
      }),
    );
  } catch (e) {
    if (!outcomeUnknown(e)) throw e;
    throw new GraphRequestError(
      e.status,
      OUTCOME_UNKNOWN,
      'Graph did not say whether the meeting was forwarded.',
      e.requestId,
    );
  }
}

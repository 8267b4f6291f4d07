import type { EmulatorCore } from '../core';
import type { DemoUser } from '../demoTenant';
import { type EmRequest, type EmResponse, empty, GraphFault, json, notFound } from '../http';
import {
  applyOrderBy,
  applySelect,
  type FieldReader,
  objectReader,
  ODataError,
  parseFilter,
} from '../odata';
import { GRAPH_SCHEMA } from '../schema/graphSchema';
import { checkBody } from '../schema/checkBody';
import type { StoredAttendee, StoredEvent } from '../state';
import { teamsJoinBlock, exchangeHtml, withJoinBlock } from '../teamsJoinBlock';
import { newTeamsMeeting } from '../teamsMeeting';
import { preferredZone, toInstant } from '../timeZones';
import { EXTENSION_ID_PREFIX, etagOf, eventDto, eventFilterView } from './eventDto';

const NEVER = '0001-01-01T00:00:00Z';

interface EventBody {
  subject?: string;
  body?: { contentType?: string; content?: string };
  start?: { dateTime?: string; timeZone?: string };
  end?: { dateTime?: string; timeZone?: string };
  location?: { displayName?: string };
  attendees?: { type?: string; emailAddress?: { address?: string; name?: string } }[];
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: string;
  allowNewTimeProposals?: boolean;
  transactionId?: string;
  showAs?: StoredEvent['showAs'];
  extensions?: Record<string, unknown>[];
  singleValueExtendedProperties?: { id?: string; value?: string }[];
}

/** Reads a body as Graph would, refusing what its metadata does not allow. */
export function checkedEventBody(body: unknown): EventBody {
  // A body Graph's metadata refuses becomes a 400 RequestBodyRead in the router.
  checkBody(GRAPH_SCHEMA, 'microsoft.graph.event', body ?? {});
  // Graph reads property names without regard to case; use one spelling from here on.
  const lowered = Object.fromEntries(
    Object.entries(body as object).map(([k, v]) => [k[0]?.toLowerCase() + k.slice(1), v]),
  );
  return lowered as EventBody;
}

function attendeesFrom(
  core: EmulatorCore,
  list: EventBody['attendees'],
  previous: readonly StoredAttendee[] = [],
): StoredAttendee[] {
  const out: StoredAttendee[] = [];
  for (const a of list ?? []) {
    const address = a.emailAddress?.address?.trim();
    if (!address)
      throw new GraphFault(400, 'ErrorInvalidRecipients', 'An attendee has no email address.');
    if (out.some((x) => x.address.toLowerCase() === address.toLowerCase())) continue;
    const before = previous.find((p) => p.address.toLowerCase() === address.toLowerCase());
    // Unconfirmed whether Exchange keeps the given name of an internal attendee (FIDELITY.md).
    const directoryName =
      core.behaviour.attendeeNames === 'directory' ? core.user(address)?.displayName : undefined;
    out.push({
      address,
      name: directoryName ?? a.emailAddress?.name ?? address,
      type: (a.type?.toLowerCase() as StoredAttendee['type']) ?? 'required',
      response: before?.response ?? 'none',
      time: before?.time ?? NEVER,
    });
  }
  return out;
}

function deliverCopy(
  core: EmulatorCore,
  organizerEvent: StoredEvent,
  attendee: DemoUser,
  kind: 'request' | 'update',
  askAgain = false,
): void {
  const box = core.mailbox(attendee.id);
  const existing = box.events.find((e) => e.iCalUId === organizerEvent.iCalUId);
  const copy: StoredEvent = {
    ...organizerEvent,
    id: existing?.id ?? core.newId(),
    ownerId: attendee.id,
    transactionId: undefined,
    attendees: organizerEvent.attendees.map((a) => ({ ...a })),
    // A new time asks the attendee again: their answer is gone from their copy too.
    responseStatus: (askAgain ? undefined : existing?.responseStatus) ?? {
      response: 'notResponded',
      time: NEVER,
    },
    showAs: (askAgain ? undefined : existing?.showAs) ?? 'tentative',
    isCancelled: false,
    // Open extensions belong to the organiser's item; Exchange does not send them along.
    extensions: existing?.extensions ?? {},
    changeKey: (existing?.changeKey ?? 0) + 1,
  };
  if (existing) box.events[box.events.indexOf(existing)] = copy;
  else box.events.push(copy);
  core.notify(attendee.id, {
    kind,
    iCalUId: organizerEvent.iCalUId,
    subject: organizerEvent.subject,
    from: organizerEvent.organizerAddress,
    at: new Date().toISOString(),
    bodyHtml: copy.bodyHtml,
    startUtc: copy.startUtc,
    endUtc: copy.endUtc,
    location: copy.location,
  });
}

/** A plain-text comment as Exchange turns it into a message body. */
function commentHtml(comment: string): string {
  const escaped = comment.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
  return `<div>${escaped.replace(/\r?\n/g, '<br>')}</div>`;
}

function cancelCopy(
  core: EmulatorCore,
  iCalUId: string,
  attendee: DemoUser,
  comment?: string,
): void {
  const copy = core.mailbox(attendee.id).events.find((e) => e.iCalUId === iCalUId);
  if (copy && !copy.isCancelled) {
    copy.isCancelled = true;
    copy.subject = `Aflyst: ${copy.subject}`;
    // Unconfirmed (FIDELITY.md): the copy takes the cancellation's text in place of the
    // invitation's, so the programme and the Teams link are gone from it.
    if (comment !== undefined) copy.bodyHtml = exchangeHtml(commentHtml(comment));
    copy.changeKey += 1;
  }
  core.notify(attendee.id, {
    kind: 'cancellation',
    iCalUId,
    subject: copy?.subject ?? '',
    from: copy?.organizerAddress ?? '',
    at: new Date().toISOString(),
    comment,
    bodyHtml: copy?.bodyHtml,
    startUtc: copy?.startUtc,
    endUtc: copy?.endUtc,
    location: copy?.location,
  });
}

function internalAttendees(
  core: EmulatorCore,
  event: StoredEvent,
  addresses?: readonly string[],
): DemoUser[] {
  const wanted = addresses ?? event.attendees.map((a) => a.address);
  return wanted.flatMap((address) => {
    const user = core.user(address);
    return user && user.id !== event.ownerId ? [user] : [];
  });
}

/**
 * `POST /me/events/{id}/forward`: the meeting request goes to each recipient in the organisation,
 * with the comment, and to nobody else; a recipient already invited keeps their answer. The copy
 * they get lists the attendees as they are, without them. Forwarded by the organiser, the
 * organiser's attendee list stays as it is (unconfirmed: the less convenient case); the
 * recipient joins it, as optional, once they answer. Forwarded by an attendee, the recipients
 * join the organiser's copy as optional attendees, as documented.
 */
export function forwardMeetingTo(
  core: EmulatorCore,
  event: StoredEvent,
  recipients: readonly { readonly address: string; readonly name?: string | undefined }[],
  comment: string | undefined,
): void {
  const addresses = recipients.map((r) => r.address);
  for (const user of internalAttendees(core, event, addresses)) {
    deliverCopy(core, event, user, 'request');
    const notices = core.mailbox(user.id).notices;
    const last = notices[notices.length - 1];
    if (last && comment) notices[notices.length - 1] = { ...last, comment };
  }
  if (event.responseStatus.response === 'organizer') return;
  const organiser = core
    .copies(event.iCalUId)
    .find((c) => c.event.responseStatus.response === 'organizer')?.event;
  if (!organiser) return;
  for (const r of recipients) {
    if (organiser.attendees.some((a) => a.address.toLowerCase() === r.address.toLowerCase()))
      continue;
    organiser.attendees.push({
      address: r.address,
      name: r.name ?? core.user(r.address)?.displayName ?? r.address,
      type: 'optional',
      response: 'none',
      time: NEVER,
    });
  }
  organiser.changeKey += 1;
}

/** Single-value extended properties as a POST or PATCH sets them, by id. */
function extendedPropertiesOf(
  properties: NonNullable<EventBody['singleValueExtendedProperties']>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of properties) {
    if (!p.id || p.value === undefined)
      throw new GraphFault(
        400,
        'ErrorInvalidProperty',
        'An extended property needs an id and a value.',
      );
    out[p.id] = p.value;
  }
  return out;
}

/** `POST /me/events`: books in the user's calendar and invites; a repeated `transactionId` books nothing new. */
export function createEvent(core: EmulatorCore, req: EmRequest): EmResponse {
  const body = checkedEventBody(req.body);
  const zone = preferredZone(req.headers);
  const box = core.mailbox(req.user.id);
  if (body.transactionId) {
    const earlier = box.events.find((e) => e.transactionId === body.transactionId);
    if (earlier)
      return json(201, eventDto(earlier, zone), req.requestId, { etag: etagOf(earlier) });
  }
  const startUtc = toInstant(body.start, 'start');
  const endUtc = toInstant(body.end, 'end');
  if (endUtc < startUtc)
    throw new GraphFault(
      400,
      'ErrorInvalidRequest',
      'The end time of the event is before its start time.',
    );
  const now = new Date().toISOString();
  const id = core.newId();
  const online =
    body.isOnlineMeeting === true &&
    (body.onlineMeetingProvider ?? 'teamsForBusiness').toLowerCase() === 'teamsforbusiness';
  const teams = online ? newTeamsMeeting(core) : undefined;
  const joinUrl = teams?.joinUrl;
  let html =
    body.body?.contentType?.toLowerCase() === 'text'
      ? `<p>${body.body.content ?? ''}</p>`
      : (body.body?.content ?? '');
  html = joinUrl
    ? withJoinBlock(
        html,
        teamsJoinBlock(joinUrl, String(300_000_000 + core.state.counter), 'Eg3sKv'),
      )
    : exchangeHtml(html);
  const extensions: Record<string, Record<string, unknown>> = {};
  for (const ext of body.extensions ?? []) {
    const { extensionName, ...data } = ext as { extensionName?: string };
    if (!extensionName)
      throw new GraphFault(400, 'RequestBodyRead', 'An open extension needs an extensionName.');
    extensions[extensionName] = Object.fromEntries(
      Object.entries(data).filter(([k]) => !k.startsWith('@odata')),
    );
  }
  const event: StoredEvent = {
    id,
    iCalUId: `040000008200E00074C5B7101A82E008${core.newId('')}`,
    ownerId: req.user.id,
    organizerAddress: req.user.mail,
    organizerName: req.user.displayName,
    changeKey: 1,
    createdDateTime: now,
    lastModifiedDateTime: now,
    subject: body.subject ?? '',
    bodyHtml: html,
    startUtc,
    endUtc,
    startTimeZone: body.start?.timeZone ?? 'UTC',
    endTimeZone: body.end?.timeZone ?? 'UTC',
    location: body.location?.displayName ?? '',
    attendees: attendeesFrom(core, body.attendees),
    isOnlineMeeting: online,
    onlineMeetingProvider: online ? 'teamsForBusiness' : 'unknown',
    joinUrl,
    chatId: teams?.chatId,
    transactionId: body.transactionId,
    isCancelled: false,
    showAs: body.showAs ?? 'busy',
    responseStatus: { response: 'organizer', time: NEVER },
    allowNewTimeProposals: body.allowNewTimeProposals ?? true,
    extensions,
    // Set in the create, with the rest of it (Graph: "in a new or existing instance").
    ...(body.singleValueExtendedProperties?.length
      ? { extendedProperties: extendedPropertiesOf(body.singleValueExtendedProperties) }
      : {}),
  };
  box.events.push(event);
  for (const attendee of internalAttendees(core, event))
    deliverCopy(core, event, attendee, 'request');
  core.persist();
  return json(201, eventDto(event, zone), req.requestId, {
    etag: etagOf(event),
    location: `${req.root}/users/${req.user.id}/events/${id}`,
  });
}

/** `$expand=singleValueExtendedProperties($filter=id eq '…')`: the one property asked for. */
function expandedProperties(req: EmRequest): ((id: string) => boolean) | undefined {
  const match = /^singleValueExtendedProperties\(\$filter=id eq '([^']*)'\)$/i.exec(
    req.query.get('$expand')?.trim() ?? '',
  );
  if (!match) return undefined;
  const wanted = (match[1] ?? '').toLowerCase();
  return (id) => id.toLowerCase() === wanted;
}

function expandFilter(req: EmRequest): ((name: string) => boolean) | undefined {
  const expand = req.query.get('$expand');
  if (!expand || expandedProperties(req)) return undefined;
  const match = /^extensions(?:\(\$filter=(.*)\))?$/i.exec(expand.trim());
  if (!match)
    throw new GraphFault(
      400,
      'BadRequest',
      `Parsing OData Select and Expand failed: Could not find a property named '${expand}'.`,
    );
  if (!match[1]) return () => true;
  const predicate = parseFilter(match[1].replace(EXTENSION_ID_PREFIX, ''));
  return (name) => predicate(objectReader({ id: name, extensionName: name }));
}

function render(req: EmRequest, event: StoredEvent): Record<string, unknown> {
  const properties = expandedProperties(req);
  if (properties) {
    const selected = applySelect(
      eventDto(event, preferredZone(req.headers)),
      req.query.get('$select'),
    );
    const value = Object.entries(event.extendedProperties ?? {})
      .filter(([id]) => properties(id))
      .map(([id, v]) => ({ id, value: v }));
    return { ...selected, singleValueExtendedProperties: value };
  }
  const expanded = expandFilter(req);
  const dto = eventDto(event, preferredZone(req.headers), expanded);
  // An expanded navigation property comes back whatever $select says.
  const selected = applySelect(dto, req.query.get('$select'));
  return expanded ? { ...selected, extensions: dto['extensions'] } : selected;
}

/** `GET /me/events`: the calendar, with the filters, ordering and paging the app uses. */
export function listEvents(core: EmulatorCore, req: EmRequest): EmResponse {
  let events = core.mailbox(req.user.id).events;
  // What $filter and $orderby read of each event, built once per event, not once per comparison.
  const views = new Map<StoredEvent, FieldReader>();
  const readerOf = (e: StoredEvent): FieldReader => {
    let reader = views.get(e);
    if (!reader) views.set(e, (reader = objectReader(eventFilterView(e))));
    return reader;
  };
  const filter = req.query.get('$filter');
  if (filter) {
    try {
      const predicate = parseFilter(filter.replaceAll(EXTENSION_ID_PREFIX, ''));
      events = events.filter((e) => predicate(readerOf(e)));
    } catch (e) {
      if (e instanceof ODataError)
        throw new GraphFault(400, 'ErrorInvalidUrlQueryFilter', e.message);
      throw e;
    }
  }
  events = applyOrderBy(events, req.query.get('$orderby'), readerOf);
  const top = Math.min(Number(req.query.get('$top') ?? 10), 1000);
  const skip = Number(req.query.get('$skip') ?? 0);
  const value = events.slice(skip, skip + top).map((e) => render(req, e));
  const body: Record<string, unknown> = {
    '@odata.context': `${req.root}/$metadata#users('${req.user.id}')/events`,
    value,
  };
  if (skip + top < events.length) {
    const next = new URLSearchParams(req.query);
    next.set('$skip', String(skip + top));
    body['@odata.nextLink'] = `${req.root}${req.path}?${next.toString()}`;
  }
  return json(200, body, req.requestId);
}

/** The user's event, or Graph's 404. */
export function ownEvent(core: EmulatorCore, req: EmRequest, id: string): StoredEvent {
  const event = core.event(req.user.id, decodeURIComponent(id));
  if (!event) throw notFound();
  return event;
}

/** `GET /me/events/{id}`. */
export function getEvent(core: EmulatorCore, req: EmRequest, id: string): EmResponse {
  const event = ownEvent(core, req, id);
  return json(200, render(req, event), req.requestId, { etag: etagOf(event) });
}

/** Refuses a change made from a stale copy, as Exchange does, with 412. */
export function checkIfMatch(req: EmRequest, event: StoredEvent): void {
  const ifMatch = req.headers['if-match'];
  if (!ifMatch || ifMatch === '*') return;
  const strip = (tag: string) => tag.replace(/^W\//, '').replace(/"/g, '');
  if (strip(ifMatch) !== strip(etagOf(event))) {
    throw new GraphFault(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    );
  }
}

/**
 * `PATCH /me/events/{id}`. Any change attendees see, the attendee list included, goes to every
 * attendee as an update (the less convenient reading of Graph, see FIDELITY.md): those added get
 * the request, those removed a cancellation. A new start or end asks everyone again: every
 * answer on the organiser's copy goes back to none, and every attendee's copy to not responded.
 */
export function patchEvent(core: EmulatorCore, req: EmRequest, id: string): EmResponse {
  const event = ownEvent(core, req, id);
  checkIfMatch(req, event);
  const body = checkedEventBody(req.body);
  if (body.transactionId !== undefined && body.transactionId !== event.transactionId) {
    throw new GraphFault(
      400,
      'ErrorInvalidRequest',
      'The transactionId of an event cannot be changed.',
    );
  }
  let contentChanged = false;
  if (body.subject !== undefined && body.subject !== event.subject) {
    event.subject = body.subject;
    contentChanged = true;
  }
  if (body.body?.content !== undefined) {
    // What is sent replaces the body; an app that drops the Teams block loses the join link.
    event.bodyHtml = exchangeHtml(body.body.content);
    contentChanged = true;
  }
  const [startBefore, endBefore] = [event.startUtc, event.endUtc];
  if (body.start) {
    const start = toInstant(body.start, 'start');
    contentChanged ||= start !== event.startUtc;
    event.startUtc = start;
    event.startTimeZone = body.start.timeZone ?? event.startTimeZone;
  }
  if (body.end) {
    const end = toInstant(body.end, 'end');
    contentChanged ||= end !== event.endUtc;
    event.endUtc = end;
    event.endTimeZone = body.end.timeZone ?? event.endTimeZone;
  }
  if (body.location?.displayName !== undefined && body.location.displayName !== event.location) {
    event.location = body.location.displayName;
    contentChanged = true;
  }
  if (body.allowNewTimeProposals !== undefined)
    event.allowNewTimeProposals = body.allowNewTimeProposals;
  // Written with the rest of the PATCH, all or nothing (Graph: "create ... in a new or existing
  // instance"); whether a changed property alone mails attendees is unknown and never asked here.
  if (body.singleValueExtendedProperties?.length)
    event.extendedProperties = {
      ...event.extendedProperties,
      ...extendedPropertiesOf(body.singleValueExtendedProperties),
    };
  if (body.showAs !== undefined) event.showAs = body.showAs;
  const askAgain = Boolean(
    (body.start && event.startUtc !== startBefore) || (body.end && event.endUtc !== endBefore),
  );
  const listBefore = event.attendees;
  const before = listBefore.map((a) => a.address.toLowerCase());
  if (body.attendees) event.attendees = attendeesFrom(core, body.attendees, event.attendees);
  const after = event.attendees.map((a) => a.address.toLowerCase());
  const added = after.filter((a) => !before.includes(a));
  const removed = before.filter((a) => !after.includes(a));
  const listChanged =
    added.length > 0 ||
    removed.length > 0 ||
    event.attendees.some((a) => {
      const was = listBefore.find((b) => b.address.toLowerCase() === a.address.toLowerCase());
      return was !== undefined && (was.name !== a.name || was.type !== a.type);
    });
  if (askAgain) {
    for (const a of event.attendees) {
      a.response = 'none';
      a.time = NEVER;
    }
  }
  event.changeKey += 1;
  event.lastModifiedDateTime = new Date().toISOString();

  if (event.responseStatus.response === 'organizer') {
    for (const user of internalAttendees(core, event, added))
      deliverCopy(core, event, user, 'request');
    for (const user of internalAttendees(core, event, removed))
      cancelCopy(core, event.iCalUId, user);
    const stay = after.filter((a) => !added.includes(a));
    if (contentChanged || listChanged) {
      for (const user of internalAttendees(core, event, stay))
        deliverCopy(core, event, user, 'update', askAgain);
    }
  }
  core.persist();
  return json(200, render(req, event), req.requestId, { etag: etagOf(event) });
}

/** `DELETE /me/events/{id}`: an organiser's delete cancels the meeting for everyone. */
export function deleteEvent(core: EmulatorCore, req: EmRequest, id: string): EmResponse {
  const event = ownEvent(core, req, id);
  checkIfMatch(req, event);
  cancelMeetingFor(core, req.user.id, event);
  core.persist();
  return empty(204, req.requestId);
}

/** Removes an event from its owner's calendar; for an organiser, cancels every copy. */
export function cancelMeetingFor(
  core: EmulatorCore,
  ownerId: string,
  event: StoredEvent,
  comment?: string,
): void {
  const box = core.mailbox(ownerId);
  box.events = box.events.filter((e) => e !== event);
  if (event.responseStatus.response !== 'organizer') return;
  for (const user of internalAttendees(core, event)) cancelCopy(core, event.iCalUId, user, comment);
}

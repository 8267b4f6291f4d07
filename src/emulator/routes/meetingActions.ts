import type { EmulatorCore } from '../core';
import { type EmRequest, type EmResponse, empty, GraphFault, json, notFound } from '../http';
import { GRAPH_SCHEMA } from '../schema/graphSchema';
import { checkActionBody, checkBody } from '../schema/checkBody';
import type { StoredAttendee } from '../state';
import { EXTENSION_ID_PREFIX, extensionDto } from './eventDto';
import { cancelMeetingFor, checkIfMatch, forwardMeetingTo, ownEvent } from './events';

function checked(action: string, body: unknown): Record<string, unknown> {
  // A body Graph's metadata refuses becomes a 400 RequestBodyRead in the router.
  checkActionBody(GRAPH_SCHEMA, action, body);
  return Object.fromEntries(
    Object.entries((body ?? {}) as object).map(([k, v]) => [k.toLowerCase(), v]),
  );
}

/** `POST /me/events/{id}/cancel`: the organiser cancels; every attendee's copy is cancelled. */
export function cancelEvent(core: EmulatorCore, req: EmRequest, id: string): EmResponse {
  const params = checked('microsoft.graph.event/cancel', req.body);
  const event = ownEvent(core, req, id);
  if (event.responseStatus.response !== 'organizer') {
    throw new GraphFault(
      400,
      'ErrorAccessDenied',
      "Your request can't be completed. You need to be an organizer to cancel a meeting.",
    );
  }
  cancelMeetingFor(
    core,
    req.user.id,
    event,
    typeof params['comment'] === 'string' ? params['comment'] : undefined,
  );
  core.persist();
  return empty(202, req.requestId);
}

/** `POST /me/events/{id}/forward`: sends the meeting request again to the recipients. */
export function forwardEvent(core: EmulatorCore, req: EmRequest, id: string): EmResponse {
  const params = checked('microsoft.graph.event/forward', req.body);
  const event = ownEvent(core, req, id);
  const recipients = Array.isArray(params['torecipients'])
    ? (params['torecipients'] as { emailAddress?: { address?: string; name?: string } }[]).flatMap(
        (r) =>
          r.emailAddress?.address
            ? [{ address: r.emailAddress.address, name: r.emailAddress.name }]
            : [],
      )
    : [];
  if (recipients.length === 0) {
    throw new GraphFault(400, 'ErrorInvalidRecipients', 'At least one recipient is required.');
  }
  forwardMeetingTo(
    core,
    event,
    recipients,
    typeof params['comment'] === 'string' ? params['comment'] : undefined,
  );
  core.persist();
  return empty(202, req.requestId);
}

const ANSWER: Record<string, StoredAttendee['response']> = {
  accept: 'accepted',
  tentativelyAccept: 'tentativelyAccepted',
  decline: 'declined',
};

/**
 * `POST /me/events/{id}/accept | tentativelyAccept | decline` on an attendee's copy. With
 * `sendResponse` (the default) the organiser's copy records the answer; a declined meeting
 * leaves the attendee's calendar for Deleted Items, as Exchange does, unless the mailbox
 * preserves declined meetings (then it stays, shown as free, and can be answered again).
 */
export function respondToEvent(
  core: EmulatorCore,
  req: EmRequest,
  id: string,
  action: keyof typeof ANSWER,
): EmResponse {
  const params = checked(`microsoft.graph.event/${action}`, req.body);
  const event = ownEvent(core, req, id);
  if (event.responseStatus.response === 'organizer') {
    throw new GraphFault(
      400,
      'ErrorInvalidRequest',
      "Your request can't be completed. You can't respond to a meeting you organized.",
    );
  }
  if (event.isCancelled)
    throw new GraphFault(400, 'ErrorInvalidRequest', 'The meeting has been cancelled.');
  const response = ANSWER[action] as StoredAttendee['response'];
  const time = new Date().toISOString();
  event.responseStatus = { response, time };
  event.showAs = response === 'accepted' ? 'busy' : response === 'declined' ? 'free' : 'tentative';
  event.changeKey += 1;
  const box = core.mailbox(req.user.id);
  // Exchange moves a declined meeting to Deleted Items unless the mailbox keeps declined ones.
  if (response === 'declined' && !box.preserveDeclinedMeetings)
    box.events = box.events.filter((e) => e !== event);
  if (params['sendresponse'] !== false) {
    for (const { ownerId, event: copy } of core.copies(event.iCalUId)) {
      if (copy.responseStatus.response !== 'organizer') continue;
      const attendee = copy.attendees.find(
        (a) => a.address.toLowerCase() === req.user.mail.toLowerCase(),
      );
      if (attendee) {
        attendee.response = response;
        attendee.time = time;
      } else {
        // Someone the list lacks (a forward's recipient) joins it as optional, under the
        // directory's name (MS-OXOCAL 3.1.4.8.5.2; FIDELITY.md).
        copy.attendees.push({
          address: req.user.mail,
          name: req.user.displayName,
          type: 'optional',
          response,
          time,
        });
      }
      copy.changeKey += 1;
      core.notify(ownerId, {
        kind: 'response',
        iCalUId: event.iCalUId,
        subject: event.subject,
        from: req.user.mail,
        at: time,
        response,
        comment: typeof params['comment'] === 'string' ? params['comment'] : undefined,
      });
    }
  }
  core.persist();
  return empty(202, req.requestId);
}

function checkedExtension(body: unknown): Record<string, unknown> {
  // A body Graph's metadata refuses becomes a 400 RequestBodyRead in the router.
  checkBody(GRAPH_SCHEMA, 'microsoft.graph.openTypeExtension', body ?? {});
  return Object.fromEntries(
    Object.entries(body as object).filter(
      ([k]) => !k.startsWith('@odata') && k !== 'extensionName' && k !== 'id',
    ),
  );
}

/** `POST /me/events/{id}/extensions`. */
export function createExtension(core: EmulatorCore, req: EmRequest, id: string): EmResponse {
  const event = ownEvent(core, req, id);
  const name = (req.body as { extensionName?: unknown } | undefined)?.extensionName;
  if (typeof name !== 'string' || !name)
    throw new GraphFault(400, 'RequestBodyRead', 'An open extension needs an extensionName.');
  if (event.extensions[name])
    throw new GraphFault(409, 'NameAlreadyExists', 'An extension already exists with given id.');
  event.extensions[name] = checkedExtension(req.body);
  event.changeKey += 1;
  core.persist();
  return json(201, extensionDto(name, event.extensions[name]), req.requestId);
}

/** The user's event and one of its extensions, or Graph's 404. */
function ownExtension(core: EmulatorCore, req: EmRequest, id: string, extId: string) {
  const event = ownEvent(core, req, id);
  const name = decodeURIComponent(extId).replace(EXTENSION_ID_PREFIX, '');
  const data = event.extensions[name];
  if (!data) throw notFound();
  return { event, name, data };
}

/** `GET /me/events/{id}/extensions/{extensionId}`. */
export function getExtension(
  core: EmulatorCore,
  req: EmRequest,
  id: string,
  extId: string,
): EmResponse {
  const { name, data } = ownExtension(core, req, id, extId);
  return json(200, extensionDto(name, data), req.requestId);
}

/** `PATCH /me/events/{id}/extensions/{extensionId}`: the body replaces the extension's data. */
export function patchExtension(
  core: EmulatorCore,
  req: EmRequest,
  id: string,
  extId: string,
): EmResponse {
  const { event, name } = ownExtension(core, req, id, extId);
  checkIfMatch(req, event);
  const data = checkedExtension({
    '@odata.type': 'microsoft.graph.openTypeExtension',
    ...(req.body as object),
  });
  event.extensions[name] = data;
  event.changeKey += 1;
  core.persist();
  return json(200, extensionDto(name, data), req.requestId);
}

/** `DELETE /me/events/{id}/extensions/{extensionId}`. */
export function deleteExtension(
  core: EmulatorCore,
  req: EmRequest,
  id: string,
  extId: string,
): EmResponse {
  const { event, name } = ownExtension(core, req, id, extId);
  event.extensions = Object.fromEntries(
    Object.entries(event.extensions).filter(([key]) => key !== name),
  );
  event.changeKey += 1;
  core.persist();
  return empty(204, req.requestId);
}

import type { EmulatorCore } from './core';
import { FAULT_CODES, type FaultRule, type Faults } from './faults';
import { type EmRequest, type EmResponse, GraphFault, graphError } from './http';
import { getChat, listChats } from './routes/chats';
import * as directory from './routes/directory';
import { BodyError } from './schema/checkBody';
import * as events from './routes/events';
import * as actions from './routes/meetingActions';
import { getSchedule } from './routes/schedule';

type Handler = (
  core: EmulatorCore,
  req: EmRequest,
  params: string[],
) => EmResponse | Promise<EmResponse>;

const SEG = '([^/]+)';
const ROUTES: [string, RegExp, Handler][] = [
  ['GET', /^\/me$/, (c, r) => directory.getMe(c, r)],
  ['GET', /^\/users$/, (c, r) => directory.listUsers(c, r)],
  ['GET', new RegExp(`^/users/${SEG}$`), (c, r, [id]) => directory.getUser(c, r, id as string)],
  ['GET', /^\/me\/people$/, (c, r) => directory.searchPeople(c, r)],
  ['GET', /^\/groups$/, (c, r) => directory.listGroups(c, r)],
  ['GET', new RegExp(`^/groups/${SEG}$`), (c, r, [id]) => directory.getGroup(c, r, id as string)],
  [
    'GET',
    new RegExp(`^/groups/${SEG}/transitiveMembers$`),
    (c, r, [id]) => directory.transitiveMembers(c, r, id as string, false),
  ],
  [
    'GET',
    new RegExp(`^/groups/${SEG}/transitiveMembers/microsoft\\.graph\\.user$`),
    (c, r, [id]) => directory.transitiveMembers(c, r, id as string, true),
  ],
  [
    'GET',
    new RegExp(`^/groups/${SEG}/members/microsoft\\.graph\\.group$`),
    (c, r, [id]) => directory.memberGroups(c, r, id as string),
  ],
  ['POST', /^\/me\/calendar\/getSchedule$/, (c, r) => getSchedule(c, r)],
  ['GET', /^\/me\/chats$/, (c, r) => listChats(c, r)],
  ['GET', new RegExp(`^/me/chats/${SEG}$`), (c, r, [id]) => getChat(c, r, id as string)],
  ['GET', /^\/me\/events$/, (c, r) => events.listEvents(c, r)],
  ['POST', /^\/me\/events$/, (c, r) => events.createEvent(c, r)],
  ['GET', new RegExp(`^/me/events/${SEG}$`), (c, r, [id]) => events.getEvent(c, r, id as string)],
  [
    'PATCH',
    new RegExp(`^/me/events/${SEG}$`),
    (c, r, [id]) => events.patchEvent(c, r, id as string),
  ],
  [
    'DELETE',
    new RegExp(`^/me/events/${SEG}$`),
    (c, r, [id]) => events.deleteEvent(c, r, id as string),
  ],
  [
    'POST',
    new RegExp(`^/me/events/${SEG}/cancel$`),
    (c, r, [id]) => actions.cancelEvent(c, r, id as string),
  ],
  [
    'POST',
    new RegExp(`^/me/events/${SEG}/forward$`),
    (c, r, [id]) => actions.forwardEvent(c, r, id as string),
  ],
  [
    'POST',
    new RegExp(`^/me/events/${SEG}/accept$`),
    (c, r, [id]) => actions.respondToEvent(c, r, id as string, 'accept'),
  ],
  [
    'POST',
    new RegExp(`^/me/events/${SEG}/tentativelyAccept$`),
    (c, r, [id]) => actions.respondToEvent(c, r, id as string, 'tentativelyAccept'),
  ],
  [
    'POST',
    new RegExp(`^/me/events/${SEG}/decline$`),
    (c, r, [id]) => actions.respondToEvent(c, r, id as string, 'decline'),
  ],
  [
    'POST',
    new RegExp(`^/me/events/${SEG}/extensions$`),
    (c, r, [id]) => actions.createExtension(c, r, id as string),
  ],
  [
    'GET',
    new RegExp(`^/me/events/${SEG}/extensions/${SEG}$`),
    (c, r, [id, ext]) => actions.getExtension(c, r, id as string, ext as string),
  ],
  [
    'PATCH',
    new RegExp(`^/me/events/${SEG}/extensions/${SEG}$`),
    (c, r, [id, ext]) => actions.patchExtension(c, r, id as string, ext as string),
  ],
  [
    'DELETE',
    new RegExp(`^/me/events/${SEG}/extensions/${SEG}$`),
    (c, r, [id, ext]) => actions.deleteExtension(c, r, id as string, ext as string),
  ],
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Routes one Graph request (top level or inside `$batch`), injecting any fault that matches. */
export async function dispatch(
  core: EmulatorCore,
  faults: Faults,
  req: EmRequest,
  inBatch: boolean,
): Promise<EmResponse> {
  const fault = faults.take(req.method, req.path, inBatch);
  if (fault?.delayMs) await sleep(fault.delayMs);
  if (fault?.status) {
    if (fault.commit) await handle(core, req);
    return faultAnswer(fault, req.requestId);
  }
  const response = await handle(core, req);
  if (fault?.dropAfterCommit) response.headers['x-emulator-drop'] = '1';
  return response;
}

/** The error answer a fault rule with a status gives. */
export function faultAnswer(fault: FaultRule, requestId: string): EmResponse {
  const status = fault.status ?? 500;
  const [code, message] = FAULT_CODES[status] ?? [`Http${status}`, 'Injected fault.'];
  const headers: Record<string, string> =
    fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
  return graphError(status, code, message, requestId, headers);
}

async function handle(core: EmulatorCore, req: EmRequest): Promise<EmResponse> {
  try {
    let methodMismatch = false;
    for (const [method, pattern, handler] of ROUTES) {
      const match = pattern.exec(req.path);
      if (!match) continue;
      if (method !== req.method) {
        methodMismatch = true;
        continue;
      }
      return await handler(core, req, match.slice(1));
    }
    if (methodMismatch)
      return graphError(
        405,
        'Request_BadRequest',
        `The HTTP method '${req.method}' is not allowed on this resource.`,
        req.requestId,
      );
    const segment = req.path.split('/').filter(Boolean).pop() ?? '';
    return graphError(
      400,
      'BadRequest',
      `Resource not found for the segment '${segment}'.`,
      req.requestId,
    );
  } catch (e) {
    if (e instanceof GraphFault) return graphError(e.status, e.code, e.message, req.requestId);
    // A body Graph's metadata refuses, wherever it was read: Graph's 400.
    if (e instanceof BodyError) return graphError(400, 'RequestBodyRead', e.message, req.requestId);
    const message = e instanceof Error ? e.message : String(e);
    return graphError(500, 'InternalServerError', `The emulator failed: ${message}`, req.requestId);
  }
}

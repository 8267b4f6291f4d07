import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Temporal } from 'temporal-polyfill';
import { userFromDemoToken } from '../auth/demoToken';
import { mondayOf, seedCalendars } from './calendarSeed';
import { type EmulatorBehaviour, EmulatorCore } from './core';
import { type DemoTenant, demoTenant } from './demoTenant';
import { type FaultRule, Faults } from './faults';
import { type EmRequest, type EmResponse, graphError } from './http';
import { mailViewPage } from './mailView';
import { isLoopbackHost, OriginPolicy } from './origins';
import { dispatch, faultAnswer } from './router';
import { batch } from './routes/batch';
import { eventDto } from './routes/eventDto';
import type { MutableState } from './state';
import { meetingIdOf } from './teamsMeeting';
import { StateFile } from './store';

/** How to start the emulator. */
export interface EmulatorOptions {
  /** 0 picks a free port (tests); 4000 is the demo's. */
  readonly port?: number;
  /** A loopback address to listen on (default 127.0.0.1); any other is refused. */
  readonly host?: string;
  /**
   * The web origins whose pages may call it (the dev server, the demo hosts, test servers); a
   * request from any other page is refused (`origins.ts`). Its own origin is always allowed.
   */
  readonly allowedOrigins?: readonly string[];
  /** Where state is kept between runs; none keeps it in memory only. */
  readonly dataDir?: string | undefined;
  readonly tenant?: DemoTenant;
  /** Faults in force from the start. */
  readonly faults?: readonly FaultRule[];
  /** The Monday seeded calendars start from (default: this week's). */
  readonly anchor?: string;
  /** Which of Exchange's unconfirmed behaviours to imitate (`FIDELITY.md`). */
  readonly behaviour?: EmulatorBehaviour;
}

/** A running emulator. */
export interface RunningEmulator {
  /** `http://127.0.0.1:port`: the Graph base URL to configure. */
  readonly url: string;
  readonly core: EmulatorCore;
  readonly faults: Faults;
  /** Every Graph request that reached it (top level), for tests. */
  readonly requests: {
    method: string;
    path: string;
    /** The query, decoded (`$select=changeKey`), when there is one. */
    query?: string;
    status: number;
    batchSize?: number;
    /** A batch's requests, each `METHOD url` with its query decoded. */
    inner?: string[];
  }[];
  /** Lets pages of more origins call it, e.g. a server started after it on a free port. */
  allowOrigins(...origins: readonly string[]): void;
  close(): Promise<void>;
}

/** CORS headers for every answer; `Access-Control-Allow-Origin` only names an allowed origin. */
const CORS_HEADERS = {
  'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'access-control-allow-headers':
    'Authorization, Content-Type, client-request-id, ConsistencyLevel, Prefer, If-Match, Retry-Attempt, SdkVersion, return-client-request-id',
  'access-control-expose-headers': 'request-id, client-request-id, Retry-After, ETag, Location',
};

function freshState(seed: number, anchor: string): MutableState {
  return { version: 1, seed, anchor, mailboxes: {}, counter: 0 };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendAnswer(res: ServerResponse, answer: EmResponse, cors: string | undefined): void {
  const allowOrigin = cors ? { 'access-control-allow-origin': cors, vary: 'Origin' } : {};
  const headers = { ...CORS_HEADERS, ...allowOrigin, ...answer.headers };
  delete (headers as Record<string, string>)['x-emulator-drop'];
  if (answer.body === undefined) {
    res.writeHead(answer.status, headers).end();
  } else {
    res.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
  }
}

/** Starts the emulator: loads or seeds the state, then serves Graph and the control endpoints. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) {
    throw new Error(
      `The emulator listens on this machine only (127.0.0.1, localhost, ::1), not ${host}.`,
    );
  }
  const origins = new OriginPolicy(options.allowedOrigins ?? []);
  const tenant = options.tenant ?? demoTenant();
  const file = options.dataDir ? new StateFile(options.dataDir) : undefined;
  const anchor = options.anchor ?? mondayOf(Temporal.Now.plainDateISO('Europe/Copenhagen'));
  const loaded = file?.load();
  const core = new EmulatorCore(tenant, loaded ?? freshState(20261128, anchor), file);
  core.behaviour = options.behaviour ?? {};
  seedCalendars(core);
  if (!loaded) core.persist();
  const faults = new Faults();
  faults.set(options.faults ?? []);
  const requests: RunningEmulator['requests'] = [];

  const control = async (method: string, path: string, text: string): Promise<EmResponse> => {
    const id = randomUUID();
    const ok = (body?: unknown): EmResponse => ({
      status: body === undefined ? 204 : 200,
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (path === '/_emulator/health') return ok({ ok: true, tenant: tenant.name });
    if (path === '/_emulator/tenant' && method === 'GET') {
      const people = Object.entries(tenant.key).map(([role, userId]) => ({
        role,
        ...core.user(userId),
      }));
      return ok({
        name: tenant.name,
        people,
        roleGroups: tenant.roleGroups,
        // With the seat holders' names, so a test can search for them as an organiser would.
        workplaces: tenant.workplaces.map((w) => ({
          ...w,
          leaderName: core.user(w.leaderId)?.displayName,
          amrName: core.user(w.amrId)?.displayName,
          trName: core.user(w.trId)?.displayName,
        })),
        allStaffGroupId: tenant.allStaffGroupId,
      });
    }
    if (path === '/_emulator/faults' && (method === 'PUT' || method === 'POST')) {
      faults.set((JSON.parse(text || '{}') as { rules?: FaultRule[] }).rules ?? []);
      return ok();
    }
    if (path === '/_emulator/faults' && method === 'DELETE') {
      faults.clear();
      return ok();
    }
    if (path === '/_emulator/requests') {
      if (method === 'DELETE') requests.length = 0;
      return method === 'DELETE' ? ok() : ok(requests);
    }
    if (path === '/_emulator/reset' && method === 'POST') {
      core.state = freshState(core.state.seed, anchor);
      seedCalendars(core);
      core.persist();
      return ok();
    }
    const mailbox = /^\/_emulator\/mailboxes\/([^/]+)$/.exec(path);
    if (mailbox && method === 'GET') {
      const user = core.user(decodeURIComponent(mailbox[1] as string));
      if (!user) return graphError(404, 'ErrorItemNotFound', 'No such mailbox.', id);
      const box = core.mailbox(user.id);
      return ok({
        events: box.events.map((e) => eventDto(e, 'Romance Standard Time', () => true)),
        notices: box.notices,
      });
    }
    // What Teams knows of a person's online meetings: the chat each tab in it is given as its
    // context, beside the event (the demo host and the browser tests play Teams with it).
    const meetings = /^\/_emulator\/mailboxes\/([^/]+)\/onlineMeetings$/.exec(path);
    if (meetings && method === 'GET') {
      const user = core.user(decodeURIComponent(meetings[1] as string));
      if (!user) return graphError(404, 'ErrorItemNotFound', 'No such mailbox.', id);
      return ok(
        core
          .mailbox(user.id)
          .events.filter((e) => e.chatId && e.joinUrl && !e.seeded)
          .map((e) => ({
            chatId: e.chatId,
            meetingId: meetingIdOf(e.chatId as string),
            joinUrl: e.joinUrl,
            eventId: e.id,
            iCalUId: e.iCalUId,
            subject: e.subject,
            start: e.startUtc,
            end: e.endUtc,
            isOrganizer: e.responseStatus.response === 'organizer',
          })),
      );
    }
    const setting = /^\/_emulator\/mailboxes\/([^/]+)\/calendarConfiguration$/.exec(path);
    if (setting && (method === 'PUT' || method === 'PATCH')) {
      const user = core.user(decodeURIComponent(setting[1] as string));
      if (!user) return graphError(404, 'ErrorItemNotFound', 'No such mailbox.', id);
      const body = JSON.parse(text || '{}') as { preserveDeclinedMeetings?: unknown };
      core.mailbox(user.id).preserveDeclinedMeetings = body.preserveDeclinedMeetings === true;
      core.persist();
      return ok();
    }
    return graphError(404, 'BadRequest', `No emulator control endpoint ${method} ${path}.`, id);
  };

  /** `POST /$batch`, with a fault on the batch itself: refused, or done and then failed or dropped. */
  const wholeBatch = async (emReq: EmRequest): Promise<EmResponse> => {
    const fault = faults.take('POST', '/$batch', false);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status && !fault.commit) return faultAnswer(fault, emReq.requestId);
    const answer = await batch(core, faults, emReq);
    if (fault?.status) return faultAnswer(fault, emReq.requestId);
    if (fault?.dropAfterCommit) answer.headers['x-emulator-drop'] = '1';
    return answer;
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const method = (req.method ?? 'GET').toUpperCase();
      const url = new URL(req.url ?? '/', 'http://emulator');
      // Refused before anything is read or done: a page may not even set a fault or reset.
      const decision = origins.decide({ host: req.headers.host, origin: req.headers.origin });
      if (!decision.ok) {
        sendAnswer(res, graphError(403, 'Forbidden', decision.reason, randomUUID()), undefined);
        return;
      }
      const send = (response: ServerResponse, answer: EmResponse) =>
        sendAnswer(response, answer, decision.cors);
      if (method === 'OPTIONS') {
        send(res, { status: 204, headers: {} });
        return;
      }
      const text = await readBody(req);
      // The demo mailboxes as mail: an HTML page of its own origin, so no CORS headers.
      const mail = method === 'GET' ? mailViewPage(core, url.pathname) : undefined;
      if (mail) {
        res.writeHead(mail.status, mail.headers).end(mail.html);
        return;
      }
      if (url.pathname.startsWith('/_emulator')) {
        send(res, await control(method, url.pathname, text));
        return;
      }
      const requestId = req.headers['client-request-id']?.toString() ?? randomUUID();
      const versioned = /^\/v1\.0(\/.*)$/.exec(url.pathname);
      if (!versioned) {
        send(
          res,
          graphError(
            400,
            'BadRequest',
            `Invalid version: ${url.pathname.split('/')[1] ?? ''}`,
            requestId,
          ),
        );
        return;
      }
      const path = versioned[1] as string;
      let body: unknown;
      if (text) {
        try {
          body = JSON.parse(text);
        } catch {
          send(
            res,
            graphError(
              400,
              'BadRequest',
              'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
              requestId,
            ),
          );
          return;
        }
      }
      const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!token) {
        send(
          res,
          graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', requestId),
        );
        return;
      }
      const upn = userFromDemoToken(token);
      const user = upn ? core.user(upn) : undefined;
      if (!user) {
        send(
          res,
          graphError(
            401,
            'InvalidAuthenticationToken',
            'IDX14100: JWT is not well formed, there are no dots (.).',
            requestId,
          ),
        );
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
      );
      const emReq: EmRequest = {
        method,
        path,
        query: url.searchParams,
        headers,
        body,
        root: `http://${req.headers.host ?? 'localhost'}/v1.0`,
        requestId,
        user,
      };
      const answer =
        path === '/$batch' && method === 'POST'
          ? await wholeBatch(emReq)
          : await dispatch(core, faults, emReq, false);
      const batched =
        path === '/$batch'
          ? (body as { requests?: { method?: unknown; url?: unknown }[] } | undefined)?.requests
          : undefined;
      const batchSize = batched?.length;
      const inner = batched?.map((r) => `${String(r.method)} ${safeDecode(String(r.url))}`);
      requests.push({
        method,
        path,
        ...(url.search ? { query: safeDecode(url.search.slice(1)) } : {}),
        status: answer.status,
        ...(batchSize === undefined ? {} : { batchSize }),
        ...(inner === undefined ? {} : { inner }),
      });
      if (answer.headers['x-emulator-drop']) {
        // The change is committed; the caller never hears of it, as after a network failure.
        req.socket.destroy();
        return;
      }
      send(res, answer);
    })().catch((e: unknown) => {
      if (!res.headersSent)
        sendAnswer(res, graphError(500, 'InternalServerError', String(e), randomUUID()), undefined);
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 4000, host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // Its own pages (a page the emulator serves) may call it too, under either name.
  origins.allow(url, `http://localhost:${port}`);
  return {
    url,
    core,
    faults,
    requests,
    allowOrigins: (...more) => origins.allow(...more),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** A URL part decoded for the request log; as it came when it is not valid percent-encoding. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

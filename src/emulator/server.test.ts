import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTokenFor } from '../auth/demoToken';
import { startEmulator } from './server';
import { CorruptStateError } from './store';
import { type EmulatorHarness, startHarness } from './harness.testSupport';

const ORGANISER = 'signe.vestergaard@egeskov.example';
const auth = {
  authorization: `Bearer ${demoTokenFor(ORGANISER)}`,
  'content-type': 'application/json',
};
const event = (subject: string) => ({
  subject,
  start: { dateTime: '2027-03-11T11:00:00', timeZone: 'Romance Standard Time' },
  end: { dateTime: '2027-03-11T14:00:00', timeZone: 'Romance Standard Time' },
});

describe('the emulator’s state', () => {
  it('survives a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'emulator-'));
    const first = await startEmulator({ port: 0, dataDir, anchor: '2027-03-01' });
    const created = await fetch(`${first.url}/v1.0/me/events`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify(event('Bevares')),
    });
    const { id } = (await created.json()) as { id: string };
    await first.close();
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const second = await startEmulator({ port: 0, dataDir, anchor: '2027-03-01' });
    const read = await fetch(`${second.url}/v1.0/me/events/${id}`, { headers: auth });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { subject: string }).subject).toBe('Bevares');
    // Seeded calendars are rebuilt, not written: the file holds only what changed.
    expect(readFileSync(path.join(dataDir, 'emulator-state.json'), 'utf8').length).toBeLessThan(
      200_000,
    );
    await second.close();
  });

  it('refuses a corrupt state file with a clear message and never overwrites it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'emulator-'));
    const file = path.join(dataDir, 'emulator-state.json');
    writeFileSync(file, '{"version": 1, "mailboxes": {');
    const error = await startEmulator({ port: 0, dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptStateError);
    expect((error as Error).message).toContain('is not valid JSON');
    expect((error as Error).message).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "mailboxes": {');
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });
});

describe('faults by configuration', () => {
  it('applies faults given when the emulator starts', async () => {
    const emulator = await startEmulator({
      port: 0,
      anchor: '2027-03-01',
      faults: [{ path: '^/me$', status: 503, retryAfter: 2, times: 1 }],
    });
    const first = await fetch(`${emulator.url}/v1.0/me`, { headers: auth });
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(((await first.json()) as { error: { code: string } }).error.code).toBe(
      'ServiceUnavailable',
    );
    expect((await fetch(`${emulator.url}/v1.0/me`, { headers: auth })).status).toBe(200);
    await emulator.close();
  });
});

describe('Graph’s behaviour over raw HTTP', () => {
  let h: EmulatorHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());
  const graph = (p: string, init: RequestInit = {}) =>
    fetch(`${h.emulator.url}/v1.0${p}`, {
      ...init,
      headers: { ...auth, ...(init.headers as Record<string, string>) },
    });

  it('answers errors with Graph’s body: code, message, request id and date', async () => {
    const res = await graph('/me/nothing-here', {
      headers: { 'client-request-id': '11111111-2222-4333-8444-555555555555' },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; message: string; innerError: Record<string, string> };
    };
    expect(body.error.code).toBe('BadRequest');
    expect(body.error.innerError['request-id']).toBe('11111111-2222-4333-8444-555555555555');
    expect(body.error.innerError['date']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect((await fetch(`${h.emulator.url}/v1.0/me`)).status).toBe(401);
  });

  it('reads a user by id or by user principal name, and says 404 for one it does not know', async () => {
    const byUpn = (await (
      await graph(`/users/${ORGANISER}?$select=id,displayName,department`)
    ).json()) as Record<string, string>;
    expect(byUpn).toMatchObject({ displayName: 'Signe Vestergaard', department: 'HR' });
    const byId = (await (await graph(`/users/${byUpn['id']}`)).json()) as Record<string, string>;
    expect(byId['mail']).toBe(ORGANISER);
    expect(byId['department']).toBeUndefined();
    expect((await graph('/users/nobody@egeskov.example')).status).toBe(404);
  });

  it('reads only the basic profile of other users (User.ReadBasic.All), all of the caller’s own', async () => {
    const other = (await (
      await graph('/users/mads.noergaard@egeskov.example?$select=displayName,jobTitle,department')
    ).json()) as Record<string, unknown>;
    expect(other).toMatchObject({ displayName: 'Mads Nørgaard', jobTitle: null, department: null });
    const own = (await (await graph('/me?$select=jobTitle,department')).json()) as Record<
      string,
      unknown
    >;
    expect(own).toMatchObject({ department: 'HR' });
  });

  it('refuses a wrong type in a body with 400', async () => {
    const res = await graph('/me/events', {
      method: 'POST',
      body: JSON.stringify({ ...event('x'), isOnlineMeeting: 'ja' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      "'Edm.Boolean'",
    );
  });

  it('refuses a batch of more than 20 and answers 424 to requests whose dependency failed', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: 'GET',
      url: '/me',
    }));
    expect(
      (await graph('/$batch', { method: 'POST', body: JSON.stringify({ requests: many }) })).status,
    ).toBe(400);
    const chained = [
      { id: 'a', method: 'GET', url: '/me/events/missing' },
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
      { id: 'c', method: 'GET', url: 'me' },
    ];
    const res = await graph('/$batch', {
      method: 'POST',
      body: JSON.stringify({ requests: chained }),
    });
    const { responses } = (await res.json()) as { responses: { id: string; status: number }[] };
    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ['a', 404],
      ['b', 424],
      ['c', 200],
    ]);
  });

  it('gives an ETag that changes with each change, and 412 for a stale If-Match', async () => {
    const created = await graph('/me/events', {
      method: 'POST',
      body: JSON.stringify(event('Etag')),
    });
    const { id, '@odata.etag': etag } = (await created.json()) as {
      id: string;
      '@odata.etag': string;
    };
    const patched = await graph(`/me/events/${id}`, {
      method: 'PATCH',
      headers: { 'If-Match': etag },
      body: JSON.stringify({ subject: 'Etag 2' }),
    });
    expect(patched.status).toBe(200);
    const newEtag = ((await patched.json()) as { '@odata.etag': string })['@odata.etag'];
    expect(newEtag).not.toBe(etag);
    const stale = await graph(`/me/events/${id}`, {
      method: 'PATCH',
      headers: { 'If-Match': etag },
      body: JSON.stringify({ subject: 'Etag 3' }),
    });
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe(
      'ErrorIrresolvableConflict',
    );
  });

  it('injects faults from its control endpoint: 429 with Retry-After, then a delay', async () => {
    await fetch(`${h.emulator.url}/_emulator/faults`, {
      method: 'PUT',
      body: JSON.stringify({
        rules: [
          { path: '^/me$', status: 429, retryAfter: 5 },
          { path: '^/me$', delayMs: 150 },
        ],
      }),
    });
    const throttled = await graph('/me');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('5');
    const started = Date.now();
    expect((await graph('/me')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await graph('/me')).status).toBe(200);
  });

  it('lets the browser app call it (CORS)', async () => {
    const res = await fetch(`${h.emulator.url}/v1.0/me`, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});

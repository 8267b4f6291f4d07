import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTokenFor } from '../auth/demoToken';
import { hostnameOf, isLoopbackHost, OriginPolicy } from './origins';
import { type RunningEmulator, startEmulator } from './server';

const APP = 'http://localhost:3000';
const DEMO_HOSTS = 'http://localhost:3001';
const EVIL = 'https://evil.example';
const ORGANISER = 'signe.vestergaard@egeskov.example';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, allowedOrigins: [APP, DEMO_HOSTS] });
});
afterAll(() => emulator.close());

/** A request as a browser page of `origin` sends it. */
function fromPage(origin: string, path: string, init: RequestInit = {}) {
  return fetch(`${emulator.url}${path}`, {
    ...init,
    headers: { origin, ...(init.headers as Record<string, string> | undefined) },
  });
}

/** A request with a Host header of our choosing, as after a DNS rebinding. */
function withHost(host: string, path: string): Promise<number> {
  const { port } = new URL(emulator.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('who may call the emulator', () => {
  it('answers the control routes with CORS for the app’s dev origins and the demo hosts only', async () => {
    for (const origin of [APP, DEMO_HOSTS]) {
      const res = await fromPage(origin, '/_emulator/tenant');
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('vary')).toContain('Origin');
    }
    const evil = await fromPage(EVIL, '/_emulator/tenant');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(await evil.text()).not.toContain('Egeskov');
  });

  it('refuses a foreign page before it acts: no fault is set, nothing is reset', async () => {
    const preflight = await fromPage(EVIL, '/_emulator/faults', { method: 'OPTIONS' });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    // A "simple" request needs no preflight: the browser sends it, so the emulator must refuse it.
    const faults = await fromPage(EVIL, '/_emulator/faults', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ rules: [{ path: '^/me$', status: 503 }] }),
    });
    expect(faults.status).toBe(403);
    const me = await fetch(`${emulator.url}/v1.0/me`, {
      headers: { authorization: `Bearer ${demoTokenFor(ORGANISER)}` },
    });
    expect(me.status).toBe(200);
  });

  it('refuses a foreign page the demo mailboxes through Graph too (a demo token is no secret)', async () => {
    const res = await fromPage(EVIL, '/v1.0/me/events', {
      headers: { authorization: `Bearer ${demoTokenFor(ORGANISER)}` },
    });
    expect(res.status).toBe(403);
    const app = await fromPage(APP, '/v1.0/me', {
      headers: { authorization: `Bearer ${demoTokenFor(ORGANISER)}` },
    });
    expect(app.status).toBe(200);
    expect(app.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('answers callers that are no web page (Node, curl), and its own pages', async () => {
    expect((await fetch(`${emulator.url}/_emulator/health`)).status).toBe(200);
    const own = await fromPage(emulator.url, '/_emulator/health');
    expect(own.headers.get('access-control-allow-origin')).toBe(emulator.url);
  });

  it('lets a server started later on a free port in', async () => {
    const later = 'http://127.0.0.1:45999';
    expect((await fromPage(later, '/_emulator/health')).status).toBe(403);
    emulator.allowOrigins(later);
    expect((await fromPage(later, '/_emulator/health')).status).toBe(200);
  });

  it('listens on loopback only, and answers only loopback host names (no DNS rebinding)', async () => {
    expect(new URL(emulator.url).hostname).toBe('127.0.0.1');
    await expect(startEmulator({ port: 0, host: '0.0.0.0' })).rejects.toThrow(/this machine only/);
    expect(await withHost(`localhost:${new URL(emulator.url).port}`, '/_emulator/health')).toBe(
      200,
    );
    expect(await withHost('evil.example:4000', '/_emulator/health')).toBe(403);
  });
});

describe('origins', () => {
  it('tells loopback host names from others', () => {
    expect(['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST'].map(isLoopbackHost)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['0.0.0.0', '192.168.1.2', 'localhost.evil.example'].map(isLoopbackHost)).toEqual([
      false,
      false,
      false,
    ]);
    expect(hostnameOf('[::1]:4000')).toBe('::1');
    expect(hostnameOf('localhost:4000')).toBe('localhost');
  });

  it('refuses the opaque origin of sandboxed frames and files', () => {
    const policy = new OriginPolicy([APP]);
    expect(policy.decide({ host: 'localhost:4000', origin: 'null' }).ok).toBe(false);
    expect(policy.decide({ host: 'localhost:4000', origin: `${APP}/` })).toEqual({
      ok: true,
      cors: APP,
    });
  });
});

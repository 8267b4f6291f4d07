import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_HOSTS,
  type DemoHosts,
  demoHostOrigins,
  startDemoHosts,
  startupLines,
} from './demoHosts';
import type { LiveMeeting } from './liveMeeting';

const root = path.resolve(import.meta.dirname, '../..');
let hosts: DemoHosts;
let booked = 0;

beforeAll(async () => {
  hosts = await startDemoHosts({
    port: 0,
    root,
    appUrl: 'http://localhost:3000',
    graphBaseUrl: 'http://127.0.0.1:4000',
    tenant: { name: 'Egeskov Kommune' },
    liveMeeting: () => {
      booked += 1;
      return Promise.resolve({ eventId: 'e1', subject: 'Netværksmøde' } as LiveMeeting);
    },
  });
});
afterAll(() => hosts.close());

/** A GET with a Host header of our choosing. */
function statusWithHost(host: string, pathname: string): Promise<number> {
  const { port } = new URL(hosts.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the demo hosts', () => {
  it('serve each host’s chooser and the test pages it frames, from one loopback origin', async () => {
    expect(new URL(hosts.url).hostname).toBe('localhost');
    for (const host of DEMO_HOSTS) {
      const page = await fetch(`${hosts.url}${host.path}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`<script src="${host.page.replace('.html', '.js')}">`);
      // The pages the browser tests use, served as they are.
      const script = await fetch(`${hosts.url}${host.path}${host.page.replace('.html', '.js')}`);
      expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    }
    expect((await fetch(`${hosts.url}/teams/harness.html`)).status).toBe(200);
    expect((await fetch(`${hosts.url}/outlook/fake-office.js`)).status).toBe(200);
    expect(
      (await fetch(`${hosts.url}/teams`, { redirect: 'manual' })).headers.get('location'),
    ).toBe('/teams/');
  });

  it('give their pages a policy: their own scripts, the tab and Graph, framed only by themselves', async () => {
    const policy = (await fetch(`${hosts.url}/outlook/`)).headers.get('content-security-policy');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-src 'self' http://localhost:3000");
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:4000");
    expect(policy).toContain("frame-ancestors 'self'");
  });

  it('serve nothing outside the hosts’ folders', async () => {
    for (const pathname of [
      '/teams/..%2F..%2Fpackage.json',
      '/teams/../../package.json',
      '/outlook/%2e%2e/harness/harness.js',
      '/teams/.hidden',
      '/src/index.tsx',
    ]) {
      expect((await fetch(`${hosts.url}${pathname}`)).status, pathname).toBe(404);
    }
  });

  it('tell the host pages where the tab and Graph are, and book today’s meeting for their own pages only', async () => {
    const config = (await (await fetch(`${hosts.url}/demo/config.json`)).json()) as {
      appUrl: string;
      graphBaseUrl: string;
    };
    expect(config).toMatchObject({
      appUrl: 'http://localhost:3000',
      graphBaseUrl: 'http://127.0.0.1:4000',
    });
    const before = booked;
    const own = await fetch(`${hosts.url}/demo/live-meeting`, {
      method: 'POST',
      headers: { origin: hosts.url },
    });
    expect(((await own.json()) as LiveMeeting).eventId).toBe('e1');
    const foreign = await fetch(`${hosts.url}/demo/live-meeting`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(booked).toBe(before + 1);
  });

  it('answer only loopback host names (no DNS rebinding)', async () => {
    const port = new URL(hosts.url).port;
    expect(await statusWithHost(`localhost:${port}`, '/teams/')).toBe(200);
    expect(await statusWithHost('evil.example', '/teams/')).toBe(403);
  });
});

describe('the start-up output', () => {
  it('names the tab and whom to sign in as, then each demo host on its own line', () => {
    const lines = startupLines({
      appUrl: 'http://localhost:3000',
      demoUrl: 'http://localhost:3001',
      organiser: { displayName: 'Signe Vestergaard', department: 'HR' },
    });
    expect(lines).toEqual([
      'Netværksmøder kører: åbn http://localhost:3000 og log ind som Signe Vestergaard (arrangør, HR).',
      ...DEMO_HOSTS.map((h) => `${h.announce}: http://localhost:3001${h.path}`),
    ]);
    expect(lines[1]).toMatch(/ikke Microsoft Teams\): http:\/\/localhost:3001\/teams\/$/);
    expect(lines[2]).toMatch(/ikke Outlook\): http:\/\/localhost:3001\/outlook\/$/);
    expect(demoHostOrigins(3001)).toEqual(['http://localhost:3001', 'http://127.0.0.1:3001']);
  });
});

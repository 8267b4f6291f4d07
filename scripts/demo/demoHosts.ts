/**
 * The demo hosts `npm start` serves beside the tab, one mechanism for all of them: pages that
 * play Teams and Outlook around the app on the demo tenant, made of the browser tests' own host
 * pages (tests/e2e/harness/, tests/e2e/outlook/), each under a path of one origin of their own.
 * The dev build accepts that origin as a host (`demoHostOrigins` go into NM_TEST_HARNESS_ORIGINS,
 * which the production guard refuses in any build for hosting), the emulator answers its pages,
 * and the start-up output names each host (`startupLines`). None of it is Teams or Outlook.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { hostnameOf, isLoopbackHost } from '../../src/emulator/origins';
import type { LiveMeeting } from './liveMeeting';

/** One demo host: a folder of host pages served under a path, and its start-up line. */
export interface DemoHost {
  /** Where it is served, under the demo hosts' origin (`/teams/`). */
  readonly path: string;
  /** Its folder, from the repository root: the browser tests' host pages. */
  readonly dir: string;
  /** The page the path opens: a chooser that frames the host page. */
  readonly page: string;
  /** What the start-up output says it is, before its address. */
  readonly announce: string;
}

/** The demo hosts, in the order the start-up output names them. */
export const DEMO_HOSTS: readonly DemoHost[] = [
  {
    path: '/teams/',
    dir: 'tests/e2e/harness',
    page: 'demo-teams.html',
    announce:
      'Demo-Teams (fanen som personlig app og i dagens netværksmøde: detaljer, sidepanel og mødescene; ikke Microsoft Teams)',
  },
  {
    path: '/outlook/',
    dir: 'tests/e2e/outlook',
    page: 'demo-outlook.html',
    announce:
      'Demo-Outlook (mødeformularen med tilføjelsesprogrammet og send-tjekket; ikke Outlook)',
  },
];

/** The origins the demo hosts are served from (the dev build and the emulator accept both). */
export function demoHostOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

/** The start-up output's last lines: where to open the tab, then each demo host. */
export function startupLines(options: {
  readonly appUrl: string;
  readonly demoUrl: string;
  readonly organiser?: { readonly displayName: string; readonly department?: string } | undefined;
}): string[] {
  const whom = options.organiser
    ? ` og log ind som ${options.organiser.displayName} (arrangør, ${options.organiser.department ?? ''})`
    : '';
  return [
    `Netværksmøder kører: åbn ${options.appUrl}${whom}.`,
    ...DEMO_HOSTS.map((host) => `${host.announce}: ${options.demoUrl}${host.path}`),
  ];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** What the demo hosts serve besides their pages. */
export interface DemoHostsOptions {
  readonly port: number;
  readonly root: string;
  /** The tab (the dev server). */
  readonly appUrl: string;
  /** Graph (the emulator), which the demo Outlook form saves through. */
  readonly graphBaseUrl: string;
  /** Facts of the demo tenant the host pages show (its name). */
  readonly tenant: { readonly name: string };
  /** Today's live meeting, booked if none is playing (`ensureLiveMeeting`). */
  readonly liveMeeting: () => Promise<LiveMeeting>;
}

/** Running demo hosts. */
export interface DemoHosts {
  /** `http://localhost:port`, the origin the start-up output names. */
  readonly url: string;
  close(): Promise<void>;
}

/** The host pages' own policy: their scripts only, the tab and Graph as the only others. */
function pagePolicy(options: DemoHostsOptions): string {
  const app = new URL(options.appUrl).origin;
  const graph = new URL(options.graphBaseUrl).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ${graph}`,
    `frame-src 'self' ${app} ${app.replace('//localhost:', '//127.0.0.1:')}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

/** The demo hosts' own index: each host and what it is. */
function indexPage(): string {
  const items = DEMO_HOSTS.map(
    (h) => `<li><a href="${h.path}">${h.path}</a>: ${h.announce}</li>`,
  ).join('\n');
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Netværksmøder: demo-værter</title>
<link rel="icon" href="data:,"></head>
<body><h1>Demo-værter for Netværksmøder</h1>
<p>Sider der spiller Teams og Outlook omkring appen på demo-lejeren. De er hverken Teams eller Outlook.</p>
<ul>
${items}
</ul></body></html>`;
}

/** A file of a host's folder (no sub-folders, nothing outside it), or undefined. */
function hostFile(root: string, pathname: string): { file: string; host: DemoHost } | undefined {
  const host = DEMO_HOSTS.find((h) => pathname.startsWith(h.path));
  if (!host) return undefined;
  const name = decodeURIComponent(pathname.slice(host.path.length)) || host.page;
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) return undefined;
  const file = path.join(root, host.dir, name);
  return existsSync(file) && statSync(file).isFile() ? { file, host } : undefined;
}

/** True for a request a page of another origin sent (it may not book a meeting). */
function fromOtherPage(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  return origin !== undefined && !demoHostOrigins(port).includes(origin);
}

/** Starts the demo hosts on loopback. */
export async function startDemoHosts(options: DemoHostsOptions): Promise<DemoHosts> {
  let port = options.port;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // Only on this machine, under a loopback name (no DNS rebinding onto the demo's meeting).
    if (!isLoopbackHost(hostnameOf(req.headers.host ?? ''))) {
      res.writeHead(403).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://demo');
    if (url.pathname === '/demo/config.json' && req.method === 'GET') {
      json(res, 200, {
        appUrl: options.appUrl,
        graphBaseUrl: options.graphBaseUrl,
        tenant: options.tenant,
      });
      return;
    }
    if (url.pathname === '/demo/live-meeting' && req.method === 'POST') {
      if (fromOtherPage(req, port)) {
        res.writeHead(403).end();
        return;
      }
      json(res, 200, await options.liveMeeting());
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string }).end(indexPage());
      return;
    }
    const bare = DEMO_HOSTS.find((h) => url.pathname === h.path.slice(0, -1));
    if (bare) {
      res.writeHead(308, { location: `${bare.path}${url.search}` }).end();
      return;
    }
    const found = hostFile(options.root, url.pathname);
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(found.file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(type.startsWith('text/html') ? { 'content-security-policy': pagePolicy(options) } : {}),
    });
    createReadStream(found.file).pipe(res);
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) json(res, 500, { error: e instanceof Error ? e.message : String(e) });
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

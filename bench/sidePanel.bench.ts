import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../scripts/serveStatic';
import { demoTokenFor } from '../src/auth/demoToken';
import {
  bookingFromPlan,
  moveMeeting,
  planningClockAt,
  wallMinutes,
  wallTimeOf,
} from '../src/domain';
import { demoPlan } from '../src/emulator/demoPlan.testSupport';
import { demoTenant } from '../src/emulator/demoTenant';
import { startEmulator } from '../src/emulator/server';
import { createEventBody } from '../src/graph/eventMapping';
import { launchBrowser } from '../tests/e2e/browser';
import { median, scriptBytesOf, webpack } from './firstScreen.bench';
import type { BenchRow } from './graph.bench';
import { type ReadyMark, readyAt, watchReady } from './readyClock';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 7;
const ORGANISER = 'signe.vestergaard@egeskov.example';
/** What `getByRole('heading')` finds, for the ready clock. */
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

interface Screen {
  readonly gzipBytes: number;
  readonly ms: number;
}

/**
 * Loads the harness around the tab once, the organiser already signed in (in Teams nested app
 * authentication signs in without a click; the demo remembers its person for the session, so
 * the same holds here), and counts the app's JS (its own origin, gzip) fetched before `ready`.
 */
async function loadOnce(
  browser: Browser,
  url: string,
  appOrigin: string,
  ready: (page: Page) => Promise<void>,
  mark: ReadyMark,
): Promise<Screen> {
  const context = await browser.newContext({
    locale: 'da-DK',
    viewport: { width: 320, height: 900 },
  });
  await context.addInitScript(
    ([origin, user]) => {
      if (location.origin === origin) sessionStorage.setItem('nm.demoUser', user as string);
    },
    [appOrigin, ORGANISER],
  );
  await watchReady(context, mark);
  const page = await context.newPage();
  const scriptBytes = scriptBytesOf(page, appOrigin);
  await page.goto(url);
  await ready(page).catch(async (e: unknown) => {
    // What the page showed instead is the first thing anyone fixing the bench needs.
    await page.screenshot({ path: path.join(root, 'test-results/bench-side-panel-failed.png') });
    throw e;
  });
  // Timed from the harness page's start, as before: the host around the tab is part of the wait.
  const frame = page.frames().find((f) => f.url().startsWith(appOrigin));
  if (!frame) throw new Error('The tab frame is gone');
  const ms = await readyAt(frame, page.mainFrame());
  const gzipBytes = await scriptBytes();
  await context.close();
  return { gzipBytes, ms };
}

/**
 * The meeting's side panel beside the personal tab, both in the Teams host harness, in one run
 * and one build, taking turns: the JS each fetches before its first view (the tab: the start
 * screen's programmes; the side panel: the live programme of a meeting under way, found from
 * its chat), and the time to it.
 */
export async function sidePanelBench(): Promise<BenchRow[]> {
  const emulator = await startEmulator({ port: 0 });
  const harness = await serveStatic({ dir: path.join(root, 'tests/e2e/harness'), port: 0 });
  const out = path.join(root, 'test-results/bench-side-panel');
  webpack(['--mode', 'production', '--env', 'testBuild', '--output-path', out], {
    NM_DEMO: 'true',
    NM_GRAPH_BASE_URL: emulator.url,
    NM_TEST_HARNESS_ORIGINS: harness.url,
  });
  const app = await serveStatic({ dir: out, port: 0 });
  // The emulator answers only the origins it is told of, as Graph's CORS does for a registered app.
  emulator.allowOrigins(app.url, harness.url);

  // A network meeting under way now: started half an hour ago (kept within the day).
  const clock = planningClockAt(Date.now());
  const start = Math.min(Math.max(wallMinutes(clock.now) - 30, 0), 24 * 60 - 5 - 180);
  const moved = moveMeeting(demoPlan(demoTenant(), { id: 'bench-side-panel', date: clock.today }), {
    start: wallTimeOf(start - (start % 5)),
  });
  if (!moved.ok) throw new Error(`The bench's meeting: ${moved.error.code}`);
  const booked = await fetch(`${emulator.url}/v1.0/me/events`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${demoTokenFor(ORGANISER)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(createEventBody(bookingFromPlan(moved.plan, 'da'))),
  });
  const eventId = ((await booked.json()) as { id: string }).id;
  const chatId = emulator.core
    .mailbox(emulator.core.user(ORGANISER)?.id ?? '')
    .events.find((e) => e.id === eventId)?.chatId;
  if (!chatId) throw new Error('The bench’s meeting has no chat');

  const inHarness = (query: Record<string, string>) =>
    `${harness.url}/harness.html?${new URLSearchParams({ host: 'Teams', user: ORGANISER, ...query })}`;
  const tab = {
    url: inHarness({ app: `${app.url}/?view=personal`, frameContext: 'content' }),
    ready: (p: Page) =>
      p.frameLocator('iframe#tab').getByRole('heading', { name: 'Programmer' }).waitFor(),
    mark: { selector: HEADINGS, text: /Programmer/i },
  };
  const panel = {
    url: inHarness({ app: `${app.url}/?view=tab`, frameContext: 'sidePanel', chatId }),
    ready: (p: Page) =>
      p.frameLocator('iframe#tab').getByRole('heading', { name: 'Programmet nu' }).waitFor(),
    mark: { selector: HEADINGS, text: /Programmet nu/i },
  };
  const browser = await launchBrowser();
  try {
    for (const s of [tab, panel]) await loadOnce(browser, s.url, app.url, s.ready, s.mark);
    const runs: [Screen[], Screen[]] = [[], []];
    for (let i = 0; i < RUNS; i++) {
      runs[0].push(await loadOnce(browser, tab.url, app.url, tab.ready, tab.mark));
      runs[1].push(await loadOnce(browser, panel.url, app.url, panel.ready, panel.mark));
    }
    const [ours, theirs] = runs.map((r) => ({
      gzipBytes: r.at(-1)?.gzipBytes ?? 0,
      ms: median(r.map((x) => x.ms)),
    })) as [Screen, Screen];
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    const size = theirs.gzipBytes / ours.gzipBytes;
    const time = theirs.ms / ours.ms;
    return [
      {
        name: 'Side panel: first view JS, gzip (Teams harness, the live programme)',
        value: kb(theirs.gzipBytes),
        note: `${size.toFixed(2)}× the tab's first screen; target ≤ 1.00: ${size <= 1 ? 'met' : 'MISSED'}`,
      },
      {
        name: "  the tab's first screen, same build and host (signed in, start screen)",
        value: kb(ours.gzipBytes),
        note: '1.00×',
      },
      {
        name: `Side panel: to first view, meeting found (median of ${RUNS})`,
        value: `${theirs.ms.toFixed(0)} ms`,
        note: `${time.toFixed(2)}× the tab's; target ≤ 1.00: ${time <= 1 ? 'met' : 'MISSED'}`,
      },
      { name: "  the tab's first screen", value: `${ours.ms.toFixed(0)} ms`, note: '1.00×' },
    ];
  } finally {
    await browser.close();
    await Promise.all([app.close(), harness.close(), emulator.close()]);
  }
}

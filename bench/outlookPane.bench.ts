import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../scripts/serveStatic';
import { startEmulator } from '../src/emulator/server';
import { launchBrowser } from '../tests/e2e/browser';
import { median, scriptBytesOf, webpack } from './firstScreen.bench';
import type { BenchRow } from './graph.bench';
import { type ReadyMark, readyAt, watchReady } from './readyClock';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 7;
/** The pane's first screen may be at most this many times the tab's, in size and in time. */
const PANE_BUDGET = 1.2;

interface Screen {
  readonly gzipBytes: number;
  readonly ms: number;
}

/**
 * Loads a page once and counts the app's JS (scripts from `appOrigin`, gzip) fetched before
 * `ready` showed, in the page or in the pane's frame; the host page's own scripts (the Outlook
 * stand-in and its office.js) are not the add-in's and are left out.
 */
async function loadOnce(
  browser: Browser,
  url: string,
  appOrigin: string,
  ready: (page: Page) => Promise<void>,
  clock: (page: Page) => Promise<number>,
  mark: ReadyMark,
): Promise<Screen> {
  const context = await browser.newContext({ locale: 'da-DK' });
  await watchReady(context, mark);
  const page = await context.newPage();
  const scriptBytes = scriptBytesOf(page, appOrigin);
  await page.goto(url);
  await ready(page);
  const ms = await clock(page);
  const gzipBytes = await scriptBytes();
  await context.close();
  return { gzipBytes, ms };
}

/**
 * The add-in's organiser pane beside the tab, in one run and one build: the JS each fetches
 * before its first usable screen (the tab: its sign-in button; the pane, in the Outlook host
 * page of the browser tests: the programme choice, signed in as the mailbox, the form read).
 */
export async function outlookPaneBench(): Promise<BenchRow[]> {
  const emulator = await startEmulator({ port: 0, anchor: '2027-03-01' });
  const host = await serveStatic({ dir: path.join(root, 'tests/e2e/outlook'), port: 0 });
  const out = path.join(root, 'test-results/bench-outlook');
  webpack(['--mode', 'production', '--env', 'testBuild', '--output-path', out], {
    NM_DEMO: 'true',
    NM_GRAPH_BASE_URL: emulator.url,
    NM_OFFICE_JS_URL: `${host.url}/fake-office.js`,
  });
  const app = await serveStatic({ dir: out, port: 0 });
  emulator.allowOrigins(app.url, host.url);
  const browser = await launchBrowser();
  const tab = {
    url: `${app.url}/`,
    ready: (p: Page) => p.locator('button:has-text("Log ind som")').first().waitFor(),
    clock: (p: Page) => readyAt(p.mainFrame()),
    mark: { selector: 'button', text: /Log ind som/i },
  };
  // As the manifest opens it; timed from the pane frame's own start, as the tab from its page's:
  // the host page before it stands in for Outlook opening the pane, which is not the add-in's.
  const paneUrl = `${app.url}/outlook.html?pane=organizer`;
  const paneQuery = new URLSearchParams({ pane: paneUrl });
  const pane = {
    url: `${host.url}/outlook-host.html?${paneQuery}`,
    ready: (p: Page) =>
      p
        .frameLocator('iframe#pane')
        .getByRole('button', { name: /^1\. netværksmøde/ })
        .waitFor(),
    clock: async (p: Page) => {
      const frame = p.frames().find((f) => f.url() === paneUrl);
      if (!frame) throw new Error('The pane frame is gone');
      return readyAt(frame);
    },
    mark: { selector: 'button', text: /^1\. netværksmøde/ },
  };
  try {
    for (const s of [tab, pane]) await loadOnce(browser, s.url, app.url, s.ready, s.clock, s.mark);
    const runs: [Screen[], Screen[]] = [[], []];
    for (let i = 0; i < RUNS; i++) {
      runs[0].push(await loadOnce(browser, tab.url, app.url, tab.ready, tab.clock, tab.mark));
      runs[1].push(await loadOnce(browser, pane.url, app.url, pane.ready, pane.clock, pane.mark));
    }
    const [ours, theirs] = runs.map((r) => ({
      gzipBytes: r.at(-1)?.gzipBytes ?? 0,
      ms: median(r.map((x) => x.ms)),
    })) as [Screen, Screen];
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    const budget = (ratio: number) =>
      `${ratio.toFixed(2)}× the tab's; target ≤ ${PANE_BUDGET.toFixed(2)}: ${ratio <= PANE_BUDGET ? 'met' : 'MISSED'}`;
    const sizeRatio = theirs.gzipBytes / ours.gzipBytes;
    const timeRatio = theirs.ms / ours.ms;
    return [
      {
        name: 'Outlook organiser pane: first screen JS, gzip (demo, form read)',
        value: kb(theirs.gzipBytes),
        note: budget(sizeRatio),
      },
      { name: "  the tab's first screen JS, same build", value: kb(ours.gzipBytes), note: '1.00×' },
      {
        name: `Outlook organiser pane: to first usable screen (median of ${RUNS})`,
        value: `${theirs.ms.toFixed(0)} ms`,
        note: `${budget(timeRatio)} (the tab stops at sign-in)`,
      },
    ];
  } finally {
    await browser.close();
    await Promise.all([app.close(), host.close(), emulator.close()]);
  }
}

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../scripts/serveStatic';
import { startEmulator } from '../src/emulator/server';
import { launchBrowser } from '../tests/e2e/browser';
import type { BenchRow } from './graph.bench';
import { type ReadyMark, readyAt, watchReady } from './readyClock';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 9;

/** Runs webpack with a clean NM_ environment. */
export function webpack(args: string[], env: Record<string, string>): void {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('NM_')),
  );
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/webpack/bin/webpack.js'), ...args],
    {
      cwd: root,
      env: { ...base, NM_IGNORE_DOTENV: '1', ...env },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`Build failed:\n${run.stdout}\n${run.stderr}`);
}

/**
 * Starts counting the scripts a page fetches (from `origin` only, when given), gzip level 9;
 * the returned function totals those fetched so far.
 */
export function scriptBytesOf(page: Page, origin?: string): () => Promise<number> {
  const scripts: Promise<number>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script' && (!origin || res.url().startsWith(origin)))
      scripts.push(res.body().then((b) => gzipSync(b, { level: 9 }).length));
  });
  return async () => (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
}

/** A page to load, the locator that finds it usable, and the same condition for the clock. */
interface Screen {
  readonly url: string;
  readonly ready: string;
  readonly mark: ReadyMark;
}

interface FirstScreen {
  readonly gzipBytes: number;
  readonly ms: number;
}

/** Loads a page once: the JS it fetched before the first screen was usable, and how long that took. */
async function loadOnce(browser: Browser, screen: Screen): Promise<FirstScreen> {
  const context = await browser.newContext({ locale: 'da-DK' });
  await watchReady(context, screen.mark);
  const page = await context.newPage();
  const scriptBytes = scriptBytesOf(page);
  await page.goto(screen.url);
  await page.locator(screen.ready).first().waitFor();
  const ms = await readyAt(page.mainFrame());
  const gzipBytes = await scriptBytes();
  await context.close();
  return { gzipBytes, ms };
}

/** The median of some figures. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Loads both pages RUNS times, taking turns after one warm-up load each: on two busy cores a
 * block of one page's loads and then a block of the other's measured the machine's drift.
 */
async function measurePair(
  browser: Browser,
  pages: readonly [Screen, Screen],
): Promise<[FirstScreen, FirstScreen]> {
  for (const p of pages) await loadOnce(browser, p);
  const runs: [FirstScreen[], FirstScreen[]] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    runs[0].push(await loadOnce(browser, pages[0]));
    runs[1].push(await loadOnce(browser, pages[1]));
  }
  const summary = (r: FirstScreen[]): FirstScreen => ({
    gzipBytes: r.at(-1)?.gzipBytes ?? 0,
    ms: median(r.map((x) => x.ms)),
  });
  return [summary(runs[0]), summary(runs[1])];
}

/**
 * The first screen, side by side in one run: the app (demo build, plain browser, up to its
 * sign-in button) against a reference build of the bare dependency set rendering one button.
 */
export async function firstScreenBench(): Promise<BenchRow[]> {
  const emulator = await startEmulator({ port: 0, anchor: '2027-03-01' });
  const appOut = path.join(root, 'test-results/bench-app');
  // A test build (written outside dist/): the production guard refuses the demo otherwise.
  webpack(['--mode', 'production', '--env', 'testBuild', '--output-path', appOut], {
    NM_DEMO: 'true',
    NM_GRAPH_BASE_URL: emulator.url,
  });
  webpack(['--config', path.join(root, 'bench/reference/webpack.reference.js')], {});
  const app = await serveStatic({ dir: appOut, port: 0 });
  emulator.allowOrigins(app.url);
  const reference = await serveStatic({
    dir: path.join(root, 'test-results/bench-reference'),
    port: 0,
  });
  const browser = await launchBrowser();
  try {
    const [ours, ref] = await measurePair(browser, [
      {
        url: `${app.url}/`,
        ready: 'button:has-text("Log ind som")',
        mark: { selector: 'button', text: /Log ind som/i },
      },
      { url: `${reference.url}/`, ready: 'button', mark: { selector: 'button', text: /(?:)/ } },
    ]);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    const sizeRatio = ours.gzipBytes / ref.gzipBytes;
    const timeRatio = ours.ms / ref.ms;
    return [
      {
        name: 'First screen JS, gzip (app, plain browser, demo)',
        value: kb(ours.gzipBytes),
        note: `${sizeRatio.toFixed(2)}× reference; target ≤ 1.00: ${sizeRatio <= 1 ? 'met' : 'MISSED'}`,
      },
      {
        name: '  reference build (React, Fluent, teams-js, MSAL, graph-client, one button)',
        value: kb(ref.gzipBytes),
        note: '1.00×',
      },
      {
        name: `Navigation to first usable screen (median of ${RUNS})`,
        value: `${ours.ms.toFixed(0)} ms`,
        note: `${timeRatio.toFixed(2)}× reference; target ≤ 1.20: ${timeRatio <= 1.2 ? 'met' : 'MISSED'}`,
      },
      { name: '  reference build', value: `${ref.ms.toFixed(0)} ms`, note: '1.00×' },
    ];
  } finally {
    await browser.close();
    await Promise.all([app.close(), reference.close(), emulator.close()]);
  }
}

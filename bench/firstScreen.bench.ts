import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../scripts/serveStatic';
import { startEmulator } from '../src/emulator/server';
import { launchBrowser } from '../tests/e2e/browser';
import type { BenchRow } from './graph.bench';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 7;

function webpack(args: string[], env: Record<string, string>): void {
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

interface FirstScreen {
  readonly gzipBytes: number;
  readonly ms: number;
}

/** Loads a page RUNS times: the JS it fetched before the first screen was usable, and how long that took. */
async function measure(browser: Browser, url: string, ready: string): Promise<FirstScreen> {
  const times: number[] = [];
  let gzipBytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script')
        scripts.push(res.body().then((b) => gzipSync(b, { level: 9 }).length));
    });
    await page.goto(url);
    await page.locator(ready).first().waitFor();
    times.push(await page.evaluate(() => performance.now()));
    gzipBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { gzipBytes, ms: times[Math.floor(times.length / 2)] ?? Number.NaN };
}

/**
 * The first screen, side by side in one run: the app (demo build, plain browser, up to its
 * sign-in button) against a reference build of the bare dependency set rendering one button.
 */
export async function firstScreenBench(): Promise<BenchRow[]> {
  const emulator = await startEmulator({ port: 0, anchor: '2027-03-01' });
  const appOut = path.join(root, 'test-results/bench-app');
  webpack(['--mode', 'production', '--output-path', appOut], {
    NM_DEMO: 'true',
    NM_GRAPH_BASE_URL: emulator.url,
  });
  webpack(['--config', path.join(root, 'bench/reference/webpack.reference.js')], {});
  const app = await serveStatic({ dir: appOut, port: 0 });
  const reference = await serveStatic({
    dir: path.join(root, 'test-results/bench-reference'),
    port: 0,
  });
  const browser = await launchBrowser();
  try {
    const ours = await measure(browser, `${app.url}/`, 'button:has-text("Log ind som")');
    const ref = await measure(browser, `${reference.url}/`, 'button');
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

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import {
  type Browser,
  type BrowserServer,
  chromium,
  type Download,
  type Page,
} from 'playwright-core';
import { chromiumPath } from '../chromiumPath';

/** Where screenshots go; look at them. */
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/**
 * How Chromium (`CHROMIUM_PATH`, else Debian's) is started: headless, with outbound name lookups
 * blocked, so nothing but this machine's servers (127.0.0.1, localhost) is reachable and nothing
 * may wait on the internet (teams-js's CDN list included).
 */
function launchOptions() {
  return {
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  };
}

/** Chromium for this process alone (the benches; the browser tests share one, below). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/**
 * Chromium as a server the whole browser-test run shares (started once in `globalSetup.ts`):
 * starting a browser per test file cost seconds each; every test still gets fresh contexts.
 */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/** Connects to the run's shared Chromium; closing what this returns closes its contexts only. */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/**
 * A downloaded file's text, read through the connection: the shared browser keeps downloads on
 * its side, where `download.path()` (a path on the browser's machine) is refused.
 */
export async function downloadedText(download: Download): Promise<string> {
  return text(await download.createReadStream());
}

/** Saves a screenshot of the page under test-results/screenshots. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** `#rrggbb` as the `rgb(r, g, b)` a computed style gives. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

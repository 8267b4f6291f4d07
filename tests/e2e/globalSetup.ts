/**
 * Browser tests' setup: builds the app as a test build (demo tenant, harness origin accepted),
 * starts the Graph emulator, and serves the app (with its Content-Security-Policy) and the host
 * harness from two origins, as Teams and the tab are, and starts the one Chromium the test files
 * share. Everything stops after the run.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { contentSecurityPolicyFor } from '../../scripts/csp.mjs';
import { serveStatic } from '../../scripts/serveStatic';
import { startEmulator } from '../../src/emulator/server';
import { chromiumPath } from '../chromiumPath';
import { launchBrowserServer } from './browser';
import { BROWSER_TEST_BUILDS, browserTestUrls, buildForBrowserTests } from './testBuilds';

const root = path.resolve(import.meta.dirname, '../..');
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    unconfiguredUrl: string;
    harnessUrl: string;
    emulatorUrl: string;
    /** The page that plays Outlook's meeting form for the add-in (tests/e2e/outlook/). */
    outlookHostUrl: string;
    /** The run's one Chromium, which every test file connects to (`fixture.ts`). */
    browserWsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  // No browser, no browser tests: say so in one line before minutes of building.
  chromiumPath();
  const { emulatorUrl, appUrl, harnessUrl, outlookHostUrl, officeJsUrl } = browserTestUrls();
  const { out, unconfiguredOut } = BROWSER_TEST_BUILDS;
  // `npm test` has built them beside its checks and unit tests (scripts/test.ts), and says so.
  if (process.env['NM_E2E_BUILT'] !== '1') await buildForBrowserTests();

  const emulator = await startEmulator({
    port: Number(new URL(emulatorUrl).port),
    anchor: '2027-03-01',
    // The pages of the servers below, and no other, may call it.
    allowedOrigins: [appUrl, harnessUrl, outlookHostUrl],
  });
  const app = await serveStatic({
    dir: out,
    port: Number(new URL(appUrl).port),
    headers: (pathname) => ({
      'Content-Security-Policy': contentSecurityPolicyFor(pathname, {
        graphBaseUrl: emulatorUrl,
        extraFrameAncestors: [harnessUrl, outlookHostUrl],
        officeJsUrl,
      }),
    }),
  });
  const harness = await serveStatic({
    dir: path.join(root, 'tests/e2e/harness'),
    port: Number(new URL(harnessUrl).port),
  });
  const outlookHost = await serveStatic({
    dir: path.join(root, 'tests/e2e/outlook'),
    port: Number(new URL(outlookHostUrl).port),
  });
  const unconfigured = await serveStatic({
    dir: unconfiguredOut,
    port: port('E2E_UNCONFIGURED_PORT', 43113),
  });

  const browser = await launchBrowserServer();

  project.provide('appUrl', app.url);
  project.provide('harnessUrl', harness.url);
  project.provide('unconfiguredUrl', unconfigured.url);
  project.provide('emulatorUrl', emulator.url);
  project.provide('outlookHostUrl', outlookHost.url);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await Promise.all([
      browser.close(),
      app.close(),
      harness.close(),
      outlookHost.close(),
      unconfigured.close(),
      emulator.close(),
    ]);
  };
}

/**
 * Browser tests' setup: builds the app as a test build (demo tenant, harness origin accepted),
 * starts the Graph emulator, and serves the app (with its Content-Security-Policy) and the host
 * harness from two origins, as Teams and the tab are, and starts the one Chromium the test files
 * share. Everything stops after the run.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { contentSecurityPolicyFor } from '../../scripts/csp.mjs';
import { serveStatic } from '../../scripts/serveStatic';
import { startEmulator } from '../../src/emulator/server';
import { chromiumPath } from '../chromiumPath';
import { launchBrowserServer } from './browser';

const execFileAsync = promisify(execFile);
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
  const emulatorUrl = `http://127.0.0.1:${port('E2E_EMULATOR_PORT', 43110)}`;
  const appUrl = `http://127.0.0.1:${port('E2E_APP_PORT', 43111)}`;
  const harnessUrl = `http://127.0.0.1:${port('E2E_HARNESS_PORT', 43112)}`;
  const outlookHostUrl = `http://127.0.0.1:${port('E2E_OUTLOOK_PORT', 43114)}`;
  // The add-in's pages load this stand-in instead of office.js from Microsoft's CDN.
  const officeJsUrl = `${outlookHostUrl}/fake-office.js`;
  const out = path.join(root, 'test-results', 'e2e-app');

  const build = async (output: string, env: Record<string, string>) => {
    // Only what a test names: a developer's own NM_ settings must not leak into a test build.
    const base = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('NM_')),
    );
    try {
      await execFileAsync(
        process.execPath,
        [
          path.join(root, 'node_modules/webpack/bin/webpack.js'),
          '--mode',
          'production',
          // A test build: the production guard lets it carry the demo, outside dist/ only.
          '--env',
          'testBuild',
          '--output-path',
          output,
        ],
        {
          cwd: root,
          env: { ...base, NM_IGNORE_DOTENV: '1', ...env },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`The test build failed:\n${stdout ?? ''}\n${stderr ?? String(error)}`, {
        cause: error,
      });
    }
  };
  // A production build with no configuration at all, as someone might deploy by mistake.
  const unconfiguredOut = path.join(root, 'test-results', 'e2e-unconfigured');
  // Both at once: each is mostly one thread, and there are two cores.
  await Promise.all([
    build(out, {
      NM_DEMO: 'true',
      NM_GRAPH_BASE_URL: emulatorUrl,
      NM_TEST_HARNESS_ORIGINS: harnessUrl,
      NM_OFFICE_JS_URL: officeJsUrl,
    }),
    build(unconfiguredOut, {}),
  ]);

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

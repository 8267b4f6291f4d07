/**
 * Browser tests' setup: builds the app as a test build (demo tenant, harness origin accepted),
 * starts the Graph emulator, and serves the app (with its Content-Security-Policy) and the host
 * harness from two origins, as Teams and the tab are. Everything stops after the run.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';
import { serveStatic } from '../../scripts/serveStatic';
import { startEmulator } from '../../src/emulator/server';

const root = path.resolve(import.meta.dirname, '../..');
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    harnessUrl: string;
    emulatorUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const emulatorUrl = `http://127.0.0.1:${port('E2E_EMULATOR_PORT', 43110)}`;
  const appUrl = `http://127.0.0.1:${port('E2E_APP_PORT', 43111)}`;
  const harnessUrl = `http://127.0.0.1:${port('E2E_HARNESS_PORT', 43112)}`;
  const out = path.join(root, 'test-results', 'e2e-app');

  const build = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/webpack/bin/webpack.js'),
      '--mode',
      'production',
      '--output-path',
      out,
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        NM_DEMO: 'true',
        NM_GRAPH_BASE_URL: emulatorUrl,
        NM_TEST_HARNESS_ORIGINS: harnessUrl,
      },
      encoding: 'utf8',
    },
  );
  if (build.status !== 0)
    throw new Error(`The test build failed:\n${build.stdout}\n${build.stderr}`);

  const emulator = await startEmulator({
    port: Number(new URL(emulatorUrl).port),
    anchor: '2027-03-01',
  });
  const app = await serveStatic({
    dir: out,
    port: Number(new URL(appUrl).port),
    headers: {
      'Content-Security-Policy': contentSecurityPolicy({
        graphBaseUrl: emulatorUrl,
        extraFrameAncestors: [harnessUrl],
      }),
    },
  });
  const harness = await serveStatic({
    dir: path.join(root, 'tests/e2e/harness'),
    port: Number(new URL(harnessUrl).port),
  });

  project.provide('appUrl', app.url);
  project.provide('harnessUrl', harness.url);
  project.provide('emulatorUrl', emulator.url);
  return async () => {
    await Promise.all([app.close(), harness.close(), emulator.close()]);
  };
}

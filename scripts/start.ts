/**
 * `npm start`: the app on the demo tenant, no Microsoft 365 needed. Starts the Graph emulator
 * (state kept in .data/emulator, or EMULATOR_DATA; port EMULATOR_PORT, default 4000), books the
 * demo's network meeting of today, serves the demo hosts (a Teams and an Outlook that are
 * neither; port DEMO_PORT, default 3001; scripts/demo/) and the webpack dev server (port PORT,
 * default 3000); once the first compile is printed, says where to open the tab, whom to sign in
 * as, and where each demo host is. Ctrl-C stops them all.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { demoTokenSource } from '../src/auth/demoTokenSource';
import { REPO_ROOT } from '../src/emulator/schema/paths';
import { type RunningEmulator, startEmulator } from '../src/emulator/server';
import { CorruptStateError } from '../src/emulator/store';
import { createGraphClient, networkMeetingGraph } from '../src/graph';
import { demoHostOrigins, startDemoHosts, startupLines } from './demo/demoHosts';
import { emulatorChatOf, ensureLiveMeeting } from './demo/liveMeeting';

const emulatorPort = Number(process.env['EMULATOR_PORT'] ?? 4000);
const appPort = Number(process.env['PORT'] ?? 3000);
const demoPort = Number(process.env['DEMO_PORT'] ?? 3001);
const dataDir = process.env['EMULATOR_DATA'] ?? path.join(REPO_ROOT, '.data', 'emulator');
const appUrl = `http://localhost:${appPort}`;
const demoOrigins = demoHostOrigins(demoPort);

let emulator: RunningEmulator;
try {
  emulator = await startEmulator({
    port: emulatorPort,
    dataDir,
    // The tab (under either loopback name) and the demo hosts' pages, and no other page.
    allowedOrigins: [appUrl, `http://127.0.0.1:${appPort}`, ...demoOrigins],
  });
} catch (e) {
  if (e instanceof CorruptStateError) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
console.log(`Graph emulator (${emulator.core.tenant.name}) on ${emulator.url}/v1.0`);

const tenant = emulator.core.tenant;
const organiser = emulator.core.user(tenant.key.organiser);
const organiserGraph = networkMeetingGraph(
  createGraphClient({ baseUrl: emulator.url, tokens: demoTokenSource(organiser?.mail ?? '') }),
);
/** Today's network meeting, playing now: booked as the tab books, if none is. */
const chatOf = emulatorChatOf(emulator.url, organiser?.mail ?? '');
const liveMeeting = () => ensureLiveMeeting(organiserGraph, tenant, Date.now(), chatOf);
try {
  const live = await liveMeeting();
  console.log(`Dagens netværksmøde på demo-lejeren: ${live.subject}, ${live.start}–${live.end}`);
} catch (e) {
  // The tab works without it; the demo Teams host books it again when it opens.
  console.error(`Dagens netværksmøde kunne ikke bookes: ${e instanceof Error ? e.message : e}`);
}
const demoHosts = await startDemoHosts({
  port: demoPort,
  root: REPO_ROOT,
  appUrl,
  graphBaseUrl: emulator.url,
  tenant: { name: tenant.name },
  liveMeeting,
});

// The IPC channel carries webpack.config.js's word that the first compile is printed.
const webpack = spawn(
  process.execPath,
  [path.join(REPO_ROOT, 'node_modules/webpack/bin/webpack.js'), 'serve', '--mode', 'development'],
  {
    cwd: REPO_ROOT,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      PORT: String(appPort),
      NM_GRAPH_BASE_URL: emulator.url,
      NM_DEMO: 'true',
      // The demo hosts frame the tab and answer teams-js; the add-in's pages load the office.js
      // stand-in from the demo Outlook host. Only a dev server may (scripts/buildGuard.mjs).
      NM_TEST_HARNESS_ORIGINS: demoOrigins.join(','),
      NM_OFFICE_JS_URL: `${demoHosts.url}/outlook/fake-office.js`,
    },
  },
);
webpack.on('message', (message: unknown) => {
  if ((message as { type?: unknown } | null)?.type === 'compiled') {
    const lines = startupLines({ appUrl, demoUrl: demoHosts.url, organiser });
    console.log(lines.join('\n'));
  }
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  webpack.kill('SIGTERM');
  // The dev server shuts down gracefully; do not wait on it for ever.
  setTimeout(() => webpack.kill('SIGKILL'), 5_000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// The emulator and the demo hosts close once the dev server is gone: no server outlives it.
webpack.on(
  'exit',
  (code) =>
    void Promise.all([emulator.close(), demoHosts.close()]).then(() =>
      process.exit(stopping ? 0 : (code ?? 1)),
    ),
);

/**
 * `npm start`: the app on the demo tenant, no Microsoft 365 needed. Starts the Graph emulator
 * (state kept in .data/emulator, or EMULATOR_DATA; port EMULATOR_PORT, default 4000) and the
 * webpack dev server (port PORT, default 3000); once the first compile is printed, says where to
 * open the app and whom to sign in as. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../src/emulator/schema/paths';
import { type RunningEmulator, startEmulator } from '../src/emulator/server';
import { CorruptStateError } from '../src/emulator/store';

const emulatorPort = Number(process.env['EMULATOR_PORT'] ?? 4000);
const appPort = Number(process.env['PORT'] ?? 3000);
const dataDir = process.env['EMULATOR_DATA'] ?? path.join(REPO_ROOT, '.data', 'emulator');

let emulator: RunningEmulator;
try {
  emulator = await startEmulator({ port: emulatorPort, dataDir });
} catch (e) {
  if (e instanceof CorruptStateError) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
console.log(`Graph emulator (${emulator.core.tenant.name}) on ${emulator.url}/v1.0`);

/** The last line of the start-up output: where to open the app, and the demo's organiser. */
function startupLine(appUrl: string): string {
  const organiser = emulator.core.user(emulator.core.tenant.key.organiser);
  const whom = organiser
    ? ` og log ind som ${organiser.displayName} (arrangør, ${organiser.department})`
    : '';
  return `Netværksmøder kører: åbn ${appUrl}${whom}.`;
}

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
    },
  },
);
webpack.on('message', (message: unknown) => {
  if ((message as { type?: unknown } | null)?.type === 'compiled') {
    console.log(startupLine(`http://localhost:${appPort}`));
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
// The emulator closes once the dev server is gone, so no server outlives `npm start`.
webpack.on(
  'exit',
  (code) => void emulator.close().then(() => process.exit(stopping ? 0 : (code ?? 1))),
);

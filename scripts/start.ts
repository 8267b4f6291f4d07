/**
 * `npm start`: the app on the demo tenant, no Microsoft 365 needed. Starts the Graph emulator
 * (state kept in .data/emulator) and the webpack dev server; Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../src/emulator/schema/paths';
import { startEmulator } from '../src/emulator/server';

const emulatorPort = Number(process.env['EMULATOR_PORT'] ?? 4000);
const emulator = await startEmulator({
  port: emulatorPort,
  dataDir: path.join(REPO_ROOT, '.data', 'emulator'),
});
console.log(`Graph emulator (${emulator.core.tenant.name}) on ${emulator.url}/v1.0`);

const webpack = spawn(
  process.execPath,
  [path.join(REPO_ROOT, 'node_modules/webpack/bin/webpack.js'), 'serve', '--mode', 'development'],
  {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NM_GRAPH_BASE_URL: emulator.url, NM_DEMO: 'true' },
  },
);

const stop = () => {
  webpack.kill('SIGTERM');
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
webpack.on('exit', (code) => void emulator.close().then(() => process.exit(code ?? 0)));

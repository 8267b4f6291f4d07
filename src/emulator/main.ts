/**
 * `npm run emulator`: the Graph emulator on its own. PORT (default 4000) and
 * EMULATOR_DATA (default .data/emulator) configure it, EMULATOR_ATTENDEE_NAMES=directory lists
 * attendees under their directory names, EMULATOR_JOIN_URLS=long makes Teams meetings with the
 * long join links, EMULATOR_ORIGINS (comma-separated) names the web origins whose pages may
 * call it (default: the dev server's, http://localhost:3000, and the demo hosts',
 * http://localhost:3001); Ctrl-C stops it.
 */
import path from 'node:path';
import { REPO_ROOT } from './schema/paths';
import { startEmulator } from './server';
import { CorruptStateError } from './store';

const port = Number(process.env['PORT'] ?? process.argv[2] ?? 4000);
const dataDir = process.env['EMULATOR_DATA'] ?? path.join(REPO_ROOT, '.data', 'emulator');
// `directory` lists internal attendees under their directory names, as a tenant might (FIDELITY.md).
const attendeeNames =
  process.env['EMULATOR_ATTENDEE_NAMES'] === 'directory' ? 'directory' : 'given';
// `long` makes Teams meetings with the older join links that carry the chat's thread id.
const joinUrls = process.env['EMULATOR_JOIN_URLS'] === 'long' ? 'long' : 'short';

// `npm run start:web` serves the tab here; the demo hosts are npm start's (scripts/demo/).
const allowedOrigins = (
  process.env['EMULATOR_ORIGINS'] ??
  'http://localhost:3000,http://127.0.0.1:3000,http://localhost:3001,http://127.0.0.1:3001'
)
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

try {
  const emulator = await startEmulator({
    port,
    dataDir,
    behaviour: { attendeeNames, joinUrls },
    allowedOrigins,
  });
  console.log(
    `Graph emulator (${emulator.core.tenant.name}) on ${emulator.url}/v1.0, state in ${dataDir}, for pages of ${allowedOrigins.join(', ')}`,
  );
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  if (e instanceof CorruptStateError) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}

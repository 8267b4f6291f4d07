/**
 * `npm run package`: the Teams app package (dist/appPackage/netvaerksmoeder.zip), filled from
 * the configuration (NM_CLIENT_ID, NM_APP_URL, optionally NM_TEAMS_APP_ID; .env is read) and
 * validated offline against Microsoft's schema. An invalid package fails the command.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../src/config/appConfig';
import { REPO_ROOT } from '../src/emulator/schema/paths';
import { fillManifest, validatePackage, zipPackage } from './appPackage';

// NM_IGNORE_DOTENV=1 uses only the environment given (the tests do, so a developer's .env
// cannot change what they see).
if (process.env['NM_IGNORE_DOTENV'] !== '1' && existsSync(path.join(REPO_ROOT, '.env'))) {
  process.loadEnvFile(path.join(REPO_ROOT, '.env'));
}
const configured = readConfig({ ...process.env, NM_DEMO: 'false' });
if (!configured.ok) {
  console.error(`The app package needs: ${configured.missing.join(', ')} (see .env.example).`);
  process.exit(1);
}
const manifest = fillManifest({ ...configured.config, teamsAppId: process.env['NM_TEAMS_APP_ID'] });
const problems = await validatePackage(manifest);
if (problems.length > 0) {
  console.error(`The app package is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const out = path.join(REPO_ROOT, 'dist', 'appPackage');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(path.join(out, 'netvaerksmoeder.zip'), await zipPackage(manifest));
console.log(`Valid app package: ${path.join(out, 'netvaerksmoeder.zip')}`);

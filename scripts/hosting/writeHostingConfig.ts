/**
 * `npm run hosting:config`: writes staticwebapp.config.json and hosting/ from
 * scripts/hosting/securityHeaders.ts (the CSP from scripts/csp.mjs). Run it after changing
 * either; tests/hosting.test.ts fails while a checked-in file differs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/emulator/schema/paths';
import { hostingFiles } from './hostingFiles';

for (const file of await hostingFiles(REPO_ROOT)) {
  const target = path.join(REPO_ROOT, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  console.log(`wrote ${file.path}`);
}

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fillManifest, validatePackage, zipPackage } from '../../scripts/appPackage';

const config = {
  clientId: '6c1b2a4e-1f0a-4b8e-9c7d-2f3e4a5b6c7d',
  appUrl: 'https://netvaerksmoeder.example.org',
};
const root = path.resolve(import.meta.dirname, '../..');

describe('the app package', () => {
  it('validates against Microsoft’s schema, with a personal tab, a channel and meeting tab and SSO', async () => {
    const manifest = fillManifest(config);
    expect(await validatePackage(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      manifestVersion: '1.24',
      staticTabs: [
        { scopes: ['personal'], contentUrl: 'https://netvaerksmoeder.example.org/?view=personal' },
      ],
      configurableTabs: [
        {
          scopes: ['team', 'groupChat'],
          context: expect.arrayContaining(['channelTab', 'meetingSidePanel']),
        },
      ],
      validDomains: ['netvaerksmoeder.example.org'],
      webApplicationInfo: {
        id: config.clientId,
        resource: `api://netvaerksmoeder.example.org/${config.clientId}`,
      },
      localizationInfo: {
        defaultLanguageTag: 'da-dk',
        additionalLanguages: [{ languageTag: 'en-us', file: 'en.json' }],
      },
    });
  });

  it('zips the manifest, both icons and both localisation files at the top level', async () => {
    const zip = await JSZip.loadAsync(await zipPackage(fillManifest(config)));
    expect(Object.keys(zip.files).sort()).toEqual([
      'color.png',
      'da.json',
      'en.json',
      'manifest.json',
      'outline.png',
    ]);
    const manifest = JSON.parse(await (zip.file('manifest.json')?.async('string') ?? '{}')) as {
      id: string;
    };
    expect(manifest.id).toBe(config.clientId);
  });

  it('catches an invalid manifest', async () => {
    const manifest = fillManifest(config);
    const broken = {
      ...manifest,
      name: { short: 'Netværksmøder om social kapital i kommuner', full: 'x' },
      staticTabs: [{ entityId: 'x', scopes: ['everyone'] }],
    };
    const problems = await validatePackage(broken);
    expect(problems.some((p) => p.includes('/name/short'))).toBe(true);
    expect(problems.some((p) => p.includes('/staticTabs/0'))).toBe(true);
  });

  it('fails `npm run package` when the configuration is missing, saying what is missing', () => {
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NM_'))),
      NM_IGNORE_DOTENV: '1',
    };
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('NM_CLIENT_ID');
    expect(run.stderr).toContain('NM_APP_URL');
  });
});

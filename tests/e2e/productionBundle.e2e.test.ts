/**
 * What a build for hosting holds, read from the unconfigured build `globalSetup.ts` makes (what
 * `npm run build` writes with nothing set): none of the host stand-ins, no origin of a test or
 * demo host, and no bundle pointing at a source map. The test build beside it, which carries
 * the stand-in, shows the reading finds them where they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harnessUrl, outlookHostUrl } from './fixture';

const results = path.resolve(import.meta.dirname, '../../test-results');
const files = (dir: string) =>
  readdirSync(path.join(results, dir)).map((name) => ({
    name,
    text: /\.(js|html)$/.test(name) ? readFileSync(path.join(results, dir, name), 'utf8') : '',
  }));

/** What would let a stand-in in: its script, a stand-in host's origin, the demo hosts' path. */
const STAND_INS = [
  'fake-office.js',
  new URL(harnessUrl).host,
  new URL(outlookHostUrl).host,
  '/outlook/fake-office',
];

describe('a build for hosting', () => {
  it('holds no host stand-in and accepts no stand-in host', () => {
    const built = files('e2e-unconfigured');
    expect(built.some((f) => f.name === 'outlook.html')).toBe(true);
    for (const file of built) {
      for (const standIn of STAND_INS) expect(file.text, file.name).not.toContain(standIn);
    }
    // The add-in's pages load office.js from Microsoft's CDN.
    const page = built.find((f) => f.name === 'outlook.html')?.text ?? '';
    expect(page).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    // The test build carries the stand-in: the reading above would have found it.
    const testPage = files('e2e-app').find((f) => f.name === 'outlook.html')?.text ?? '';
    expect(testPage).toContain('fake-office.js');
  });

  it('points no bundle at its source map, though the maps are written beside them', () => {
    const built = files('e2e-unconfigured');
    const scripts = built.filter((f) => f.name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const script of scripts) expect(script.text, script.name).not.toMatch(/sourceMappingURL/);
    expect(built.some((f) => f.name.endsWith('.js.map'))).toBe(true);
  });
});

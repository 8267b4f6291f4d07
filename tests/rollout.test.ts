import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SCOPES } from '../src/graph';

const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');
const section = (heading: string) => {
  const start = readme.indexOf(`\n## ${heading}`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
};

describe('the README’s roll-out for IT', () => {
  it('gives an admin-consent address for exactly the delegated scopes the code asks for', () => {
    const rollout = section('For IT: roll-out to the organisation');
    const address = /https:\/\/login\.microsoftonline\.com\/\S+\/v2\.0\/adminconsent\?\S+/.exec(
      rollout,
    )?.[0];
    expect(address).toBeDefined();
    const url = new URL(address ?? '');
    const scopes = (url.searchParams.get('scope') ?? '').split(' ');
    expect(scopes.map((s) => s.replace('https://graph.microsoft.com/', '')).sort()).toEqual(
      [...ALL_SCOPES].sort(),
    );
    expect(url.searchParams.get('redirect_uri')).toMatch(/\/auth-redirect\.html$/);
  });

  it('tells the admin running verify:tenant which permissions it uses: the app’s, no more', () => {
    const bullet = /- Permissions used:[^]*?(?=\n- |\n\n)/.exec(section('Checking a tenant'))?.[0];
    const verify = bullet ?? '';
    const named = [...verify.matchAll(/`([A-Z][A-Za-z]+\.[A-Za-z.]+)`/g)].map((m) => m[1]);
    expect([...new Set(named)].sort()).toEqual([...ALL_SCOPES].sort());
  });
});

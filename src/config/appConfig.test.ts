import { describe, expect, it } from 'vitest';
import { readConfig } from './appConfig';

describe('configuration', () => {
  it('needs nothing for the demo tenant', () => {
    const result = readConfig({ NM_DEMO: 'true' });
    expect(result).toMatchObject({
      ok: true,
      config: { demo: true, graphBaseUrl: 'http://127.0.0.1:4000' },
    });
  });

  it('names what a real build lacks', () => {
    expect(readConfig({})).toEqual({ ok: false, missing: ['NM_CLIENT_ID', 'NM_APP_URL'] });
    expect(
      readConfig({ NM_CLIENT_ID: 'not-a-guid', NM_APP_URL: 'http://insecure.example' }),
    ).toEqual({
      ok: false,
      missing: ['NM_CLIENT_ID', 'NM_APP_URL'],
    });
    const ok = readConfig({
      NM_CLIENT_ID: '6c1b2a4e-1f0a-4b8e-9c7d-2f3e4a5b6c7d',
      NM_APP_URL: 'https://nm.example.org',
    });
    expect(ok).toMatchObject({
      ok: true,
      config: { graphBaseUrl: 'https://graph.microsoft.com', tenant: 'organizations', demo: false },
    });
  });
});

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';
import { MissingConfigPage } from '../ui/MissingConfigPage';
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

  it('shows a page that says exactly what is missing, in the user’s language', () => {
    const da = renderToStaticMarkup(
      createElement(MissingConfigPage, { missing: ['NM_CLIENT_ID', 'NM_APP_URL'], locale: 'da' }),
    );
    expect(da).toContain('Appen mangler opsætning');
    expect(da).toContain('<code>NM_CLIENT_ID</code>');
    expect(da).toContain('<code>NM_APP_URL</code>');
    expect(
      renderToStaticMarkup(
        createElement(MissingConfigPage, { missing: ['NM_CLIENT_ID'], locale: 'en' }),
      ),
    ).toContain('The app is not configured');
  });

  it('lets only Microsoft’s hosts frame the tab and allows no inline script', () => {
    const csp = contentSecurityPolicy({ graphBaseUrl: 'https://graph.microsoft.com' });
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toBe("script-src 'self'");
    const ancestors = directive('frame-ancestors').split(' ').slice(1);
    expect(ancestors).toContain('https://teams.microsoft.com');
    expect(ancestors).toContain('https://outlook.office.com');
    expect(ancestors).toContain('https://*.cloud.microsoft');
    expect(ancestors.every((a) => a.startsWith('https://'))).toBe(true);
    expect(directive('connect-src')).toContain('https://graph.microsoft.com');
  });
});

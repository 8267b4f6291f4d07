import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, HOST_FRAME_ANCESTORS } from '../scripts/csp.mjs';
import { hostingFiles } from '../scripts/hosting/hostingFiles';

const root = path.resolve(import.meta.dirname, '..');
const checkedIn = (file: string) => readFileSync(path.join(root, file), 'utf8');
const swa = () =>
  JSON.parse(checkedIn('staticwebapp.config.json')) as {
    globalHeaders: Record<string, string>;
    routes: { route: string; headers?: Record<string, string> }[];
    navigationFallback: { rewrite: string; exclude: string[] };
  };

describe('the hosting configuration', () => {
  it('is checked in exactly as `npm run hosting:config` generates it from scripts/csp.mjs', async () => {
    for (const file of await hostingFiles(root)) {
      expect(checkedIn(file.path), `${file.path}: run npm run hosting:config`).toBe(file.content);
    }
  });

  it('serves the tab with the dev server’s CSP, HSTS and nosniff on Azure Static Web Apps', () => {
    const headers = swa().globalHeaders;
    expect(headers['Content-Security-Policy']).toBe(
      contentSecurityPolicy({ graphBaseUrl: 'https://graph.microsoft.com' }),
    );
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=31536000\b/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    // Framing is decided by frame-ancestors; X-Frame-Options would stop Teams framing the tab.
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('x-frame-options');
  });

  it('lets Teams, Outlook and Microsoft 365 frame every page, and runs no inline script', () => {
    const config = swa();
    const policies = [
      config.globalHeaders['Content-Security-Policy'] ?? '',
      ...config.routes.flatMap((r) => r.headers?.['Content-Security-Policy'] ?? []),
    ];
    for (const policy of policies) {
      const directive = (name: string) =>
        policy
          .split('; ')
          .find((d) => d.startsWith(`${name} `))
          ?.split(' ')
          .slice(1) ?? [];
      expect(directive('frame-ancestors')).toEqual(
        expect.arrayContaining([...HOST_FRAME_ANCESTORS]),
      );
      expect(directive('script-src')).not.toContain("'unsafe-inline'");
      expect(directive('script-src')).not.toContain("'unsafe-eval'");
      expect(directive('object-src')).toEqual(["'none'"]);
    }
  });

  it('falls back to the app’s page for its routes, never for a missing file', () => {
    const fallback = swa().navigationFallback;
    expect(fallback.rewrite).toBe('/index.html');
    expect(fallback.exclude.join()).toMatch(/\{js,.*\}/);
    expect(checkedIn('hosting/nginx.conf')).toContain('try_files $uri /index.html;');
    expect(checkedIn('hosting/web.config')).toContain(
      '<action type="Rewrite" url="/index.html" />',
    );
  });
});

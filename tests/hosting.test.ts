import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ADDIN_FRAME_ANCESTORS,
  ADDIN_PAGES,
  addinContentSecurityPolicy,
  HOST_FRAME_ANCESTORS,
  OFFICE_JS_URL,
  tabContentSecurityPolicy,
} from '../scripts/csp.mjs';
import { hostingFiles } from '../scripts/hosting/hostingFiles';

const root = path.resolve(import.meta.dirname, '..');
const checkedIn = (file: string) => readFileSync(path.join(root, file), 'utf8');
const swa = () =>
  JSON.parse(checkedIn('staticwebapp.config.json')) as {
    globalHeaders: Record<string, string>;
    routes: { route: string; headers?: Record<string, string>; statusCode?: number }[];
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
      tabContentSecurityPolicy({ graphBaseUrl: 'https://graph.microsoft.com' }),
    );
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=31536000\b/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    // Framing is decided by frame-ancestors; X-Frame-Options would stop Teams framing the tab.
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('x-frame-options');
  });

  it('serves the add-in’s pages, and only them, with the policy that lets office.js load', () => {
    const routes = swa().routes.filter((r) => r.headers);
    expect(routes.map((r) => r.route)).toEqual([...ADDIN_PAGES]);
    for (const route of routes) {
      const policy = route.headers?.['Content-Security-Policy'] ?? '';
      expect(policy).toBe(
        addinContentSecurityPolicy({ graphBaseUrl: 'https://graph.microsoft.com' }),
      );
      expect(policy).toContain(new URL(OFFICE_JS_URL).origin);
      expect(policy).toContain(`frame-ancestors ${ADDIN_FRAME_ANCESTORS.join(' ')}`);
    }
    // The other hosts get the same pages with the same policy.
    for (const page of ADDIN_PAGES) {
      expect(checkedIn('hosting/nginx.conf')).toContain(`location = ${page} {`);
      expect(checkedIn('hosting/web.config')).toContain(`<location path="${page.slice(1)}">`);
    }
  });

  it('lets Teams, Outlook and Microsoft 365 frame the tab, only Microsoft’s hosts frame any page, and runs no inline script', () => {
    const config = swa();
    const directives = (policy: string) => (name: string) =>
      policy
        .split('; ')
        .find((d) => d.startsWith(`${name} `))
        ?.split(' ')
        .slice(1) ?? [];
    const tab = directives(config.globalHeaders['Content-Security-Policy'] ?? '');
    expect(tab('frame-ancestors')).toEqual(expect.arrayContaining([...HOST_FRAME_ANCESTORS]));
    expect(tab('script-src')).toEqual(["'self'"]);
    // Pages with a policy of their own (the add-in's, from csp.mjs): still framed only by
    // Microsoft's https hosts, and still no inline script or eval.
    for (const route of config.routes.filter((r) => r.headers)) {
      const page = directives(route.headers?.['Content-Security-Policy'] ?? '');
      expect(page('frame-ancestors').length, route.route).toBeGreaterThan(0);
      for (const ancestor of page('frame-ancestors'))
        expect(ancestor, route.route).toMatch(
          /^https:\/\/([\w*-]+\.)*(microsoft\.com|office\.com|office365\.com|outlook\.com|cloud\.microsoft|microsoft365\.com)$/,
        );
      expect(page('script-src'), route.route).not.toContain("'unsafe-inline'");
      expect(page('script-src'), route.route).not.toContain("'unsafe-eval'");
      expect(page('object-src'), route.route).toEqual(["'none'"]);
    }
  });

  it('publishes no source map: every host answers *.map with 404', () => {
    // Static Web Apps: the first route that matches wins, and a route may answer a status alone.
    const first = swa().routes[0];
    expect(first).toEqual({ route: '/*.map', statusCode: 404 });
    // nginx: the first regular-expression location that matches wins, so it comes first.
    const nginx = checkedIn('hosting/nginx.conf');
    const regexLocations = [...nginx.matchAll(/^location ~\* (.+) \{$/gm)].map((m) => m[1]);
    expect(regexLocations[0]).toBe('\\.(map)$');
    expect(new RegExp(regexLocations[0] ?? '').test('/app.3f2a.js.map')).toBe(true);
    expect(nginx).toMatch(/location ~\* \\\.\(map\)\$ \{\n {2}return 404;\n\}/);
    // IIS / App Service: request filtering refuses the extension (404.7).
    expect(checkedIn('hosting/web.config')).toContain(
      '<add fileExtension=".map" allowed="false" />',
    );
    expect(checkedIn('hosting/headers.txt')).toMatch(/Never serve \*\.map .*404/);
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

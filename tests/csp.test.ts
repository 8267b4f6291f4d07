import { describe, expect, it } from 'vitest';
import {
  ADDIN_PAGES,
  addinContentSecurityPolicy,
  contentSecurityPolicy,
  contentSecurityPolicyFor,
  OFFICE_JS_URL,
  tabContentSecurityPolicy,
} from '../scripts/csp.mjs';

const directive = (csp: string, name: string) =>
  (csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '').split(' ').slice(1);
const graph = { graphBaseUrl: 'https://graph.microsoft.com' };

describe('the Content-Security-Policy the tab is served with', () => {
  it('lets only Microsoft’s hosts frame the tab and allows no inline script', () => {
    const csp = contentSecurityPolicy(graph);
    expect(directive(csp, 'script-src')).toEqual(["'self'"]);
    const ancestors = directive(csp, 'frame-ancestors');
    expect(ancestors).toContain('https://teams.microsoft.com');
    expect(ancestors).toContain('https://outlook.office.com');
    expect(ancestors).toContain('https://*.cloud.microsoft');
    expect(ancestors.every((a) => a.startsWith('https://'))).toBe(true);
    expect(directive(csp, 'connect-src')).toContain('https://graph.microsoft.com');
  });

  it('lets teams-js fetch its list of hosts, which it asks Microsoft’s CDN for as it loads', async () => {
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync(
        'node_modules/@microsoft/teams-js/dist/esm/packages/teams-js/src/internal/constants.js',
        'utf8',
      ),
    );
    const endpoint = /new URL\("(https:\/\/[^"]*validDomains[^"]*)"\)/.exec(source)?.[1] ?? '';
    expect(endpoint).not.toBe('');
    expect(directive(contentSecurityPolicy(graph), 'connect-src')).toContain(
      new URL(endpoint).origin,
    );
  });

  it('stays as strict when the add-in is built beside it: no office.js on the tab’s pages', () => {
    const csp = contentSecurityPolicyFor('/index.html', { ...graph, officeJsUrl: OFFICE_JS_URL });
    expect(csp).toBe(tabContentSecurityPolicy(graph));
    expect(csp).not.toContain('appsforoffice');
    expect(contentSecurityPolicyFor('/outlook-send.js', graph)).toBe(csp);
  });
});

describe('the Content-Security-Policy of the add-in’s pages', () => {
  it('lets office.js run from Microsoft’s CDN, and no inline script', () => {
    const csp = addinContentSecurityPolicy(graph);
    const scripts = directive(csp, 'script-src');
    expect(scripts).toContain("'self'");
    expect(scripts).toContain('https://appsforoffice.microsoft.com');
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directive(csp, 'connect-src')).toContain('https://graph.microsoft.com');
  });

  it('lets Outlook frame them, and not Teams', () => {
    const ancestors = directive(addinContentSecurityPolicy(graph), 'frame-ancestors');
    expect(ancestors).toEqual(
      expect.arrayContaining(['https://outlook.office.com', 'https://outlook.office365.com']),
    );
    expect(ancestors).not.toContain('https://teams.microsoft.com');
  });

  it('follows a test build’s stand-in for office.js and its host page', () => {
    const csp = addinContentSecurityPolicy({
      ...graph,
      officeJsUrl: 'http://127.0.0.1:43114/fake-office.js',
      extraFrameAncestors: ['http://127.0.0.1:43114'],
    });
    expect(directive(csp, 'script-src')).toContain('http://127.0.0.1:43114');
    expect(directive(csp, 'script-src')).not.toContain('https://appsforoffice.microsoft.com');
    expect(directive(csp, 'frame-ancestors')).toContain('http://127.0.0.1:43114');
  });

  it('is chosen for the pane page, the send page and the sign-in dialog’s page, by path', () => {
    expect(ADDIN_PAGES).toEqual(['/outlook.html', '/outlook-send.html', '/outlook-signin.html']);
    for (const page of ADDIN_PAGES) {
      expect(contentSecurityPolicyFor(page, graph)).toBe(addinContentSecurityPolicy(graph));
    }
  });
});

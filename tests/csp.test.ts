import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../scripts/csp.mjs';

describe('the Content-Security-Policy the tab is served with', () => {
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

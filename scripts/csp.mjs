// @ts-check
/**
 * The Content-Security-Policy the tab is served with. `frame-ancestors` lets Teams, Outlook and
 * the Microsoft 365 app frame it and nothing else; no inline script is allowed. Fluent's
 * styling engine (Griffel) writes <style> elements at run time, hence 'unsafe-inline' for
 * styles only.
 */

/** The hosts that may frame the tab (Teams, Outlook, Microsoft 365). */
export const HOST_FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.outlook.com',
  'https://*.microsoft365.com',
];

/**
 * @param {{ graphBaseUrl: string, extraFrameAncestors?: readonly string[] }} options
 * @returns {string}
 */
export function contentSecurityPolicy(options) {
  const graph = new URL(options.graphBaseUrl).origin;
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", graph, 'https://login.microsoftonline.com'],
    'frame-src': ['https://login.microsoftonline.com'],
    'frame-ancestors': [...HOST_FRAME_ANCESTORS, ...(options.extraFrameAncestors ?? [])],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`)
    .join('; ');
}

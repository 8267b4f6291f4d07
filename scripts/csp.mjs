// @ts-check
/**
 * The Content-Security-Policies the app is served with, one per kind of page:
 * - the tab's pages (`tabContentSecurityPolicy`): Teams, Outlook and the Microsoft 365 app may
 *   frame them, and no script but our own runs;
 * - the Outlook add-in's pages (`addinContentSecurityPolicy`, `ADDIN_PAGES`): the same, plus
 *   office.js from Microsoft's CDN, and framed by Outlook only.
 * `contentSecurityPolicyFor(pathname, …)` picks one for a request. No inline script is allowed
 * anywhere. Fluent's styling engine (Griffel) writes <style> elements at run time, hence
 * 'unsafe-inline' for styles only.
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
 * The hosts that frame the add-in's task panes and send check: Outlook on the web and new Outlook
 * for Windows (which shows outlook.office.com). Classic Outlook opens them in a window of its
 * own, with no ancestor. Microsoft publishes no list for add-ins; `outlook.cloud.microsoft` is
 * Outlook's newer address, from public reports (unconfirmed).
 */
export const ADDIN_FRAME_ANCESTORS = [
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.cloud.microsoft',
];

/** office.js, from Microsoft's CDN: the only place the add-in's pages load it from. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * What office.js itself loads besides its own CDN, from public reports (Microsoft documents no
 * list, OfficeDev/office-js#1005, unconfirmed): its Ajax library and its telemetry.
 */
const OFFICE_JS_SCRIPTS = ['https://ajax.aspnetcdn.com'];
const OFFICE_JS_CONNECT = ['https://browser.pipe.aria.microsoft.com'];

/**
 * What teams-js fetches as soon as it loads, inside a host: the list of hosts it accepts
 * messages from (`validOriginsCdnEndpoint` in @microsoft/teams-js 2.x, its
 * `internal/constants`). Blocked, it falls back to the list it carries, but the browser reports
 * a violation on every tab opened in Teams.
 */
export const TEAMS_JS_CONNECT = ['https://res.cdn.office.net'];

/**
 * The add-in's pages (their paths in dist/): they, and only they, load office.js. The sign-in
 * dialog's page opens in a window of its own, so only its scripts matter, not its framing.
 */
export const ADDIN_PAGES = ['/outlook.html', '/outlook-send.html', '/outlook-signin.html'];

/**
 * The send check's script (in dist/), with a fixed name: the manifest's `code.script` points at it
 * for classic Outlook's JavaScript-only runtime. A script's own policy binds no page.
 */
export const SEND_CHECK_FILE = 'outlook-send.js';

/**
 * @typedef {{ graphBaseUrl: string, extraFrameAncestors?: readonly string[] }} TabCspOptions
 * @typedef {TabCspOptions & { officeJsUrl?: string }} AddinCspOptions
 */

/** @param {Record<string, string[]>} directives */
function serialise(directives) {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`)
    .join('; ');
}

/** @param {{ graphBaseUrl: string }} options */
function baseDirectives(options) {
  const graph = new URL(options.graphBaseUrl).origin;
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", graph, 'https://login.microsoftonline.com'],
    'frame-src': ['https://login.microsoftonline.com'],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'object-src': ["'none'"],
  };
}

/**
 * The tab's pages.
 * @param {TabCspOptions} options
 * @returns {string}
 */
export function tabContentSecurityPolicy(options) {
  const base = baseDirectives(options);
  return serialise({
    ...base,
    'connect-src': [...base['connect-src'], ...TEAMS_JS_CONNECT],
    'frame-ancestors': [...HOST_FRAME_ANCESTORS, ...(options.extraFrameAncestors ?? [])],
  });
}

/** The tab's policy under its first name. */
export const contentSecurityPolicy = tabContentSecurityPolicy;

/**
 * The add-in's pages: office.js's origin (`officeJsUrl`, Microsoft's CDN unless a test build
 * points it at its stand-in) may run scripts there, and only Outlook may frame them.
 * @param {AddinCspOptions} options
 * @returns {string}
 */
export function addinContentSecurityPolicy(options) {
  const base = baseDirectives(options);
  const office = new URL(options.officeJsUrl || OFFICE_JS_URL).origin;
  return serialise({
    ...base,
    'script-src': [...base['script-src'], office, ...OFFICE_JS_SCRIPTS],
    'connect-src': [...base['connect-src'], office, ...OFFICE_JS_CONNECT],
    'frame-ancestors': [...ADDIN_FRAME_ANCESTORS, ...(options.extraFrameAncestors ?? [])],
  });
}

/**
 * The policy for a request's path: the add-in's on its pages, the tab's everywhere else (the
 * scripts and the tab's pages alike; a script's own policy does not bind the page that loads it).
 * @param {string} pathname
 * @param {AddinCspOptions} options
 * @returns {string}
 */
export function contentSecurityPolicyFor(pathname, options) {
  return ADDIN_PAGES.includes(pathname)
    ? addinContentSecurityPolicy(options)
    : tabContentSecurityPolicy(options);
}

/**
 * The response headers the built app (dist/) must be served with, on any host. One source:
 * the Content-Security-Policy comes from scripts/csp.mjs, as the dev server's does, and every
 * host's configuration (Azure Static Web Apps, nginx, IIS / App Service) is generated from here
 * by `npm run hosting:config` (tests/hosting.test.ts keeps the checked-in files equal to it).
 */
import { ADDIN_PAGES, contentSecurityPolicyFor, tabContentSecurityPolicy } from '../csp.mjs';

/** Production Graph: the only API the tab talks to besides sign-in. */
export const PRODUCTION_GRAPH = 'https://graph.microsoft.com';

/** A response header, as every host names it. */
export interface Header {
  readonly name: string;
  readonly value: string;
}

/** Headers for the pages under one path pattern (`/*` is every path). */
export interface RouteHeaders {
  /** A path pattern with at most a trailing `*`, as Static Web Apps routes take it. */
  readonly route: string;
  readonly headers: readonly Header[];
}

/**
 * Headers every response gets. HSTS for a year (no `preload`: that binds the whole domain, the
 * host owner's decision); `nosniff` so a script is only ever run as a script; no `X-Frame-Options`,
 * which would stop Teams and Outlook framing the tab (`frame-ancestors` decides that instead).
 */
export function globalHeaders(): Header[] {
  return [
    {
      name: 'Content-Security-Policy',
      value: tabContentSecurityPolicy({ graphBaseUrl: PRODUCTION_GRAPH }),
    },
    { name: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
    { name: 'X-Content-Type-Options', value: 'nosniff' },
    { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  ];
}

/**
 * Pages whose policy differs from the tab's: the Outlook add-in's (`ADDIN_PAGES`), which load
 * office.js from Microsoft's CDN. A route's header replaces the global one of the same name; the
 * tab's pages take the global policy.
 */
export function routeHeaders(): RouteHeaders[] {
  return ADDIN_PAGES.map((route) => ({
    route,
    headers: [
      {
        name: 'Content-Security-Policy',
        value: contentSecurityPolicyFor(route, { graphBaseUrl: PRODUCTION_GRAPH }),
      },
    ],
  }));
}

/**
 * Files the build writes that no host serves: source maps (webpack's `hidden-source-map`, kept
 * beside the bundle for reading stack traces by hand) would publish the source. Every host
 * answers them 404, whether or not the file was uploaded.
 */
export const NEVER_SERVED = { extensions: ['map'] } as const;

/** Where the single-page app's own routes fall back to, and what never does (files). */
export const SPA_FALLBACK = {
  page: '/index.html',
  /** Missing files answer 404 rather than the app's page. */
  notFor: ['/*.{js,map,css,json,png,svg,ico,txt,woff,woff2}'],
} as const;

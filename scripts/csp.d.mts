/** Options of the tab's policy. */
export interface TabCspOptions {
  graphBaseUrl: string;
  extraFrameAncestors?: readonly string[];
}
/** Options of the add-in's policy: where office.js comes from (Microsoft's CDN by default). */
export interface AddinCspOptions extends TabCspOptions {
  officeJsUrl?: string;
}
/** The hosts that may frame the tab (Teams, Outlook, Microsoft 365). */
export declare const HOST_FRAME_ANCESTORS: readonly string[];
/** The hosts that may frame the add-in's pages (Outlook). */
export declare const ADDIN_FRAME_ANCESTORS: readonly string[];
/** office.js on Microsoft's CDN. */
export declare const OFFICE_JS_URL: string;
/** What teams-js fetches when it loads (its list of valid hosts). */
export declare const TEAMS_JS_CONNECT: readonly string[];
/** The add-in's pages, by path. */
export declare const ADDIN_PAGES: readonly string[];
/** The send check's script file in dist/. */
export declare const SEND_CHECK_FILE: string;
/** The tab's pages' Content-Security-Policy. */
export declare function tabContentSecurityPolicy(options: TabCspOptions): string;
/** The tab's pages' Content-Security-Policy (its first name). */
export declare const contentSecurityPolicy: typeof tabContentSecurityPolicy;
/** The add-in's pages' Content-Security-Policy. */
export declare function addinContentSecurityPolicy(options: AddinCspOptions): string;
/** The policy for a request's path. */
export declare function contentSecurityPolicyFor(
  pathname: string,
  options: AddinCspOptions,
): string;

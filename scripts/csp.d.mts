/** The hosts that may frame the tab (Teams, Outlook, Microsoft 365). */
export declare const HOST_FRAME_ANCESTORS: readonly string[];
/** The Content-Security-Policy the tab is served with. */
export declare function contentSecurityPolicy(options: {
  graphBaseUrl: string;
  extraFrameAncestors?: readonly string[];
}): string;

/** Where the tab runs. */
export type HostKind = 'teams' | 'outlook' | 'm365' | 'browser';

/** The host's theme, in Teams' words. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/** What the app knows about its host once connected. */
export interface HostInfo {
  readonly kind: HostKind;
  readonly theme: HostTheme;
  /** BCP 47 tag, e.g. `da-DK`, `en-GB`. */
  readonly locale: string;
  /** `web`, `desktop`, `android`, `ios`, ... when a host says. */
  readonly clientType?: string | undefined;
  /** The signed-in user's UPN as the host knows it, a hint for sign-in. */
  readonly loginHint?: string | undefined;
  readonly tenantId?: string | undefined;
  /** True when the host offers nested app authentication. */
  readonly nestedAuth: boolean;
  /** Why the app runs as in a browser although it is in a frame, if it does. */
  readonly fallbackReason?: string | undefined;
}

/** A connected host: its context, theme changes, and the "app is ready" signal. */
export interface Host {
  readonly info: HostInfo;
  /** Calls back on every theme change; returns a function that stops it. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  /** Tells the host the first screen can be used (hides its loading indicator). */
  notifySuccess(): void;
  /**
   * On a channel or meeting tab's configuration page: lets the host save the tab, pointing it
   * at the given address. Does nothing outside a host.
   */
  allowTabSave(contentUrl: string, name: string): void;
}

/** The host kind for teams-js's host name. */
export function hostKindOf(hostName: string | undefined): HostKind {
  switch ((hostName ?? '').toLowerCase()) {
    case 'outlook':
    case 'outlookwin32':
      return 'outlook';
    case 'office':
      return 'm365';
    default:
      return 'teams';
  }
}

/** A theme name from a host, made one of the three. */
export function hostThemeOf(theme: string | undefined): HostTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/** The page id of the personal tab (the manifest's `staticTabs[0].entityId`). */
export const PERSONAL_TAB_ID = 'netvaerksmoeder';

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
  /**
   * Where in Teams the page is loaded (`page.frameContext`): `content` (a personal tab, a
   * meeting's details or chat tab), `sidePanel` and `meetingStage` in a meeting, `settings` on a
   * configuration page. Undefined outside Teams.
   */
  readonly frameContext?: string | undefined;
  /** The meeting a tab in a meeting is in, as Teams names it (`chat.id`, `meeting.id`). */
  readonly meeting?: MeetingContext | undefined;
  /** The app's id in Teams, for a link to its personal tab. */
  readonly appId?: string | undefined;
}

/** What Teams tells a tab about the meeting it is in. */
export interface MeetingContext {
  /** The meeting chat's thread id, `19:meeting_…@thread.v2`. */
  readonly chatId?: string | undefined;
  /** Teams' meeting id: base64 of `0#<thread id>#0`. */
  readonly meetingId?: string | undefined;
}

/** How sharing to the meeting's stage went. */
export type StageShareResult =
  | { readonly kind: 'shared' }
  /** Teams refused (only the organiser and presenters may share; the code says why). */
  | { readonly kind: 'refused'; readonly code: number | undefined; readonly message: string }
  /** Not in a meeting's side panel or stage, or not in Teams at all. */
  | { readonly kind: 'unavailable' };

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
  /**
   * Shares a page of the app to the meeting's stage for everyone in the meeting
   * (`meeting.shareAppContentToStage`); the URL's origin must be in the manifest's validDomains.
   */
  shareToStage(url: string): Promise<StageShareResult>;
  /** Opens the app's personal tab, where meetings are planned; false where it cannot. */
  openPersonalApp(): Promise<boolean>;
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

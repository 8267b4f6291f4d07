import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

/** The host page's API (tests/e2e/outlook/README.md), as tests call it through `page.evaluate`. */
export interface OutlookHostApi {
  state(): OutlookState;
  setState(patch: Partial<Record<keyof OutlookState, unknown>>): void;
  failNext(method: string, name: string): void;
  calls(): string[];
  send(): Promise<SendResult>;
  sendResults(): SendResult[];
  openPane(): void;
  /** Every dialog the pane asked for: its address once opened, and how it ended (or a code). */
  dialogs(): { url: string | null; outcome: string | number }[];
}

/** The appointment the host page holds (times as ISO strings). */
export interface OutlookState {
  subject: string;
  start: string;
  end: string;
  location: string;
  body: string;
  required: { emailAddress: string; displayName: string }[];
  optional: { emailAddress: string; displayName: string }[];
  customProperties: Record<string, string>;
  sessionData: Record<string, string>;
  itemId: string | null;
  sent: boolean;
}

/** What the send check answered: Outlook's `event.completed` options, and how long it took. */
export interface SendResult {
  allowEvent: boolean;
  errorMessage?: string;
  ms: number;
  missing: boolean;
}

/** An Outlook meeting form with the add-in open, in a fresh browser context. */
export interface OpenedOutlook {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The task pane's frame (undefined with `wait`, until `openPane`). */
  readonly pane: () => Promise<Frame>;
  /** Errors the pages threw, and CSP violations they reported. */
  readonly errors: string[];
}

/**
 * Opens the host page (`tests/e2e/outlook/outlook-host.html`) playing Outlook's meeting form,
 * with the add-in's pane page (`/outlook.html`) in its pane and its send page
 * (`/outlook-send.html`) ready to run on Send. `query` adds the host page's options: mode,
 * locale, user, naa, subject, start, end, itemId, wait.
 */
export async function openOutlook(
  browser: Browser,
  urls: { readonly outlookHostUrl: string; readonly appUrl: string },
  query: Record<string, string> = {},
): Promise<OpenedOutlook> {
  const context = await browser.newContext({
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1100, height: 760 },
  });
  const errors: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('CSP violation')) errors.push(m.text());
  });
  const params = new URLSearchParams({
    pane: `${urls.appUrl}/outlook.html`,
    send: `${urls.appUrl}/outlook-send.html`,
    ...query,
  });
  await page.goto(`${urls.outlookHostUrl}/outlook-host.html?${params}`);
  const pane = async () => {
    const frame = await (await page.waitForSelector('iframe#pane[src]')).contentFrame();
    if (!frame) throw new Error('The pane did not load in the Outlook host page');
    return frame;
  };
  return { context, page, pane, errors };
}

/** Calls the host page's API. */
export function outlook<T>(page: Page, call: (api: OutlookHostApi) => T | Promise<T>): Promise<T> {
  return page.evaluate(`(${call.toString()})(window.__outlook)`) as Promise<T>;
}

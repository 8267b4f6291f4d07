import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { demoTokenFor } from '../../src/auth/demoToken';

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
  /** Closes the form and opens the saved meeting again, with the pane. */
  reopen(): void;
  behaviour(): OutlookBehaviour;
  setBehaviour(patch: Partial<OutlookBehaviour>): void;
}

/** Where the documented clients differ, what the host page plays (tests/e2e/outlook/FIDELITY.md). */
export interface OutlookBehaviour {
  client: 'web' | 'new' | 'classic';
  rewrites: Record<string, boolean>;
  organizerListed: 'always' | 'existing' | 'never';
  firstCustomPropertySaveFails: boolean;
  customPropertiesAfterReopen: 'kept' | 'empty' | 'stale';
  itemEvents: boolean;
  window: 'popout' | 'embedded';
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
  /** Opened from the calendar, not composed anew. */
  existing: boolean;
  sent: boolean;
  /** The updates a save of the sent meeting mailed its attendees. */
  updatesSent: { required: unknown[]; optional: unknown[] }[];
}

/** What the send check answered: Outlook's `event.completed` options, and how long it took. */
export interface SendResult {
  allowEvent: boolean;
  errorMessage?: string;
  /** The dialog button's label and the command it runs (Mailbox 1.14). */
  cancelLabel?: string;
  commandId?: string;
  ms: number;
  missing: boolean;
  /** False where Outlook raised no appointmentSending (an embedded form on the web). */
  checked: boolean;
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
 * (`/outlook-send.html`) ready to run on Send. `query` adds the host page's options (its
 * README): mode, locale, user, naa, subject, start, end, itemId, sent, wait, and the client and
 * behaviour switches.
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

/**
 * The first save of the host page's form creates the meeting in the emulator with what the form
 * holds, as Outlook's save (and send) does: attendees get their copies. `arrivesAfter` plays
 * classic Outlook in cached mode: Graph answers 404 for the event that many times first, as the
 * item reaches Exchange only later.
 */
export async function saveIntoEmulator(
  page: Page,
  emulatorUrl: string,
  organiser: string,
  options: { readonly arrivesAfter?: number } = {},
): Promise<void> {
  await page.evaluate(
    ([url, token, arrivesAfter]) => {
      (window as unknown as { __outlook: { onSave: unknown } }).__outlook.onSave = async (
        s: OutlookState,
      ) => {
        const people = (list: OutlookState['required'], type: string) =>
          list.map((a) => ({
            type,
            emailAddress: { address: a.emailAddress, name: a.displayName },
          }));
        const res = await fetch(`${url}/v1.0/me/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            subject: s.subject,
            body: { contentType: 'html', content: s.body },
            start: { dateTime: s.start.slice(0, 19), timeZone: 'UTC' },
            end: { dateTime: s.end.slice(0, 19), timeZone: 'UTC' },
            location: { displayName: s.location },
            attendees: [...people(s.required, 'required'), ...people(s.optional, 'optional')],
          }),
        });
        const id = ((await res.json()) as { id: string }).id;
        if (arrivesAfter > 0) {
          const path = `^/me/events/${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`;
          await fetch(`${url}/_emulator/faults`, {
            method: 'PUT',
            body: JSON.stringify({ rules: [{ path, status: 404, times: arrivesAfter }] }),
          });
        }
        return id;
      };
    },
    [emulatorUrl, demoTokenFor(organiser), options.arrivesAfter ?? 0] as const,
  );
}

/**
 * The browser tests' one fixture: the servers and the one Chromium `globalSetup.ts` started,
 * fresh contexts, signing in as a demo person, drafts, and reading the emulator (mailboxes,
 * the tenant, the request log) or calling it as another demo user.
 */
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Frame,
  Locator,
  Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { demoTokenFor } from '../../src/auth/demoToken';
import type { Locale, MeetingPlan } from '../../src/domain';
import { demoPlan } from '../../src/emulator/demoPlan.testSupport';
import { buildDemoTenant } from '../../src/emulator/demoTenant';
import { connectBrowser } from './browser';

/** The test build of the tab. */
export const appUrl = inject('appUrl');
/** The emulator the test build talks to. */
export const emulatorUrl = inject('emulatorUrl');
/** The host harness that plays Teams or Outlook around the tab. */
export const harnessUrl = inject('harnessUrl');
/** The build without configuration. */
export const unconfiguredUrl = inject('unconfiguredUrl');
/** The page that plays Outlook's meeting form around the add-in's panes. */
export const outlookHostUrl = inject('outlookHostUrl');

/** The demo organiser. */
export const ORGANISER = 'signe.vestergaard@egeskov.example';
/** The demo MED chair. */
export const CHAIR = 'birgitte.holm@egeskov.example';
/** The demo MED vice-chair. */
export const VICE = 'mads.noergaard@egeskov.example';

/** The browser locale a test runs in for each of the app's languages. */
export function browserLocale(locale: Locale): string {
  return locale === 'da' ? 'da-DK' : 'en-GB';
}

/** The shared Chromium for one test file, and pages in fresh contexts. */
export interface BrowserFixture {
  /** The browser itself, for what the helpers below do not cover. */
  readonly browser: Browser;
  /** A page in a new context: Danish, 1280 × 900, unless `options` say otherwise. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A new page signed in as a demo person, picked by name. */
  signedIn(name: RegExp, options?: BrowserContextOptions): Promise<Page>;
  /** A new page of the organiser with `plan` as the draft the start screen offers. */
  withDraft(plan: MeetingPlan, options?: BrowserContextOptions): Promise<Page>;
  /**
   * A Danish session of the organiser with a covered draft open in the planner, Send enabled:
   * where the tests of sending and following up start.
   */
  plannerWithDraft(
    plan: MeetingPlan,
  ): Promise<{ context: BrowserContext; page: Page; send: Locator }>;
}

/**
 * Connects to the run's shared Chromium before the file's tests and disconnects after, which
 * closes every context the file left open; call once, at the top.
 */
export function browserFixture(): BrowserFixture {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await connectBrowser(inject('browserWsEndpoint'));
  });
  afterAll(() => launched?.close());
  const fixture: BrowserFixture = {
    get browser() {
      if (!launched) throw new Error('the browser starts in beforeAll');
      return launched;
    },
    async newPage(options = {}) {
      const context = await fixture.browser.newContext({
        locale: 'da-DK',
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      return context.newPage();
    },
    async signedIn(name, options) {
      const page = await fixture.newPage(options);
      await signInAs(page, name);
      return page;
    },
    async withDraft(plan, options) {
      const page = await fixture.newPage(options);
      await signInWithDraft(page, plan);
      return page;
    },
    async plannerWithDraft(plan) {
      const page = await fixture.withDraft(plan);
      await page.getByRole('button', { name: /^Fortsæt kladden/ }).click();
      const send = page.getByRole('button', { name: 'Send invitation' });
      await expect.poll(() => send.getAttribute('aria-disabled')).not.toBe('true');
      return { context: page.context(), page, send };
    },
  };
  return fixture;
}

/** Signs in on the demo sign-in screen already shown (a page, or the tab's frame in a host). */
export async function signIn(target: Page | Frame, name: RegExp): Promise<void> {
  await target.getByRole('combobox').click();
  await target.getByRole('option', { name }).click();
  await target.getByRole('button', { name: /^(Log ind som|Sign in as)/ }).click();
  await target.getByTestId('signed-in-user').waitFor();
}

/** Opens the app (the test build unless `url` says another) and signs in as a demo person. */
export async function signInAs(page: Page, name: RegExp, url = appUrl): Promise<void> {
  await page.goto(`${url}/`);
  await signIn(page, name);
}

/** Signs in as the demo organiser and leaves a draft for the start screen to offer. */
export async function signInWithDraft(page: Page, plan: MeetingPlan): Promise<void> {
  await signInAs(page, /Signe Vestergaard/);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key as string, value as string),
    [`nm.draft.${ORGANISER}`, JSON.stringify({ savedAt: new Date().toISOString(), plan })],
  );
  await page.reload();
}

let tenant: ReturnType<typeof buildDemoTenant> | undefined;

/** The demo tenant the emulator seeds, built here as well (the same people, the same ids). */
export function demoTenant(): ReturnType<typeof buildDemoTenant> {
  return (tenant ??= buildDemoTenant());
}

/** A plan on the demo tenant with every role covered, as an organiser would have it ready. */
export function coveredDemoPlan(id: string, date = '2027-04-22'): MeetingPlan {
  return demoPlan(demoTenant(), { id, date, workplaces: 2 });
}

/** An event in a mailbox of the emulator, as Graph would give it (the fields tests read). */
export interface MailboxEvent {
  readonly id: string;
  readonly iCalUId: string;
  readonly transactionId: string | null;
  readonly subject: string;
  readonly start: { readonly dateTime: string; readonly timeZone: string };
  readonly end: { readonly dateTime: string; readonly timeZone: string };
  readonly isOnlineMeeting: boolean;
  readonly onlineMeetingProvider: string;
  readonly onlineMeeting: { readonly joinUrl: string } | null;
  readonly webLink: string;
  readonly body: { readonly contentType: string; readonly content: string };
  readonly attendees: readonly {
    readonly type: string;
    readonly emailAddress: { readonly address: string; readonly name?: string };
    readonly status: { readonly response: string };
  }[];
  readonly extensions?: readonly { readonly plan?: string }[];
}

/** One person's mailbox in the emulator: calendar events and the meeting messages received. */
export interface Mailbox {
  readonly events: readonly MailboxEvent[];
  readonly notices: readonly { readonly kind: string; readonly iCalUId: string }[];
}

/** The demo tenant as the emulator describes it (the parts tests read). */
export interface EmulatorTenant {
  readonly workplaces: readonly {
    readonly name: string;
    readonly amrName: string;
    readonly trName: string;
  }[];
  readonly people: readonly {
    readonly role: string;
    readonly displayName: string;
    readonly department?: string;
  }[];
}

/** Reads the emulator's test endpoints and calls Graph on it as any demo user. */
export const emulator = {
  /** A person's mailbox. */
  async mailbox(address: string): Promise<Mailbox> {
    const res = await fetch(`${emulatorUrl}/_emulator/mailboxes/${encodeURIComponent(address)}`);
    return (await res.json()) as Mailbox;
  },

  /** The organiser's event booked from a plan (by its transaction id), if there is one. */
  async booked(plan: Pick<MeetingPlan, 'id'>): Promise<MailboxEvent | undefined> {
    const box = await emulator.mailbox(ORGANISER);
    return box.events.find((e) => e.transactionId === `netvaerksmoeder-${plan.id}`);
  },

  /** The demo tenant as the emulator serves it. */
  async tenant(): Promise<EmulatorTenant> {
    return (await (await fetch(`${emulatorUrl}/_emulator/tenant`)).json()) as EmulatorTenant;
  },

  /** Every Graph request that reached the emulator so far. */
  async requests(): Promise<{ method: string; path: string; query?: string; inner?: string[] }[]> {
    const res = await fetch(`${emulatorUrl}/_emulator/requests`);
    return (await res.json()) as {
      method: string;
      path: string;
      query?: string;
      inner?: string[];
    }[];
  },

  /** Sets the faults the emulator injects next (its `FaultRule`s: a status, a delay, a drop). */
  async faults(rules: readonly Record<string, unknown>[]): Promise<void> {
    const res = await fetch(`${emulatorUrl}/_emulator/faults`, {
      method: 'PUT',
      body: JSON.stringify({ rules }),
    });
    expect(res.ok).toBe(true);
  },

  /** Sets a mailbox's calendar configuration (e.g. `preserveDeclinedMeetings`). */
  async calendarConfiguration(address: string, config: Record<string, unknown>): Promise<void> {
    const res = await fetch(
      `${emulatorUrl}/_emulator/mailboxes/${encodeURIComponent(address)}/calendarConfiguration`,
      { method: 'PUT', body: JSON.stringify(config) },
    );
    expect(res.status).toBe(204);
  },

  /** A Graph PATCH as a demo user (`path` after `/v1.0`), as Outlook would send it for them. */
  patchAs(address: string, path: string, body: unknown): Promise<Response> {
    return fetch(`${emulatorUrl}/v1.0${path}`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${demoTokenFor(address)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  },

  /** A Graph POST as a demo user (`path` after `/v1.0`), as Outlook would send it for them. */
  postAs(address: string, path: string, body: unknown): Promise<Response> {
    return fetch(`${emulatorUrl}/v1.0${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${demoTokenFor(address)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  },
};

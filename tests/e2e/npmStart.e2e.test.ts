/**
 * The README's main command, `npm start`, as a developer meets it: its own dev server, emulator
 * and demo hosts (not the test build the other browser tests use), opened in Chromium where its
 * start-up output says: the tab, signed in as whom it names; the demo Teams host in each of its
 * contexts; the demo Outlook meeting form, saving, checking and sending into the emulator; the
 * tab's follow-up of what was sent there; an invitee's pane. Fails on a blank screen, a console
 * error or a CSP violation in any frame.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAMS_JS_CONNECT } from '../../scripts/csp.mjs';
import {
  DayClock,
  formAttendeesFor,
  type FormPerson,
  formatDate,
  type MeetingPlan,
} from '../../src/domain';
import { PLAN_SESSION_KEY } from '../../src/host/outlook/meetingForm';
import { STRINGS } from '../../src/ui/strings';
import { screenshot } from './browser';
import {
  browserFixture,
  CHAIR,
  coveredDemoPlan,
  type Mailbox,
  ORGANISER,
  signInAs,
} from './fixture';
import { isListening, type NpmStart, startNpmStart } from './npmStart';

/** `npm start`'s line for the tab: where to open it and whom to sign in as. */
const TAB_LINE =
  /^Netværksmøder kører: åbn (http:\/\/localhost:\d+) og log ind som (.+) \(arrangør, (.+)\)\.$/;
/** A demo host's line: its name, what it is (and is not), and where. */
const HOST_LINE = /^(Demo-[A-Za-z]+) \((.+)\): (http:\/\/localhost:(\d+)\/[a-z]+\/)$/;
const t = STRINGS.da;
const LIVE_TITLE = '1. netværksmøde om social kapital';

const session = browserFixture();
let started: NpmStart;
let startup: RegExpExecArray;
let hosts: Record<string, string> = {};

beforeAll(async () => {
  started = await startNpmStart();
  // The dev server's first compile takes a minute or more on two busy cores.
  startup = await started.waitForLine(TAB_LINE, 420_000);
  // The demo hosts' lines are printed with it.
  await new Promise((r) => setTimeout(r, 1_000));
  const lines = started.output().trimEnd().split('\n');
  hosts = Object.fromEntries(
    lines.flatMap((l) => {
      const m = HOST_LINE.exec(l);
      return m ? [[m[1] as string, m[3] as string]] : [];
    }),
  );
}, 450_000);

afterAll(() => started?.dispose());

const emulatorUrl = () => `http://127.0.0.1:${started.emulatorPort}`;

async function mailbox(address: string): Promise<Mailbox> {
  const res = await fetch(`${emulatorUrl()}/_emulator/mailboxes/${encodeURIComponent(address)}`);
  return (await res.json()) as Mailbox;
}

/**
 * A page in a fresh context that records console errors, uncaught errors and CSP violations of
 * every frame. The browser reaches nothing beyond this machine; teams-js's request for its list
 * of hosts (Microsoft's CDN, which the tab's policy allows) is answered here as the CDN would.
 */
async function watchedPage(
  viewport = { width: 1280, height: 860 },
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const page = await session.newPage({
    locale: 'da-DK',
    viewport,
    timezoneId: 'Europe/Copenhagen',
  });
  const context = page.context();
  await context.route(`${TEAMS_JS_CONNECT[0]}/**`, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'access-control-allow-origin': '*' },
      contentType: 'application/json',
      body: JSON.stringify({ validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com'] }),
    }),
  );
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // Chromium reports a violation as this event even when the code that caused it goes on.
  await page.exposeFunction('reportCspViolation', (v: string) => problems.push(`CSP: ${v}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
  return { page, context, problems };
}

/** The frame whose address starts with `prefix`, once it is there. */
async function frameAt(page: Page, prefix: string): Promise<Frame> {
  await expect
    .poll(() => page.frames().some((f) => f.url().startsWith(prefix)), { timeout: 30_000 })
    .toBe(true);
  return page.frames().find((f) => f.url().startsWith(prefix)) as Frame;
}

describe('npm start', () => {
  it('ends its start-up output with where to open the tab, whom to sign in as, and each demo host', async () => {
    const [, url, name, department] = startup;
    expect(url).toBe(`http://localhost:${started.appPort}`);
    // The organiser the emulator serves, not a name written into the script.
    const tenant = (await (await fetch(`${emulatorUrl()}/_emulator/tenant`)).json()) as {
      people: { role: string; displayName: string; department?: string }[];
    };
    const organiser = tenant.people.find((p) => p.role === 'organiser');
    expect(name).toBe(organiser?.displayName);
    expect(department).toBe(organiser?.department);
    // Last, after webpack's own report: the tab, then the demo hosts, each saying what it is not.
    const lines = started.output().trimEnd().split('\n');
    const tabAt = lines.indexOf(startup[0]);
    expect(lines.slice(0, tabAt).some((l) => / compiled successfully in /.test(l))).toBe(true);
    expect(lines.filter((l) => TAB_LINE.test(l))).toHaveLength(1);
    const hostLines = lines.slice(tabAt + 1).map((l) => HOST_LINE.exec(l));
    expect(hostLines.map((m) => m?.[1])).toEqual(['Demo-Teams', 'Demo-Outlook']);
    expect(hostLines[0]?.[2]).toMatch(/ikke Microsoft Teams$/);
    expect(hostLines[1]?.[2]).toMatch(/ikke Outlook$/);
    for (const m of hostLines) expect(Number(m?.[4])).toBe(started.demoPort);
  });

  it('shows the sign-in screen, then the start screen with today’s demo meeting, with no error or CSP violation', async () => {
    const [, url = '', name = ''] = startup;
    const { page, context, problems } = await watchedPage({ width: 1280, height: 800 });
    try {
      await page.goto(`${url}/`);
      const signIn = page.getByRole('button', { name: t.demoSignIn({ name }) });
      // Not blank: the sign-in screen's heading and button are drawn.
      await signIn.waitFor({ timeout: 30_000 });
      await page.getByRole('heading', { name: t.demoTitle }).waitFor();
      await screenshot(page, 'npm-start-01-sign-in');

      await signInAs(page, new RegExp(name), url);
      expect(await page.getByTestId('signed-in-user').innerText()).toBe(t.signedInAs({ name }));
      await page.getByRole('heading', { name: t.invitedTo }).waitFor();
      await page.getByRole('heading', { name: t.programmes }).waitFor();
      // A fresh emulator: invited to nothing; organiser of the one meeting npm start booked.
      await page.getByText(t.noInvitations).waitFor();
      await page.getByRole('button', { name: new RegExp(`^Følg op: ${LIVE_TITLE}`) }).waitFor();
      await screenshot(page, 'npm-start-02-signed-in');
    } catch (error) {
      // A blank page times out waiting; the console says why.
      await screenshot(page, 'npm-start-failed');
      expect(problems, String(error)).toEqual([]);
      throw error;
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('serves the demo Teams host: the tab in each context, with the context Teams gives there', async () => {
    const teams = hosts['Demo-Teams'] ?? '';
    const appUrl = `http://localhost:${started.appPort}/`;
    // The meeting the host plays: today's, in progress, with its chat (no booking by this call).
    const live = (await (
      await fetch(`${teams.replace(/\/teams\/$/, '')}/demo/live-meeting`, { method: 'POST' })
    ).json()) as { chatId: string; meetingId: string; start: string; end: string };
    expect(live.chatId).toMatch(/^19:meeting_.+@thread\.v2$/);
    const organiser = { user: ORGANISER, name: 'Signe Vestergaard' };
    const chair = { user: CHAIR, name: 'Birgitte Holm' };
    const cases: {
      context: string;
      user: string;
      name: string;
      frame: string;
      locale?: string;
      theme?: string;
    }[] = [
      { context: 'personal', ...organiser, frame: 'content' },
      { context: 'details', ...organiser, frame: 'content' },
      { context: 'details', ...chair, frame: 'content' },
      { context: 'sidePanel', ...chair, frame: 'sidePanel', locale: 'en-GB', theme: 'dark' },
      { context: 'stage', ...organiser, frame: 'meetingStage', theme: 'contrast' },
    ];
    for (const c of cases) {
      const { page, context, problems } = await watchedPage();
      const words = c.locale === 'en-GB' ? STRINGS.en : t;
      const choice = {
        context: c.context,
        user: c.user,
        locale: c.locale ?? 'da-DK',
        theme: c.theme ?? 'default',
      };
      try {
        await page.goto(`${teams}?${new URLSearchParams(choice)}`);
        const tab = await frameAt(page, appUrl);
        // The host's user is offered on the demo sign-in, as Teams signs its user in.
        const signIn = tab.getByRole('button', { name: words.demoSignIn({ name: c.name }) });
        await signIn.waitFor({ timeout: 30_000 });
        // The side panel's 320 px header is the app's name alone; elsewhere it says the host.
        if (c.context !== 'sidePanel')
          expect(await tab.getByText(words.runningInTeams).count()).toBe(1);
        await signIn.click();
        // The stage is the programme alone (its own h1), with no header of the app's.
        if (c.context === 'stage') await tab.getByRole('heading', { level: 1 }).waitFor();
        else await tab.getByTestId('signed-in-user').waitFor();
        // Loaded, not stuck: nothing is spinning any more.
        await expect.poll(() => tab.getByRole('progressbar').count(), { timeout: 30_000 }).toBe(0);
        const harness = new URL((await frameAt(page, `${teams}harness.html`)).url());
        expect(harness.searchParams.get('frameContext')).toBe(c.frame);
        expect(harness.searchParams.get('user')).toBe(c.user);
        expect(harness.searchParams.get('locale')).toBe(choice.locale);
        expect(harness.searchParams.get('theme')).toBe(choice.theme);
        const inMeeting = ['details', 'sidePanel', 'stage'].includes(c.context);
        expect(harness.searchParams.get('chatId')).toBe(inMeeting ? live.chatId : null);
        expect(harness.searchParams.get('meetingId')).toBe(inMeeting ? live.meetingId : null);
        expect(harness.searchParams.get('channelId')).toBeNull();
        if (c.context === 'sidePanel') expect(await tab.evaluate(() => innerWidth)).toBe(320);
        const messages = await (
          await frameAt(page, `${teams}harness.html`)
        ).evaluate(() => (window as unknown as { __hostMessages: string[] }).__hostMessages);
        expect(messages).toEqual(expect.arrayContaining(['initialize', 'getContext']));
        await screenshot(page, `npm-start-teams-${c.context}-${c.name.split(' ')[0]}`);
      } finally {
        await context.close();
      }
      expect(problems, `${c.context} as ${c.name}`).toEqual([]);
    }
  }, 180_000);

  it('serves the demo Outlook form: the pane opens, Save puts the meeting in the organiser’s calendar unsent, the send check stops it', async () => {
    const { page, context, problems } = await watchedPage({ width: 1280, height: 900 });
    try {
      await page.goto(hosts['Demo-Outlook'] ?? '');
      const form = page.frameLocator('iframe#outlook');
      const pane = form.frameLocator('iframe#pane');
      await pane.getByRole('button', { name: /^1\. netværksmøde/ }).click({ timeout: 30_000 });
      await pane.getByTestId('write-to-form').click();
      await expect
        .poll(() => pane.getByTestId('write-status').textContent(), { timeout: 15_000 })
        .toMatch(/opdateret og gemt/);
      // Saved as Outlook saves a new meeting: in the organiser's calendar, with its programme and
      // plan (the tab's lists find it), and sent to nobody yet.
      const saved = (await mailbox(ORGANISER)).events.filter(
        (e) => !e.transactionId && e.subject === LIVE_TITLE,
      );
      expect(saved).toHaveLength(1);
      expect(saved[0]?.body.content).toContain('NM-ref');
      expect(saved[0]?.extensions?.[0]?.plan).toBeTruthy();
      expect(saved[0]?.attendees).toEqual([]);
      await screenshot(page, 'npm-start-outlook-1-saved');

      await form.locator('#send').click();
      const refusal = form.getByRole('alertdialog');
      await refusal.waitFor();
      expect(await refusal.textContent()).toMatch(/kan ikke sendes/);
      await screenshot(page, 'npm-start-outlook-2-send-stopped');
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('sends a covered meeting from the demo Outlook form, which the tab follows up and the chair’s pane shows', async () => {
    // Three weeks ahead, on a weekday: a meeting the checks let through.
    let day = new Date(Date.now() + 21 * 86_400_000);
    while ([0, 6].includes(day.getUTCDay())) day = new Date(day.getTime() + 86_400_000);
    const plan: MeetingPlan = coveredDemoPlan('npm-start-outlook', day.toISOString().slice(0, 10));
    const lists = formAttendeesFor(
      plan,
      { required: [], optional: [], organizer: ORGANISER },
      'da',
    );
    const entries = (list: readonly FormPerson[]) =>
      list.map((p) => ({ emailAddress: p.email, displayName: p.name }));

    const { page, context, problems } = await watchedPage({ width: 1280, height: 900 });
    try {
      await page.goto(hosts['Demo-Outlook'] ?? '');
      const form = page.frameLocator('iframe#outlook');
      const pane = form.frameLocator('iframe#pane');
      await pane.getByRole('button', { name: /^1\. netværksmøde/ }).waitFor({ timeout: 30_000 });
      // The form as the pane left it in an earlier session: its people and its plan.
      const host = await frameAt(page, `${hosts['Demo-Outlook']}outlook-host.html`);
      const clock = new DayClock(plan.date);
      await host.evaluate(
        ([key, json, required, optional, start, end]) => {
          const o = (window as unknown as { __outlook: Record<string, (...a: unknown[]) => void> })
            .__outlook;
          o['setState']?.({
            sessionData: { [key as string]: json },
            required,
            optional,
            start,
            end,
          });
          o['openPane']?.();
        },
        [
          PLAN_SESSION_KEY,
          JSON.stringify(plan),
          entries(lists.required),
          entries(lists.optional),
          clock.instant(plan.start),
          clock.instant(plan.end),
        ] as const,
      );
      await pane.getByTestId('write-to-form').click({ timeout: 30_000 });
      await expect
        .poll(() => pane.getByTestId('write-status').textContent(), { timeout: 15_000 })
        .toMatch(/opdateret og gemt/);
      await form.locator('#send').click();
      await expect
        .poll(() => page.locator('#status').textContent(), { timeout: 20_000 })
        .toMatch(/^Sendt til \d+/);
      await screenshot(page, 'npm-start-outlook-3-sent');
    } catch (error) {
      await screenshot(page, 'npm-start-outlook-failed');
      throw error;
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);

    // Sent: the chair has the invitation.
    const sent = (await mailbox(ORGANISER)).events.find(
      (e) => e.extensions?.[0]?.plan && JSON.parse(e.extensions[0].plan).id === plan.id,
    );
    expect(sent?.attendees.map((a) => a.emailAddress.address)).toContain(CHAIR);
    const copy = (await mailbox(CHAIR)).events.find((e) => e.iCalUId === sent?.iCalUId);
    expect(copy).toBeDefined();

    // The tab follows it up: answers by role, on the demo tenant.
    const tab = await watchedPage();
    try {
      await signInAs(tab.page, /Signe Vestergaard/, `http://localhost:${started.appPort}`);
      await tab.page
        .getByRole('button', {
          name: t.followUpMeeting({ title: LIVE_TITLE, date: formatDate(plan.date, 'da') }),
        })
        .click();
      await tab.page.getByTestId('role-attendance').waitFor({ timeout: 20_000 });
      await screenshot(tab.page, 'npm-start-outlook-4-followed-up');
    } finally {
      await tab.context.close();
    }
    expect(tab.problems).toEqual([]);

    // The chair opens her invitation in the demo form: the attendee's pane shows her part.
    const chair = await watchedPage({ width: 1280, height: 900 });
    try {
      const query = new URLSearchParams({
        mode: 'attendee',
        person: CHAIR,
        invitation: copy?.id ?? '',
      });
      await chair.page.goto(`${hosts['Demo-Outlook']}?${query}`);
      const pane = chair.page.frameLocator('iframe#outlook').frameLocator('iframe#pane');
      await expect
        .poll(() => pane.getByTestId('my-roles').textContent(), { timeout: 30_000 })
        .toMatch(/MED-formand/);
      await screenshot(chair.page, 'npm-start-outlook-5-attendee');
    } finally {
      await chair.context.close();
    }
    expect(chair.problems).toEqual([]);
  }, 180_000);

  it('stops the emulator, the demo hosts and the dev server together on Ctrl-C', async () => {
    const ports = [started.appPort, started.emulatorPort, started.demoPort];
    for (const port of ports) expect(await isListening(port)).toBe(true);
    // npm passes the signal on, waits for the script, then ends by the same signal.
    expect([0, 'SIGINT']).toContain(await started.stop('SIGINT', 30_000));
    await expect
      .poll(async () => Promise.all(ports.map(isListening)), { timeout: 10_000 })
      .toEqual([false, false, false]);
  }, 60_000);
});

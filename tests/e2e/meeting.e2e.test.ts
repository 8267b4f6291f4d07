/**
 * The tab in each context Teams offers it in, through the Teams host harness: the personal tab,
 * a meeting's details tab (organiser, invitee, a meeting not planned with the app), the side
 * panel at 320 px with the page's clock moved through a clock-change night and a block boundary,
 * and the stage at 1920 × 1080. Each in Teams' light, dark and high-contrast themes, axe at 0.
 */
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoTokenFor } from '../../src/auth/demoToken';
import { bookingFromPlan, type MeetingPlan, withTextIn } from '../../src/domain';
import { createEventBody } from '../../src/graph/eventMapping';
import { violationsInHostThemes } from './axeThemes';
import { screenshot } from './browser';
import {
  appUrl,
  browserFixture,
  CHAIR,
  coveredDemoPlan,
  emulator,
  emulatorUrl,
  harnessUrl,
  ORGANISER,
  signIn,
} from './fixture';

const session = browserFixture();

/** Sunday 28 March 2027: at 02.00 the clocks go forward to 03.00 (CET to CEST). */
const DAY = '2027-03-28';
/** A week before, for the details tab. */
const WEEK_BEFORE = Date.parse('2027-03-21T09:00:00Z');
/** 11.09.30 in Copenhagen on the day (CEST, UTC+2): the welcome's last half minute. */
const WELCOME_ENDING = Date.parse('2027-03-28T09:09:30Z');

interface OnlineMeeting {
  readonly chatId: string;
  readonly eventId: string;
  readonly subject: string;
  readonly joinUrl: string;
}

/** What Teams knows of a person's online meetings (the emulator's record of it). */
async function onlineMeetings(address: string): Promise<OnlineMeeting[]> {
  const res = await fetch(
    `${emulatorUrl}/_emulator/mailboxes/${encodeURIComponent(address)}/onlineMeetings`,
  );
  return (await res.json()) as OnlineMeeting[];
}

/** Books a plan as the app does, and returns the organiser's event id. */
async function book(plan: MeetingPlan): Promise<string> {
  const res = await emulator.postAs(
    ORGANISER,
    '/me/events',
    createEventBody(bookingFromPlan(plan, 'da')),
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function chatOf(address: string, subject: string): Promise<string> {
  const meeting = (await onlineMeetings(address)).find((m) => m.subject === subject);
  if (!meeting) throw new Error(`${address} has no Teams meeting "${subject}"`);
  return meeting.chatId;
}

/** Opens the tab in the harness as Teams opens it in a meeting, the page's clock at `clock`. */
async function inTeams(options: {
  readonly frameContext: string;
  readonly chatId?: string;
  readonly user: string;
  readonly role?: string;
  readonly clock?: number;
  readonly app?: string;
  readonly context?: BrowserContextOptions;
}): Promise<{ page: Page; tab: Frame; errors: string[] }> {
  const page = await session.newPage({
    viewport: { width: 1100, height: 800 },
    ...options.context,
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.clock !== undefined) await page.clock.install({ time: options.clock });
  const query = new URLSearchParams({
    app: options.app ?? `${appUrl}/?view=tab`,
    host: 'Teams',
    frameContext: options.frameContext,
    user: options.user,
    ...(options.chatId ? { chatId: options.chatId } : {}),
    ...(options.role ? { role: options.role } : {}),
  });
  await page.goto(`${harnessUrl}/harness.html?${query}`);
  const tab = await (await page.waitForSelector('iframe#tab')).contentFrame();
  if (!tab) throw new Error('The tab did not load in the harness');
  return { page, tab, errors };
}

/** Whether the tab's page scrolls sideways (anything wider than its frame). */
function scrollsSideways(tab: Frame): Promise<boolean> {
  return tab.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}

// A title of its own: Teams' meetings are found by subject, and other files book the demo plan's.
const demo = coveredDemoPlan(`in-meeting-${Date.now()}`, DAY);
const plan: MeetingPlan = {
  ...demo,
  title: withTextIn(demo.title, 'da', `${demo.title.da} (i mødet)`),
};
let organiserEventId = '';

beforeAll(async () => {
  organiserEventId = await book(plan);
});

describe('the tab in Teams, in each context', () => {
  it('is the start screen as a personal tab, in three themes', async () => {
    const { page, tab, errors } = await inTeams({
      frameContext: 'content',
      user: ORGANISER,
      app: `${appUrl}/?view=personal`,
    });
    await signIn(tab, /Signe Vestergaard/);
    await tab.getByRole('heading', { name: 'Programmer' }).waitFor();
    await screenshot(page, 'teams-personal-da');
    expect(await violationsInHostThemes(page, tab)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the organiser this meeting’s follow-up in its details tab', async () => {
    const chatId = await chatOf(ORGANISER, plan.title.da);
    const { page, tab, errors } = await inTeams({
      frameContext: 'content',
      chatId,
      user: ORGANISER,
      clock: WEEK_BEFORE,
    });
    await signIn(tab, /Signe Vestergaard/);
    await tab.getByRole('heading', { name: 'Opfølgning på mødet' }).waitFor();
    await tab.getByRole('heading', { name: plan.title.da }).waitFor();
    await tab.getByTestId('follow-up-actions').waitFor();
    // Opened directly: there is no start screen to go back to.
    expect(await tab.getByRole('button', { name: 'Tilbage' }).count()).toBe(0);
    await screenshot(page, 'teams-details-organiser-da');
    expect(await violationsInHostThemes(page, tab)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows an invitee her roles, her part and her answer, and asks the MED chair to confirm', async () => {
    const chatId = await chatOf(CHAIR, plan.title.da);
    const { page, tab, errors } = await inTeams({
      frameContext: 'content',
      chatId,
      user: CHAIR,
      clock: WEEK_BEFORE,
    });
    await signIn(tab, /Birgitte Holm/);
    await tab.getByRole('heading', { name: 'Din del' }).waitFor();
    expect(await tab.getByTestId('my-roles').textContent()).toMatch(/^Inviteret som .*MED-formand/);
    expect(await tab.getByTestId('please-confirm').count()).toBe(1);
    expect(await tab.getByTestId('my-answer').textContent()).toBe('Dit svar: Intet svar');
    await screenshot(page, 'teams-details-invitee-da');
    expect(await violationsInHostThemes(page, tab)).toEqual([]);
    await tab.getByRole('button', { name: 'Jeg deltager' }).click();
    await tab
      .getByRole('status')
      .filter({ hasText: 'Dit svar er sendt til arrangøren.' })
      .waitFor();
    await expect
      .poll(() => tab.getByTestId('my-answer').textContent())
      .toBe('Dit svar: Accepteret');
    // The organiser's copy has her answer, as Outlook would have given it.
    const organiserCopy = (await emulator.mailbox(ORGANISER)).events.find(
      (e) => e.id === organiserEventId,
    );
    expect(
      organiserCopy?.attendees.find((a) => a.emailAddress.address === CHAIR)?.status.response,
    ).toBe('accepted');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says in one line that a Teams meeting not planned with the app is none, with a link to plan one', async () => {
    const res = await emulator.postAs(ORGANISER, '/me/events', {
      subject: 'Afdelingsmøde',
      start: { dateTime: `${DAY}T13:00:00`, timeZone: 'Romance Standard Time' },
      end: { dateTime: `${DAY}T14:00:00`, timeZone: 'Romance Standard Time' },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    });
    expect(res.status).toBe(201);
    const { page, tab } = await inTeams({
      frameContext: 'content',
      chatId: await chatOf(ORGANISER, 'Afdelingsmøde'),
      user: ORGANISER,
      clock: WEEK_BEFORE,
    });
    await signIn(tab, /Signe Vestergaard/);
    const line = tab.getByTestId('not-network');
    await line.waitFor();
    expect(await line.textContent()).toBe(
      'Dette møde er ikke planlagt med Netværksmøder. Planlæg et netværksmøde',
    );
    expect(await violationsInHostThemes(page, tab)).toEqual([]);
    await line.getByRole('link', { name: 'Planlæg et netværksmøde' }).click();
    // Teams opens the app's personal tab, where meetings are planned.
    const navigations = () =>
      page.evaluate(() => (window as unknown as { __navigations: unknown[] }).__navigations);
    await expect.poll(async () => (await navigations()).length).toBe(1);
    expect((await navigations())[0]).toMatchObject({
      appId: '6c1b2a4e-1f0a-4b8e-9c7d-2f3e4a5b6c7d',
      pageId: 'netvaerksmoeder',
    });
    await page.context().close();
  });
});

describe('the meeting’s side panel and stage', () => {
  it('keeps the live programme at 320 px through the clock-change night and a block boundary, reading Graph once a minute', async () => {
    const chatId = await chatOf(ORGANISER, plan.title.da);
    // 01.59 in Copenhagen, a minute before the clocks go forward; the device is in New York.
    const { page, tab, errors } = await inTeams({
      frameContext: 'sidePanel',
      chatId,
      user: ORGANISER,
      clock: Date.parse('2027-03-28T00:57:00Z'),
      context: { viewport: { width: 320, height: 900 }, timezoneId: 'America/New_York' },
    });
    await signIn(tab, /Signe Vestergaard/);
    await tab.getByRole('heading', { name: 'Programmet nu' }).waitFor();
    // From here the page's time moves only when the test moves it.
    await page.clock.pauseAt(Date.parse('2027-03-28T00:59:00Z'));
    expect(await tab.getByTestId('live-clock').textContent()).toBe('Klokken er 01.59');
    expect(await tab.getByTestId('live-phase').textContent()).toBe(
      'Mødet er søndag den 28. marts 2027, 11.00',
    );
    // Two real minutes later it is 03.01: the hour from 02.00 never was.
    await page.clock.runFor(2 * 60_000);
    await expect.poll(() => tab.getByTestId('live-clock').textContent()).toBe('Klokken er 03.01');

    // On to 11.09.30 CEST (09.09.30 UTC): the welcome's last half minute.
    await page.clock.fastForward(WELCOME_ENDING - Date.parse('2027-03-28T01:01:00Z'));
    const now = tab.getByTestId('live-now');
    await expect
      .poll(() => now.getByRole('heading').textContent())
      .toBe('Velkomst, formål og program');
    expect(await tab.getByTestId('live-minutes').textContent()).toBe('1 min tilbage');
    expect(await tab.getByTestId('live-clock').textContent()).toBe('Klokken er 11.09');
    const next = tab.getByTestId('live-next');
    expect(await next.getByRole('heading').textContent()).toBe('Living statement og speed dating');
    expect(await next.textContent()).toContain('Kl. 11.10');
    expect(await tab.getByTestId('live-room').textContent()).toBe('Følger planens tider');
    expect(await scrollsSideways(tab)).toBe(false);
    await screenshot(page, 'teams-side-panel-welcome-da');
    // axe waits on timers: the page's time runs while it checks.
    await page.clock.resume();
    expect(await violationsInHostThemes(page, tab)).toEqual([]);

    // Through the block boundary at 11.10, to 11.10.30.
    await page.clock.pauseAt(WELCOME_ENDING + 60_000);
    await expect
      .poll(() => now.getByRole('heading').textContent())
      .toBe('Living statement og speed dating');
    expect(await tab.getByTestId('live-minutes').textContent()).toBe('10 min tilbage');
    const programme = tab.getByTestId('live-programme').getByRole('listitem');
    expect(await programme.first().getAttribute('data-state')).toBe('past');
    expect(await programme.nth(1).getAttribute('aria-current')).toBe('step');

    // Who presents next, by name: workplace 2's TRIO, at 12.10.00.
    const second = plan.presentingWorkplaces[1];
    const trio = [second?.trio.leader?.name, second?.trio.amr?.name, second?.trio.tr?.name];
    await page.clock.fastForward(59 * 60_000 + 30_000);
    await expect.poll(() => next.textContent()).toContain(`${second?.name} (Lokal TRIO:`);
    for (const name of trio) expect(await next.textContent()).toContain(name);

    // The room moves on to workplace 2 at 12.10, five minutes early.
    await tab.getByRole('button', { name: 'Vi er videre til næste punkt' }).click();
    await expect
      .poll(() => tab.getByTestId('live-room').textContent())
      .toBe('Rummet er 5 min foran');
    await expect.poll(() => now.textContent()).toContain(second?.trio.leader?.name ?? '?');

    // Graph is asked for the event's change key once a minute, and nothing more while it stays.
    // Direct, or inside a $batch (the plan and its mark are read together).
    const requests = () =>
      emulator
        .requests()
        .then((all) =>
          all.filter(
            (r) =>
              r.path.includes(organiserEventId) ||
              r.inner?.some((i) => i.includes(organiserEventId)),
          ),
        );
    // (the checks the jumps above fired may still be on their way)
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const before = (await requests()).length;
    await page.clock.runFor(3 * 60_000);
    await expect.poll(async () => (await requests()).length - before).toBe(3);
    // Each the change key alone: the plan is not read again while it stays the same.
    expect((await requests()).slice(before).map((r) => `${r.method} ${r.query}`)).toEqual(
      Array.from({ length: 3 }, () => 'GET $select=changeKey'),
    );

    const planReads = async () =>
      (await requests()).filter((r) =>
        [r.query ?? '', ...(r.inner ?? [])].some((q) => q.includes('$expand=extensions')),
      ).length;
    const readsBefore = await planReads();
    // The organiser retitles the block on now: within a minute the panel shows it, read once.
    const stored = JSON.parse(
      (await emulator.mailbox(ORGANISER)).events.find((e) => e.id === organiserEventId)
        ?.extensions?.[0]?.plan ?? '{}',
    ) as MeetingPlan;
    const retitled = {
      ...stored,
      agenda: stored.agenda.map((b) =>
        b.id === 'workplace-2' ? { ...b, title: { da: 'Solsikken fortæller', en: 'x' } } : b,
      ),
    };
    const patched = await fetch(
      `${emulatorUrl}/v1.0/me/events/${organiserEventId}/extensions/dk.netvaerksmoeder.plan`,
      {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${demoTokenFor(ORGANISER)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          '@odata.type': 'microsoft.graph.openTypeExtension',
          schemaVersion: retitled.schemaVersion,
          plan: JSON.stringify(retitled),
        }),
      },
    );
    expect(patched.status).toBe(200);
    await page.clock.runFor(60_000);
    await expect.poll(() => now.getByRole('heading').textContent()).toBe('Solsikken fortæller');
    // Read once after the change key moved, with its plan.
    expect((await planReads()) - readsBefore).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shares the programme to the stage, which shows only the programme, large, at 1920 × 1080', async () => {
    const chatId = await chatOf(ORGANISER, plan.title.da);
    const panel = await inTeams({
      frameContext: 'sidePanel',
      chatId,
      user: ORGANISER,
      clock: WELCOME_ENDING,
      context: { viewport: { width: 320, height: 900 } },
    });
    await signIn(panel.tab, /Signe Vestergaard/);
    await panel.tab.getByRole('button', { name: 'Vis programmet på mødeskærmen' }).click();
    await panel.tab
      .getByTestId('stage-result')
      .filter({ hasText: 'Programmet vises nu på mødeskærmen for alle i mødet.' })
      .waitFor();
    const [shared] = await panel.page.evaluate(
      () => (window as unknown as { __stageShares: string[] }).__stageShares,
    );
    expect(new URL(shared ?? '').origin).toBe(appUrl);
    expect(new URL(shared ?? '').searchParams.get('view')).toBe('stage');
    await panel.page.context().close();

    // Everyone's stage opens the shared link: no sign-in, no Graph.
    const before = (await emulator.requests()).length;
    const { page, tab, errors } = await inTeams({
      frameContext: 'meetingStage',
      chatId,
      user: 'guest@example.org',
      app: shared ?? '',
      clock: WELCOME_ENDING - 60_000,
      context: { viewport: { width: 1920, height: 1080 } },
    });
    const current = tab.getByTestId('stage-current');
    await current.waitFor();
    await page.clock.pauseAt(WELCOME_ENDING);
    await expect.poll(() => tab.getByTestId('stage-countdown').textContent()).toBe('0:30tilbage');
    expect(await current.textContent()).toBe('Velkomst, formål og program');
    expect(await tab.getByTestId('stage-countdown').textContent()).toBe('0:30tilbage');
    expect(await tab.getByTestId('stage-next-title').textContent()).toBe(
      'Living statement og speed dating',
    );
    expect(await tab.getByTestId('stage-clock').textContent()).toBe('Klokken11.09');
    const px = (testId: string) =>
      tab.getByTestId(testId).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    // Readable across a meeting room: about 70 px for the item, 180 px for the countdown.
    expect(await px('stage-current')).toBeGreaterThanOrEqual(64);
    expect(await px('stage-countdown')).toBeGreaterThanOrEqual(160);
    expect(await px('stage-next-title')).toBeGreaterThanOrEqual(48);
    // Only the programme: no answer, no address, nobody's attendance.
    const text = (await tab.locator('body').textContent()) ?? '';
    for (const word of ['Accepteret', 'Afvist', 'Ikke svaret', '@egeskov.example', 'Logget ind'])
      expect(text).not.toContain(word);
    expect((await emulator.requests()).length).toBe(before);
    await page.clock.runFor(31_000);
    await expect.poll(() => current.textContent()).toBe('Living statement og speed dating');
    await screenshot(page, 'teams-stage-1920');
    await page.clock.resume();
    expect(await violationsInHostThemes(page, tab)).toEqual([]);
    await page.evaluate(() =>
      (window as unknown as { setHostTheme(t: string): void }).setHostTheme('contrast'),
    );
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await screenshot(page, 'teams-stage-1920-contrast');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the programme on the stage opened from the meeting itself (Teams’ own share, a demo host)', async () => {
    // The tab's saved address with Teams' meetingStage context and the meeting's chat: the
    // meeting is found as the side panel finds it, after sign-in.
    const { page, tab, errors } = await inTeams({
      frameContext: 'meetingStage',
      chatId: await chatOf(ORGANISER, plan.title.da),
      user: ORGANISER,
      clock: WELCOME_ENDING,
      context: { viewport: { width: 1920, height: 1080 } },
    });
    // Signed in as in the tab; the stage then has no header of the app, only the programme.
    await tab.getByRole('combobox').click();
    await tab.getByRole('option', { name: /Signe Vestergaard/ }).click();
    await tab.getByRole('button', { name: /^Log ind som/ }).click();
    await expect
      .poll(() => tab.getByTestId('stage-current').textContent())
      .toBe('Velkomst, formål og program');
    expect(await tab.getByTestId('stage-next-title').textContent()).toBe(
      'Living statement og speed dating',
    );
    const text = (await tab.locator('body').textContent()) ?? '';
    for (const word of ['Accepteret', 'Afvist', 'Ikke svaret', '@egeskov.example'])
      expect(text).not.toContain(word);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('tells an attendee Teams would not let them share to the stage', async () => {
    const { page, tab } = await inTeams({
      frameContext: 'sidePanel',
      chatId: await chatOf(CHAIR, plan.title.da),
      user: CHAIR,
      role: 'Attendee',
      clock: WELCOME_ENDING - 5 * 60_000,
      context: { viewport: { width: 320, height: 900 } },
    });
    await signIn(tab, /Birgitte Holm/);
    // The attendee's panel reads the programme from her invitation: the same items.
    await expect
      .poll(() => tab.getByTestId('live-now').getByRole('heading').textContent())
      .toBe('Velkomst, formål og program');
    await tab.getByRole('button', { name: 'Vis programmet på mødeskærmen' }).click();
    await tab
      .getByTestId('stage-result')
      .filter({ hasText: /Kun mødets arrangør og præsentatorer/ })
      .waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { __stageShares: string[] }).__stageShares),
    ).toEqual([]);
    await page.context().close();
  });
});

import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoTokenFor } from '../../src/auth/demoToken';
import { bookingFromPlan, formatDate, type MeetingPlan } from '../../src/domain';
import { createEventBody } from '../../src/graph/eventMapping';
import { launchBrowser, screenshot } from './browser';
import { coveredDemoPlan, ORGANISER, signInAs } from './drafts';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
const VICE = 'mads.noergaard@egeskov.example';
const DAY_MS = 86_400_000;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** A date `days` from today, as a plan takes it. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Posts to the emulator's Graph as a demo user, as Outlook would on their behalf. */
async function graphAs(address: string, path: string, body: unknown) {
  const res = await fetch(`${emulatorUrl}/v1.0${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${demoTokenFor(address)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
  return res.status === 202 ? undefined : ((await res.json()) as { iCalUId: string });
}

/** Books a plan in the organiser's calendar through Graph, with the request the app sends. */
async function book(plan: MeetingPlan): Promise<string> {
  const event = await graphAs(
    ORGANISER,
    '/me/events',
    createEventBody(bookingFromPlan(plan, 'da')),
  );
  return event?.iCalUId ?? 'missing';
}

/** The vice-chair accepts his copy of a meeting, as in Outlook. */
async function acceptAsVice(iCalUId: string) {
  const box = (await (
    await fetch(`${emulatorUrl}/_emulator/mailboxes/${encodeURIComponent(VICE)}`)
  ).json()) as { events: { id: string; iCalUId: string }[] };
  const copy = box.events.find((e) => e.iCalUId === iCalUId);
  await graphAs(VICE, `/me/events/${copy?.id ?? 'missing'}/accept`, { sendResponse: true });
}

const signInAsVice = (page: Page) => signInAs(page, appUrl, /Mads Nørgaard/);

describe('an attendee’s network meetings', () => {
  it('shows the vice-chair his roles, the reflection block he holds, and the meetings he took part in', async () => {
    const ahead = coveredDemoPlan(`vice-ahead-${Date.now()}`, dayFromNow(60));
    const past = coveredDemoPlan(`vice-past-${Date.now()}`, dayFromNow(-30));
    await book(ahead);
    await acceptAsVice(await book(past));
    const reflection = ahead.agenda.find((b) => b.presenters.roles.includes('medViceChair'));
    expect(reflection).toBeDefined();

    const context = await browser.newContext({
      locale: 'da-DK',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await signInAsVice(page);
    const upcoming = page.getByRole('list', { name: 'Kommende', exact: true });
    const item = upcoming.locator(`li[data-plan="${ahead.id}"]`);
    await item.waitFor();
    expect(await item.getByTestId('my-roles').textContent()).toBe(
      'Inviteret som: MED-næstformand og Tillidsrepræsentant (TR)',
    );
    const expected = item.getByTestId('expected-blocks');
    expect(await expected.getByRole('listitem').allTextContents()).toEqual([
      `${reflection?.start.replace(':', '.')}–${reflection?.end.replace(':', '.')} ${reflection?.title.da}`,
    ]);
    await item.getByTestId('please-confirm').waitFor();
    await item.getByRole('button', { name: 'Jeg deltager' }).waitFor();

    // The meeting a month ago is under "Tidligere", with his answer and nothing left to answer.
    const earlier = page.getByRole('list', { name: 'Tidligere', exact: true });
    const done = earlier.locator(`li[data-plan="${past.id}"]`);
    await done.waitFor();
    expect(await done.getByTestId('my-answer').textContent()).toBe('Dit svar: Accepteret');
    expect(await done.getByRole('button', { name: 'Jeg deltager' }).count()).toBe(0);
    expect(await upcoming.locator(`li[data-plan="${past.id}"]`).count()).toBe(0);
    await done.getByRole('button', { name: 'Vis programmet' }).click();
    await page
      .frameLocator(`li[data-plan="${past.id}"] iframe`)
      .getByText(past.agenda[0]?.title.da ?? 'missing')
      .waitFor();
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'vice-chair-invitations-da');
    await context.close();

    // In English the roles are the viewer's language; the programme stays the invitation's.
    const english = await browser.newContext({ locale: 'en-GB' });
    const en = await english.newPage();
    await signInAsVice(en);
    const enItem = en.locator(`li[data-plan="${ahead.id}"]`);
    await enItem.waitFor();
    expect(await enItem.getByTestId('my-roles').textContent()).toBe(
      'Invited as: MED vice-chair and Union representative (TR)',
    );
    await en.getByRole('heading', { name: 'Earlier', exact: true }).waitFor();
    await english.close();

    // The organiser finds the same two meetings among those she organises, ahead and before.
    const own = await browser.newContext({ locale: 'da-DK' });
    const organiser = await own.newPage();
    await signInAs(organiser, appUrl, /Signe Vestergaard/);
    const followUp = (plan: MeetingPlan) =>
      new RegExp(`^Følg op: .*, ${formatDate(plan.date, 'da')}$`);
    await organiser
      .getByRole('list', { name: 'Møder, du arrangerer Kommende' })
      .getByRole('button', { name: followUp(ahead) })
      .waitFor();
    await organiser
      .getByRole('list', { name: 'Møder, du arrangerer Tidligere' })
      .getByRole('button', { name: followUp(past) })
      .waitFor();
    await screenshot(organiser, 'organiser-meetings-da');
    await own.close();

    for (const theme of [
      { colorScheme: 'light' as const },
      { colorScheme: 'dark' as const },
      { forcedColors: 'active' as const },
    ]) {
      const themed = await browser.newContext({ locale: 'da-DK', ...theme });
      const view = await themed.newPage();
      await signInAsVice(view);
      await view.locator(`li[data-plan="${ahead.id}"]`).getByTestId('expected-blocks').waitFor();
      await view.locator(`li[data-plan="${past.id}"]`).waitFor();
      const result = await new AxeBuilder({ page: view })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`)).toEqual([]);
      if (theme.colorScheme === 'dark') await screenshot(view, 'vice-chair-invitations-dark');
      await themed.close();
    }
  });
});

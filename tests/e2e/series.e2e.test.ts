import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  isWeekend,
  type MeetingPlan,
  plainDate,
  type PlainDateString,
  planReference,
  plusDays,
  SECOND_PROGRAMME,
} from '../../src/domain';
import { screenshot } from './browser';
import { shownDate, typeDate } from './dateTime';
import { OrganiserSteps } from './organiser';
import { browserFixture, coveredDemoPlan, emulator, ORGANISER, VICE } from './fixture';

const session = browserFixture();

/** The plans stored on the organiser's events, by plan id. */
async function storedPlans(): Promise<Map<string, MeetingPlan>> {
  const box = await emulator.mailbox(ORGANISER);
  const plans = box.events.flatMap((e) =>
    (e.extensions ?? []).flatMap((x) => (x.plan ? [JSON.parse(x.plan) as MeetingPlan] : [])),
  );
  return new Map(plans.map((p) => [p.id, p]));
}

/** From a sent meeting: back home, follow it up, and plan the next one of its series. */
async function planNext(page: Page, dateText: RegExp, position: string) {
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await page.getByRole('button', { name: new RegExp(`^Følg op: .*${dateText.source}`) }).click();
  await page.getByRole('button', { name: `Planlæg næste møde i serien (${position})` }).click();
  await page.getByRole('heading', { name: 'Planlæg netværksmøde' }).waitFor();
}

/** The date the planner's date field shows, read back as a date. */
async function shownPlanDate(page: Page): Promise<PlainDateString> {
  const [d, m, y] = (await page.locator('#meeting-date').inputValue()).split('.');
  return plainDate(`${y}-${m}-${d}`);
}

async function sendWith(steps: OrganiserSteps, places: readonly string[]) {
  const page = steps.page;
  for (const place of places) await steps.addWorkplace(place);
  const send = page.getByRole('button', { name: 'Send invitation' });
  await expect.poll(() => steps.errorCodes()).toEqual([]);
  await send.click();
  await page.getByText('Invitationen er sendt').waitFor();
}

/** The invitations of one effort in an attendee's calendar: subject, series line and date. */
async function invitationsOf(address: string, ids: readonly string[]) {
  const box = await emulator.mailbox(address);
  return ids.map((id) => {
    const event = box.events.find((e) => e.body.content.includes(planReference(id)));
    if (!event) throw new Error(`no invitation of ${id} for ${address}`);
    return {
      subject: event.subject,
      date: plainDate(event.start.dateTime.slice(0, 10)),
      body: event.body.content,
    };
  });
}

describe('a series of network meetings', () => {
  it('plans three meetings of one effort in order: dates, titles and "n af m" agree in every invitation', async () => {
    const covered = coveredDemoPlan(`series-${Date.now()}`, '2027-09-02');
    const first = { ...covered, series: { position: 1, size: 3 } };
    const { context, page, send } = await session.plannerWithDraft(first);
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();

    const steps = new OrganiserSteps(page, 'da', 'series');
    await planNext(page, /2\. september 2027/, '2/3');
    expect(await page.locator('#series-position').inputValue()).toBe('2');
    expect(await page.locator('#meeting-title').inputValue()).toBe(
      '2. netværksmøde om social kapital',
    );
    expect(await page.locator('#meeting-focus').inputValue()).toBe(SECOND_PROGRAMME.focus.da);
    // Proposed: the first day find-a-time offers from ten weeks after meeting 1 (11 November).
    const second = await shownPlanDate(page);
    expect(second >= '2027-11-11' && second <= plusDays(plainDate('2027-11-11'), 41)).toBe(true);
    expect(isWeekend(second)).toBe(false);
    const before = page.getByTestId('presented-before');
    expect(await before.locator('li').allTextContents()).toEqual(
      first.presentingWorkplaces.map((w) => `${w.name} (møde 1)`),
    );
    // A date before meeting 1 is refused, with the date of meeting 1 named.
    await typeDate(page.locator('#meeting-date'), plainDate('2027-08-26'));
    await expect
      .poll(() => steps.finding('series-date-order').textContent())
      .toContain('Møde 2 i forløbet skal ligge efter møde 1, torsdag den 2. september 2027');
    await steps.shot('second-before-first');
    await typeDate(page.locator('#meeting-date'), second);
    await steps.chooseTrioGroups();
    await steps.shot('second-rotation');
    await sendWith(steps, ['Egeskov Skole', 'Jobcenter Egeskov']);

    await planNext(page, new RegExp(formatDate(second, 'da').replace(/^\S+ den /, '')), '3/3');
    expect(await page.locator('#series-position').inputValue()).toBe('3');
    // Meeting 3 made from meeting 2 is the third: not "2. netværksmøde".
    expect(await page.locator('#meeting-title').inputValue()).toBe(
      '3. netværksmøde om social kapital',
    );
    const third = await shownPlanDate(page);
    expect(third >= plusDays(second, 70)).toBe(true);
    await expect
      .poll(() => page.getByTestId('presented-before').locator('li').allTextContents())
      .toEqual([
        ...first.presentingWorkplaces.map((w) => `${w.name} (møde 1)`),
        'Egeskov Skole (møde 2)',
        'Jobcenter Egeskov (møde 2)',
      ]);
    // Picking one that presented before is allowed, and marked.
    await steps.addWorkplace('Egeskov Skole');
    await page
      .locator('li[data-workplace="Egeskov Skole"]')
      .getByText('Præsenterede i møde 2')
      .waitFor();
    await screenshot(page, 'series-third-rotation-da');
    await page.getByRole('button', { name: 'Fjern arbejdspladsen Egeskov Skole' }).click();
    await sendWith(steps, ['Plejecentret Lindely', 'Vej og Park']);

    const plans = [...(await storedPlans()).values()]
      .filter((p) => (p.series.seriesId ?? p.id) === first.id)
      .sort((a, b) => a.series.position - b.series.position);
    expect(plans.map((p) => [p.date, p.series.position, p.series.size])).toEqual([
      ['2027-09-02', 1, 3],
      [second, 2, 3],
      [third, 3, 3],
    ]);
    expect(
      plans
        .map((p) => p.presentingWorkplaces.map((w) => w.name))
        .flat()
        .sort(),
    ).toEqual(
      [
        ...first.presentingWorkplaces.map((w) => w.name),
        'Egeskov Skole',
        'Jobcenter Egeskov',
        'Plejecentret Lindely',
        'Vej og Park',
      ].sort(),
    );

    // What the vice-chair received: three invitations whose titles, "n af 3" and dates agree.
    const received = await invitationsOf(
      VICE,
      plans.map((p) => p.id),
    );
    expect(received.map((r) => r.subject)).toEqual([
      '1. netværksmøde om social kapital',
      '2. netværksmøde om social kapital',
      '3. netværksmøde om social kapital',
    ]);
    expect(received.map((r) => r.date)).toEqual(['2027-09-02', second, third]);
    received.forEach((r, i) => {
      expect(r.body).toContain(`Netværksmøde ${i + 1} af 3 · ${formatDate(r.date, 'da')}`);
    });

    // Copying meeting 1 now: the effort has no number left, so only a new effort is offered.
    await page.getByRole('button', { name: 'Tilbage' }).click();
    await page
      .getByRole('button', { name: /^Kopier: 1\. netværksmøde .*2\. september 2027/ })
      .click();
    await expect
      .poll(() => page.getByRole('menuitem').allTextContents())
      .toEqual(['Som møde 1 i et nyt forløb']);
    await page.getByRole('menuitem', { name: 'Som møde 1 i et nyt forløb' }).click();
    await page.getByRole('heading', { name: 'Planlæg netværksmøde' }).waitFor();
    expect(await page.locator('#series-position').inputValue()).toBe('1');
    expect(await page.locator('#meeting-title').inputValue()).toBe(
      '1. netværksmøde om social kapital',
    );
    expect(await page.locator('#meeting-date').inputValue()).not.toBe(
      shownDate(plainDate('2027-09-02'), 'da'),
    );
    await context.close();
  }, 240_000);
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type MeetingPlan,
  type PlainDateString,
  plainDate,
  SECOND_PROGRAMME,
} from '../../src/domain';
import { screenshot } from './browser';
import { typeDate } from './dateTime';
import { OrganiserSteps } from './organiser';
import { browserFixture, coveredDemoPlan, emulator, ORGANISER } from './fixture';

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

async function sendWith(steps: OrganiserSteps, date: PlainDateString, places: readonly string[]) {
  const page = steps.page;
  await typeDate(page.locator('#meeting-date'), date);
  for (const place of places) await steps.addWorkplace(place);
  const send = page.getByRole('button', { name: 'Send invitation' });
  await expect.poll(() => steps.errorCodes()).toEqual([]);
  await send.click();
  await page.getByText('Invitationen er sendt').waitFor();
}

describe('a series of network meetings', () => {
  it('plans three meetings of one effort, each its own event, rotating the workplaces', async () => {
    const covered = coveredDemoPlan(`series-${Date.now()}`, '2027-09-02');
    const first = { ...covered, series: { position: 1, size: 3 } };
    const { context, page, send } = await session.plannerWithDraft(first);
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();

    const steps = new OrganiserSteps(page, 'da', 'series');
    await planNext(page, /2\. september 2027/, '2/3');
    expect(await page.locator('#series-position').inputValue()).toBe('2');
    expect(await page.locator('#meeting-focus').inputValue()).toBe(SECOND_PROGRAMME.focus.da);
    const before = page.getByTestId('presented-before');
    expect(await before.locator('li').allTextContents()).toEqual(
      first.presentingWorkplaces.map((w) => `${w.name} (møde 1)`),
    );
    await steps.chooseTrioGroups();
    await steps.shot('second-rotation');
    await sendWith(steps, plainDate('2027-10-07'), ['Egeskov Skole', 'Jobcenter Egeskov']);

    await planNext(page, /7\. oktober 2027/, '3/3');
    expect(await page.locator('#series-position').inputValue()).toBe('3');
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
    await sendWith(steps, plainDate('2027-11-04'), ['Plejecentret Lindely', 'Vej og Park']);

    const plans = [...(await storedPlans()).values()].filter(
      (p) => (p.series.seriesId ?? p.id) === first.id,
    );
    expect(plans.map((p) => [p.date, p.series.position, p.series.size]).sort()).toEqual([
      ['2027-09-02', 1, 3],
      ['2027-10-07', 2, 3],
      ['2027-11-04', 3, 3],
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
    await context.close();
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { shownDate, typeDate } from './dateTime';
import { browserFixture, coveredDemoPlan, emulator, ORGANISER } from './fixture';
import { plainDate } from '../../src/domain';

const session = browserFixture();

async function organiserEvent(transactionId: string) {
  const box = await emulator.mailbox(ORGANISER);
  return box.events.find((e) => e.transactionId === transactionId);
}

describe('moving a booked meeting', () => {
  it('offers the same search on the dashboard, and moves nothing until the changes are saved', async () => {
    const plan = coveredDemoPlan(`move-find-${Date.now()}`, '2027-03-15');
    const { context, page, send } = await session.plannerWithDraft(plan);
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();
    const transactionId = `netvaerksmoeder-${plan.id}`;
    expect((await organiserEvent(transactionId))?.start.dateTime).toMatch(/^2027-03-15T11:00:00/);

    await page.getByRole('button', { name: 'Tilbage' }).click();
    await page
      .getByRole('button', { name: /^Følg op: 1\. netværksmøde .*15\. marts 2027/ })
      .click();
    await page.getByTestId('role-attendance').waitFor();
    // The search starts from the meeting's own date.
    expect(await page.locator('#find-from').inputValue()).toBe(
      shownDate(plainDate('2027-03-15'), 'da'),
    );
    await page.getByRole('button', { name: 'Find tider' }).click();
    const slots = page.getByTestId('slots').locator('li');
    await slots.first().waitFor();
    const offered = await slots.evaluateAll((items) =>
      items.map((i) => ({
        date: i.getAttribute('data-date') ?? '',
        start: i.getAttribute('data-start') ?? '',
      })),
    );
    const perDay = new Map<string, number>();
    for (const o of offered) perDay.set(o.date, (perDay.get(o.date) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(2);
    expect(perDay.has('2027-03-26')).toBe(false);

    const chosen = offered.find((o) => o.date !== '2027-03-15') ?? { date: '', start: '' };
    await page
      .locator(`[data-testid="slots"] li[data-date="${chosen.date}"][data-start="${chosen.start}"]`)
      .getByRole('button', { name: /^Vælg dette tidspunkt: / })
      .click();
    await page
      .getByTestId('pending')
      .getByText(/^Flyt mødet til /)
      .waitFor();
    expect(await page.getByTestId('slot-chosen').textContent()).toMatch(
      /^Når du vælger Gem og send til de berørte, flyttes mødet til .+\. Intet er flyttet endnu\.$/,
    );
    await screenshot(page, 'dashboard-find-time-da');
    // Chosen, not moved: the booked event keeps its time.
    expect((await organiserEvent(transactionId))?.start.dateTime).toMatch(/^2027-03-15T11:00:00/);

    await page.getByRole('button', { name: 'Gem og send til de berørte' }).click();
    await page.getByText(/^Gemt\./).waitFor();
    await expect
      .poll(async () => (await organiserEvent(transactionId))?.start.dateTime.slice(0, 16))
      .toBe(`${chosen.date}T${chosen.start}`);
    await context.close();
  });

  it('refuses to move a booked meeting into the past, and sends nothing', async () => {
    const plan = coveredDemoPlan(`move-past-${Date.now()}`, '2027-03-16');
    const { context, page, send } = await session.plannerWithDraft(plan);
    await send.click();
    await page.getByRole('button', { name: 'Følg op på mødet' }).click();
    await page.getByTestId('role-attendance').waitFor();
    await typeDate(page.locator('#move-date'), plainDate('2026-01-05'));
    await page.getByRole('button', { name: 'Flyt', exact: true }).click();
    const refused = page.getByTestId('move-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/5\. januar 2026/);
    expect(
      await page.getByRole('button', { name: 'Gem og send til de berørte' }).isDisabled(),
    ).toBe(true);
    await screenshot(page, 'dashboard-move-past-da');
    const transactionId = `netvaerksmoeder-${plan.id}`;
    expect((await organiserEvent(transactionId))?.start.dateTime).toMatch(/^2027-03-16T11:00:00/);
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { browserFixture, coveredDemoPlan, emulator, ORGANISER } from './fixture';

const session = browserFixture();

describe('a plan that does not fit its meeting, and the plan’s bounds', () => {
  it('says so on the follow-up when the meeting was moved in Outlook, and offers nothing to save', async () => {
    const plan = coveredDemoPlan(`bounds-${Date.now()}`, '2027-06-10');
    const { page, send } = await session.plannerWithDraft(plan);
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();
    const event = await emulator.booked(plan);
    if (!event) throw new Error('not booked');

    // The organiser moves the meeting an hour in Outlook, not in the app.
    const moved = await emulator.patchAs(ORGANISER, `/me/events/${event.id}`, {
      start: { dateTime: '2027-06-10T12:00:00', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2027-06-10T15:00:00', timeZone: 'Romance Standard Time' },
    });
    expect(moved.status).toBe(200);

    await page.getByRole('button', { name: 'Følg op på mødet' }).click();
    const mismatch = page.getByTestId('plan-mismatch');
    await mismatch.waitFor();
    expect(await mismatch.textContent()).toMatch(
      /Planen passer ikke til mødet.*Mødet står i kalenderen torsdag den 10\. juni 2027, 12\.00–15\.00, men planen siger torsdag den 10\. juni 2027, 11\.00–14\.00/,
    );
    expect(await page.getByRole('button', { name: /^Gem og send/ }).count()).toBe(0);
    await screenshot(page, 'follow-up-plan-mismatch-da');
    await page.context().close();
  });

  it('refuses a title longer than Outlook’s subject at the title field, and keeps the title', async () => {
    const plan = coveredDemoPlan(`bounds-title-${Date.now()}`, '2027-06-17');
    const { page } = await session.plannerWithDraft(plan);
    const title = page.locator('#meeting-title');
    await title.fill('x'.repeat(255));
    await title.press('End');
    await page.keyboard.type('y');
    await page
      .getByText('Titlen kan højst være 255 tegn, så lang som emnefeltet i Outlook. Forkort den.')
      .waitFor();
    expect(await title.inputValue()).toBe('x'.repeat(255));
    await screenshot(page, 'planner-title-too-long-da');
    await page.context().close();
  });
});

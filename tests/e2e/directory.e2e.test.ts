/**
 * Directory search as the organiser uses it against the emulator's Graph `$search`: groups and
 * people found by a later word of their name, people shown with job title and department, the
 * picked group kept in its field, a group's members confirmed (and some left out) before they
 * are invited, and a workplace's own people first when filling its TRIO seat.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { wcagAxe } from './axeThemes';
import { screenshot } from './browser';
import { OrganiserSteps } from './organiser';
import { browserFixture, emulator, type EmulatorTenant, ORGANISER } from './fixture';

const session = browserFixture();
let workplaces: EmulatorTenant['workplaces'] = [];
beforeAll(async () => {
  workplaces = (await emulator.tenant()).workplaces;
});

async function planner(): Promise<{ page: Page; steps: OrganiserSteps }> {
  const page = await session.signedIn(/Signe Vestergaard/);
  await page.getByRole('button', { name: 'Planlæg: 1. netværksmøde' }).click();
  await page.getByRole('heading', { name: 'Planlæg netværksmøde' }).waitFor();
  return { page, steps: new OrganiserSteps(page, 'da', 'directory') };
}

describe('directory search', () => {
  it('finds by a later word, shows job title and department, keeps the group, and imports only those ticked', async () => {
    const { page, steps } = await planner();

    // "AMR" is the second word of "Alle AMR".
    await steps.inviteAs('amr');
    const groupBox = page.locator('#group-search');
    await groupBox.click();
    await groupBox.fill('AMR');
    const option = page.getByRole('option', { name: /^Alle AMR/ });
    await option.waitFor();
    await screenshot(page, 'directory-01-group-by-later-word');
    await option.click();

    // The group stays in its field, and its members wait to be confirmed, all ticked.
    const confirm = page.getByTestId('group-import');
    await confirm.waitFor();
    expect(await groupBox.inputValue()).toBe('Alle AMR');
    const amrs = workplaces.map((w) => w.amrName);
    expect(await confirm.getByRole('heading').textContent()).toBe(
      `Alle AMR: ${amrs.length} personer`,
    );
    const boxes = confirm.getByRole('checkbox');
    expect(await boxes.count()).toBe(amrs.length);
    expect(
      await boxes.evaluateAll((all) => all.every((b) => (b as HTMLInputElement).checked)),
    ).toBe(true);
    // Each with what Graph lets the app read of them (User.ReadBasic.All: no job title here).
    expect(await confirm.locator('li').first().textContent()).toMatch(/@egeskov\.example$/);

    // One left out: the button counts down, and that person is not invited.
    const leftOut = amrs[0] ?? '';
    await confirm.getByRole('checkbox', { name: new RegExp(`^${leftOut}`) }).uncheck();
    const add = page.getByRole('button', {
      name: `Tilføj ${amrs.length - 1} personer som Arbejdsmiljørepræsentant (AMR)`,
    });
    await add.waitFor();
    await screenshot(page, 'directory-02-import-confirm');
    const axe = await wcagAxe(page).include('[data-testid="group-import"]').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await add.click();
    await page.getByText(`Tilføjet fra gruppen Alle AMR: ${amrs.length - 1}`).waitFor();
    expect(await confirm.count()).toBe(0);
    expect(await groupBox.inputValue()).toBe('Alle AMR');
    await expect
      .poll(async () =>
        (await steps.draft(ORGANISER)).invitees
          .filter((i) => i.roles.includes('amr'))
          .map((i) => i.name)
          .sort(),
      )
      .toEqual(amrs.filter((n) => n !== leftOut).sort());

    // A large group opens at once: its count, the first 50, and "show all".
    await steps.inviteAs('employee');
    await groupBox.click();
    await groupBox.fill('medarbejdere');
    await page.getByRole('option', { name: /^Alle medarbejdere i Egeskov Kommune/ }).click();
    await confirm.waitFor();
    expect(await confirm.getByRole('heading').textContent()).toMatch(
      /^Alle medarbejdere i Egeskov Kommune: \d\.\d{3} personer$/,
    );
    expect(await confirm.getByRole('checkbox').count()).toBe(50);
    await confirm.getByRole('button', { name: /^Vis alle \d\.\d{3}$/ }).waitFor();
    await confirm.getByRole('button', { name: 'Fortryd' }).click();
    expect(await confirm.count()).toBe(0);

    // A person by surname, with job title and department.
    const personBox = page.locator('#person-search');
    await personBox.click();
    await personBox.fill('nørgaard');
    const mads = page.getByRole('option', { name: /^Mads Nørgaard/ });
    await mads.waitFor();
    expect(await mads.textContent()).toContain('Fællestillidsrepræsentant (FTR) · Hovedudvalget');
    await screenshot(page, 'directory-03-person-details');
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('lists a workplace’s own people first when filling its TRIO seat', async () => {
    const { page, steps } = await planner();
    const tandplejen = workplaces.find((w) => w.name === 'Tandplejen');
    const tr = tandplejen?.trName ?? '';
    const givenName = tr.split(' ')[0] ?? '';

    // The ordinary search ranks someone else of that name first…
    const personBox = page.locator('#person-search');
    await personBox.click();
    await personBox.fill(givenName);
    const firstOption = page.getByRole('option').first();
    await firstOption.waitFor();
    expect(await firstOption.textContent()).not.toContain(tr);
    await page.keyboard.press('Escape');

    // …the seat's search puts Tandplejen's own first.
    await steps.addWorkplace('Tandplejen');
    const seat = page.locator('li[data-workplace="Tandplejen"] input[id$="-tr"]');
    await seat.click();
    await seat.fill(givenName);
    const first = page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain(tr);
    await screenshot(page, 'directory-04-seat-members-first');
    await first.click();
    await page.locator('li[data-workplace="Tandplejen"]').getByText(tr, { exact: true }).waitFor();
    await page.context().close();
  });
});

import { describe, expect, it } from 'vitest';
import { plainDate, SECOND_PROGRAMME } from '../../src/domain';
import { demoPlan } from '../../src/emulator/demoPlan.testSupport';
import { screenshot } from './browser';
import { typeDate } from './dateTime';
import { OrganiserSteps } from './organiser';
import { browserFixture, CHAIR, coveredDemoPlan, demoTenant, ORGANISER, VICE } from './fixture';

const session = browserFixture();

describe('the guide’s rules on people', () => {
  it('refuses one person as chair and vice-chair, with roles added and removed one at a time', async () => {
    const { context, page } = await session.plannerWithDraft(
      coveredDemoPlan(`roles-${Date.now()}`),
    );
    const steps = new OrganiserSteps(page, 'da', 'guide-people');
    const chair = page.locator(`#invitee-list li[data-email="${CHAIR}"]`);
    await chair.getByRole('button', { name: 'Tilføj en rolle til Birgitte Holm' }).click();
    await page.getByRole('menuitem', { name: 'MED-næstformand', exact: true }).click();
    await page.getByRole('button', { name: 'Fjern Mads Nørgaard' }).click();
    await expect.poll(() => steps.errorCodes()).toEqual(['med-chair-is-vice-chair']);
    expect(await steps.finding('med-chair-is-vice-chair').textContent()).toContain(
      'Birgitte Holm er inviteret som både MED-formand og MED-næstformand',
    );
    await steps.shot('chair-is-vice-chair');
    // One role taken away; she stays invited as director and chair.
    await chair
      .getByRole('button', { name: 'Fjern rollen MED-næstformand fra Birgitte Holm' })
      .click();
    // The reflection block asks for a vice-chair too.
    await expect
      .poll(() => steps.errorCodes())
      .toEqual(['med-vice-chair-missing', 'presenter-role-missing']);
    expect(await chair.locator('.fui-Badge').allTextContents()).toEqual([
      'Direktør',
      'MED-formand',
    ]);
    expect(await page.locator(`#invitee-list li[data-email="${VICE}"]`).count()).toBe(0);
    await context.close();
  });

  it('shows what each group is for, empties the workplace field, and never picks a TRIO silently', async () => {
    const { context, page } = await session.plannerWithDraft(
      coveredDemoPlan(`groups-${Date.now()}`),
    );
    const steps = new OrganiserSteps(page, 'da', 'guide-groups');
    // The picker says what a group is for, from its description.
    const search = page.locator('#group-search');
    await search.click();
    await search.fill('Rolle');
    await expect
      .poll(() => page.getByRole('option').allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Kommunaldirektøren\s*Rolle: direktør \(topledelsen\)/),
          expect.stringMatching(/^Fagdirektørerne\s*Rolle: forvaltnings-\/afdelingsdirektører/),
        ]),
      );
    await page.keyboard.press('Escape');

    await steps.chooseTrioGroups();
    await steps.addWorkplace('Vej og Park');
    // Emptied for the next one: typing does not add to the last name.
    expect(await page.locator('#workplace-search').inputValue()).toBe('');

    const group = 'Forvaltningen for Social og Sundhed';
    await steps.pickFromCombobox('#workplace-search', 'Forvaltningen for So', group);
    const added = page.locator(`li[data-workplace="${group}"]`);
    await added.getByTestId('seat-choices').waitFor();
    expect(await added.getByText('mangler', { exact: true }).count()).toBe(3);
    await expect
      .poll(() => steps.finding('trio-incomplete').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Gruppen har 2 som leder')]));
    await screenshot(page, 'guide-group-of-workplaces-da');
    await added
      .getByRole('button', {
        name: 'Del i arbejdspladserne Hjemmeplejen Nord og Plejecentret Lindely',
      })
      .click();
    await page.locator('li[data-workplace="Hjemmeplejen Nord"]').waitFor();
    await page.locator('li[data-workplace="Plejecentret Lindely"]').waitFor();
    expect(await added.count()).toBe(0);
    await expect.poll(() => steps.errorCodes()).toEqual([]);
    await context.close();
  });
});

describe('the guide’s rules on the programme', () => {
  it('asks once for the kind of organisation, refuses a blank heading and an unconfirmed frame, warns on a holiday', async () => {
    const plan = demoPlan(demoTenant(), {
      id: `programme-${Date.now()}`,
      date: '2027-04-22',
      programme: SECOND_PROGRAMME,
      workplaces: 2,
    });
    const { context, page, send } = await session.plannerWithDraft(plan);
    const steps = new OrganiserSteps(page, 'da', 'guide-programme');
    const reflection = page.locator('li[data-block-id="reflection"] [id$="-heading"]');
    expect(await reflection.textContent()).toMatch(/skal tage i kommunen\/på hospitalet$/);

    // Asked once, in the programme; kept with the settings beside the TRIO groups.
    const question = page.locator('#organisation-question');
    // The question goes once answered: a click, not check(), which would wait to see it checked.
    await question.getByRole('radio', { name: 'Hospital' }).click();
    await expect.poll(() => reflection.textContent()).toMatch(/skal tage på hospitalet$/);
    expect(await question.count()).toBe(0);
    expect(
      await page.locator('#organisation-kind').getByRole('radio', { name: 'Hospital' }).isChecked(),
    ).toBe(true);
    const settings = await page.evaluate(
      (key) => localStorage.getItem(key),
      `nm.trio-groups.${ORGANISER}`,
    );
    expect(JSON.parse(settings ?? '{}')).toMatchObject({ organisation: 'hospital' });

    // A blank heading is an error; its fix goes to the heading.
    await page.locator('#block-title-welcome').fill('   ');
    await expect.poll(() => steps.errorCodes()).toEqual(['block-title-empty']);
    expect(await steps.fix('block-title-empty')).toBe('block-title-welcome');
    await page.locator('#block-title-welcome').fill('Velkomst');

    // Far past the frame: sent only once the organiser confirms it.
    const survey = page
      .locator('li[data-block-id="survey"]')
      .getByRole('spinbutton', { name: 'Minutter' });
    await survey.fill('240');
    await survey.press('Enter');
    await expect.poll(() => steps.errorCodes()).toEqual(['frame-not-confirmed']);
    expect(await send.getAttribute('aria-disabled')).toBe('true');
    expect(await steps.fix('frame-not-confirmed')).toBe('frame-confirm');
    await screenshot(page, 'guide-frame-to-confirm-da');
    await page.locator('#frame-confirm').check();
    await expect.poll(() => steps.errorCodes()).toEqual([]);
    expect(await send.getAttribute('aria-disabled')).not.toBe('true');
    expect((await steps.draft(ORGANISER)).adaptedFrame?.minutes).toBeGreaterThan(180 + 60);

    // A date between Christmas and New Year, typed by hand: a warning, not an error.
    await typeDate(page.locator('#meeting-date'), plainDate('2027-12-28'));
    await expect
      .poll(() => steps.finding('date-day-off').textContent())
      .toContain('Tirsdag den 28. december 2027 ligger mellem jul og nytår');
    expect(await steps.errorCodes()).toEqual([]);
    await screenshot(page, 'guide-day-off-da');
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import type { MeetingPlan } from '../../src/domain';
import { demoPlan } from '../../src/emulator/demoPlan.testSupport';
import { screenshot } from './browser';
import { OrganiserSteps } from './organiser';
import {
  browserFixture,
  coveredDemoPlan,
  demoTenant,
  emulator,
  type MailboxEvent,
  ORGANISER,
  VICE,
} from './fixture';

// A communications consultant, invited to none of the demo plan's roles.
const STAND_IN = { name: 'Kasper Nissen', email: 'kasper.nissen@egeskov.example' };
const tenant = demoTenant();
const session = browserFixture();

async function events(address: string): Promise<readonly MailboxEvent[]> {
  return (await emulator.mailbox(address)).events;
}
async function bookedEvent(plan: MeetingPlan): Promise<MailboxEvent> {
  const event = await emulator.booked(plan);
  if (!event) throw new Error('not booked');
  return event;
}
const attendeeName = (event: MailboxEvent | undefined, address: string) =>
  event?.attendees.find((a) => a.emailAddress.address === address)?.emailAddress.name;

/** The demo tenant's TR of a workplace, who also sits on H-MED. */
function trOf(workplace: string) {
  const trId = tenant.workplaces.find((w) => w.name === workplace)?.trId;
  const user = tenant.users.find((u) => u.id === trId);
  if (!user) throw new Error(`no TR of ${workplace}`);
  const hMed = tenant.groups.find((g) => g.id === tenant.roleGroups.medMember);
  expect(hMed?.memberIds).toContain(user.id);
  return { name: user.displayName, email: user.mail };
}

describe('roles follow people, for one meeting', () => {
  it('makes a replacement of the vice-chair a stand-in: shown and sent as such, and the next meeting invites the vice-chair again', async () => {
    const plan = coveredDemoPlan(`stand-in-${Date.now()}`, '2027-08-26');
    const { context, page, send } = await session.plannerWithDraft(plan);
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();
    const event = await bookedEvent(plan);

    await page.getByRole('button', { name: 'Tilbage' }).click();
    await page.getByRole('button', { name: /^Følg op: .*26\. august 2027/ }).click();
    await page.getByTestId('role-attendance').waitFor();
    await page.locator('#replace-who').click();
    await page.getByRole('option', { name: /^Mads Nørgaard/ }).click();
    await page.locator('#replace-with').click();
    await page.keyboard.type(STAND_IN.name);
    await page.getByRole('option').filter({ hasText: STAND_IN.email }).click();
    expect(await page.getByTestId('pending').textContent()).toBe(
      `Erstat Mads Nørgaard med ${STAND_IN.name} som stedfortræder ved dette møde`,
    );
    // Everyone invited is told (the invitation names the stand-in); she is invited, he is not.
    expect(await page.getByTestId('who-hears').textContent()).toMatch(
      new RegExp(
        `^Alle \\d+ deltagere får en opdateret invitation.* ${STAND_IN.name} får invitationen\\. Mads Nørgaard får en aflysning\\.$`,
      ),
    );
    await page.getByRole('button', { name: 'Gem og send til de berørte' }).click();
    await expect
      .poll(() => page.getByTestId('saved-changes').textContent())
      .toMatch(/^Gemt\. Alle \d+ deltagere har fået en opdateret invitation\./);

    const standInLine = `${STAND_IN.name} – stedfortræder for Mads Nørgaard (MED-næstformand, Tillidsrepræsentant (TR))`;
    const viceRow = page
      .getByTestId('role-attendance')
      .locator('tr[data-role="medViceChair"] td[data-answer="none"]');
    await expect.poll(() => viceRow.textContent()).toContain(standInLine);
    expect(
      await page.getByTestId('coverage').locator('[data-code="med-vice-chair-missing"]').count(),
    ).toBe(0);
    await screenshot(page, 'stand-in-follow-up-da');

    // What the stand-in reads in Outlook: the body says whom she stands in for, and so does her name.
    const copy = (await events(STAND_IN.email)).find((e) => e.iCalUId === event.iCalUId);
    expect(copy?.body.content).toContain('Stedfortrædere ved dette møde');
    expect(copy?.body.content).toContain(standInLine);
    const organiserEvent = (await events(ORGANISER)).find((e) => e.id === event.id);
    expect(organiserEvent?.body.content).toContain(standInLine);
    expect(attendeeName(organiserEvent, STAND_IN.email)).toBe(
      `${STAND_IN.name} (MED-næstformand, Tillidsrepræsentant (TR); stedfortræder for Mads Nørgaard)`,
    );
    expect(attendeeName(organiserEvent, VICE)).toBeUndefined();

    // The next meeting is planned from the role holders: the vice-chair again, not his stand-in.
    await page.getByRole('button', { name: 'Planlæg næste møde i serien (2/2)' }).click();
    await page.getByRole('heading', { name: 'Planlæg netværksmøde' }).waitFor();
    const vice = page.locator(`#invitee-list li[data-email="${VICE}"]`);
    await vice.waitFor();
    expect(await vice.locator('.fui-Badge').allTextContents()).toEqual([
      'MED-næstformand',
      'Tillidsrepræsentant (TR)',
    ]);
    expect(await page.locator(`#invitee-list li[data-email="${STAND_IN.email}"]`).count()).toBe(0);
    const steps = new OrganiserSteps(page, 'da', 'stand-in-next');
    expect(await steps.errorCodes()).not.toContain('med-vice-chair-missing');
    await steps.shot('planner');
    const draft = await steps.draft(ORGANISER);
    expect(draft.invitees.map((i) => i.email)).toContain(VICE);
    expect(draft.invitees.map((i) => i.email)).not.toContain(STAND_IN.email);
    expect(draft.invitees.some((i) => i.standsInFor)).toBe(false);
    await context.close();
  }, 120_000);

  it('merges a TRIO seat with the MED committee: a TR on H-MED keeps both roles as workplaces are added, in the list and the invitation', async () => {
    const tr = trOf('Egeskov Skole');
    const plan = demoPlan(tenant, {
      id: `merged-${Date.now()}`,
      date: '2027-08-12',
      workplaces: 0,
    });
    const page = await session.withDraft(plan);
    const context = page.context();
    await page.getByRole('button', { name: /^Fortsæt kladden/ }).click();
    const steps = new OrganiserSteps(page, 'da', 'merged-roles');
    await steps.chooseTrioGroups();

    const badges = page.locator(`#invitee-list li[data-email="${tr.email}"] .fui-Badge`);
    expect(await badges.allTextContents()).toEqual(['MED-medlem']);
    await steps.addWorkplace('Egeskov Skole');
    await expect
      .poll(() => badges.allTextContents())
      .toEqual(['Tillidsrepræsentant (TR)', 'MED-medlem']);
    // Another workplace lays the programme out again: the TR keeps the committee seat.
    await steps.addWorkplace('Plejecentret Lindely');
    await page.locator('li[data-workplace="Plejecentret Lindely"]').waitFor();
    await expect
      .poll(() => badges.allTextContents())
      .toEqual(['Tillidsrepræsentant (TR)', 'MED-medlem']);
    expect(await page.locator(`#invitee-list li[data-email="${tr.email}"]`).count()).toBe(1);
    await steps.shot('two-workplaces');
    const draft = await steps.draft(ORGANISER);
    expect(draft.invitees.find((i) => i.email === tr.email)?.roles).toEqual(['tr', 'medMember']);

    const send = page.getByRole('button', { name: 'Send invitation' });
    await expect.poll(() => steps.errorCodes()).toEqual([]);
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();
    const event = await bookedEvent(plan);
    expect(attendeeName(event, tr.email)).toBe(`${tr.name} (Tillidsrepræsentant (TR), MED-medlem)`);
    const copy = (await events(tr.email)).find((e) => e.iCalUId === event.iCalUId);
    expect(copy?.body.content).toContain(`Egeskov Skole (Lokal TRIO:`);
    expect(attendeeName(copy, tr.email)).toBe(`${tr.name} (Tillidsrepræsentant (TR), MED-medlem)`);
    await context.close();
  }, 120_000);
});

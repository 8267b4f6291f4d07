import { describe, expect, it } from 'vitest';
import { bookingFromPlan, formatDate, type MeetingPlan } from '../../src/domain';
import { createEventBody } from '../../src/graph/eventMapping';
import { violationsInThemes, wcagAxe } from './axeThemes';
import { screenshot } from './browser';
import { browserFixture, CHAIR, coveredDemoPlan, emulator, ORGANISER, VICE } from './fixture';

const DAY_MS = 86_400_000;
const session = browserFixture();

/** A date `days` from today, as a plan takes it. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Posts to the emulator's Graph as a demo user, as Outlook would on their behalf. */
async function graphAs(address: string, path: string, body: unknown) {
  const res = await emulator.postAs(address, path, body);
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
  const box = await emulator.mailbox(VICE);
  const copy = box.events.find((e) => e.iCalUId === iCalUId);
  await graphAs(VICE, `/me/events/${copy?.id ?? 'missing'}/accept`, { sendResponse: true });
}

describe('an attendee’s network meetings', () => {
  it('shows the vice-chair his roles, the reflection block he holds, and the meetings he took part in', async () => {
    const ahead = coveredDemoPlan(`vice-ahead-${Date.now()}`, dayFromNow(60));
    const past = coveredDemoPlan(`vice-past-${Date.now()}`, dayFromNow(-30));
    await book(ahead);
    await acceptAsVice(await book(past));
    const reflection = ahead.agenda.find((b) => b.presenters.roles.includes('medViceChair'));
    expect(reflection).toBeDefined();

    const page = await session.signedIn(/Mads Nørgaard/);
    const context = page.context();
    const upcoming = page.getByRole('list', { name: 'Kommende', exact: true });
    const item = upcoming.locator(`li[data-plan="${ahead.id}"]`);
    await item.waitFor();
    expect(await item.getByTestId('my-roles').textContent()).toBe(
      'Inviteret som MED-næstformand og tillidsrepræsentant (TR)',
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
    // The programme opens as rows in the page, his own marked as in Outlook's pane: no frame
    // with a scroll of its own.
    await done.getByRole('button', { name: 'Vis programmet' }).click();
    const programme = done.getByTestId('whole-programme');
    await programme.waitFor();
    expect(await done.locator('iframe').count()).toBe(0);
    expect(await programme.locator('li').count()).toBe(past.agenda.length);
    const pastReflection = past.agenda.find((b) => b.presenters.roles.includes('medViceChair'));
    const mine = programme.locator('li[data-mine]');
    expect(await mine.count()).toBe(1);
    expect(await mine.textContent()).toContain(pastReflection?.title.da ?? 'missing');
    expect(await programme.locator('li[data-mine]').textContent()).toContain('Din del');
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'vice-chair-invitations-da');
    await context.close();

    // In English the roles are the viewer's language; the programme stays the invitation's.
    const en = await session.signedIn(/Mads Nørgaard/, { locale: 'en-GB' });
    const english = en.context();
    const enItem = en.locator(`li[data-plan="${ahead.id}"]`);
    await enItem.waitFor();
    expect(await enItem.getByTestId('my-roles').textContent()).toBe(
      'Invited as MED vice-chair and union representative (TR)',
    );
    // His part in the English UI's time format, the titles as the invitation has them.
    expect(
      await enItem.getByTestId('expected-blocks').getByRole('listitem').allTextContents(),
    ).toEqual([`${reflection?.start}–${reflection?.end} ${reflection?.title.da}`]);
    await en.getByRole('heading', { name: 'Earlier', exact: true }).waitFor();
    await english.close();

    // The organiser finds the same two meetings among those she organises, ahead and before.
    const organiser = await session.signedIn(/Signe Vestergaard/);
    const own = organiser.context();
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
      const view = await session.signedIn(/Mads Nørgaard/, theme);
      const themed = view.context();
      await view.locator(`li[data-plan="${ahead.id}"]`).getByTestId('expected-blocks').waitFor();
      await view.locator(`li[data-plan="${past.id}"]`).waitFor();
      // Tabster's focus sentinels (Fluent's Dialog, here the one asking before declining) are
      // aria-hidden by design and never read.
      const result = await wcagAxe(view).exclude('[data-tabster-dummy]').analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`)).toEqual([]);
      if (theme.colorScheme === 'dark') await screenshot(view, 'vice-chair-invitations-dark');
      await themed.close();
    }
  });
});

/** Sets the Exchange calendar setting that keeps declined meetings in a mailbox's calendar. */
async function preserveDeclined(address: string, on: boolean) {
  await emulator.calendarConfiguration(address, { preserveDeclinedMeetings: on });
}

/** The attendees' answers on the organiser's copy of a meeting, by address. */
async function answersOnOrganisersCopy(iCalUId: string): Promise<Map<string, string>> {
  const box = await emulator.mailbox(ORGANISER);
  const event = box.events.find((e) => e.iCalUId === iCalUId);
  return new Map(
    (event?.attendees ?? []).map((a) => [a.emailAddress.address.toLowerCase(), a.status.response]),
  );
}

describe('an attendee who declines', () => {
  it('changes their mind in the app where the mailbox keeps declined meetings, and is told where the meeting went where it does not', async () => {
    const plan = coveredDemoPlan(`decline-${Date.now()}`, dayFromNow(75));
    const uid = await book(plan);
    // Exchange's default: the declined meeting goes to Deleted Items. The app keeps it in view,
    // says where it went and how to change the answer, and offers nothing it cannot do.
    const vice = await session.signedIn(/Mads Nørgaard/);
    const context = vice.context();
    const viceItem = vice.locator(`li[data-plan="${plan.id}"]`);
    await viceItem.waitFor();
    expect(await viceItem.getByTestId('please-confirm').count()).toBe(1);
    expect(await viceItem.getByText(/^Melder du afbud, flytter Outlook mødet/).count()).toBe(1);
    await viceItem.getByRole('textbox', { name: 'Kommentar til arrangøren' }).fill('Syg');
    // Declining asks first, and says what will happen.
    await viceItem.getByRole('button', { name: 'Jeg melder afbud' }).click();
    const ask = vice.getByRole('dialog', { name: 'Melde afbud?' });
    await ask.waitFor();
    const said = (await ask.textContent()) ?? '';
    expect(said).toContain('Signe Vestergaard får besked om dit afbud med din kommentar: »Syg«.');
    expect(said).toContain('arrangøren skal så finde en stedfortræder');
    expect(said).toContain('Programmet regner med dig i 1 punkt');
    expect(said).toContain('Outlook flytter derefter mødet fra din kalender til Slettet post');
    await screenshot(vice, 'decline-asks-da');
    await ask.getByRole('button', { name: 'Fortryd' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(await viceItem.getByTestId('my-answer').textContent()).toBe('Dit svar: Intet svar');
    expect((await answersOnOrganisersCopy(uid)).get(VICE)).toBe('none');
    await viceItem.getByRole('button', { name: 'Jeg melder afbud' }).click();
    await ask.getByRole('button', { name: 'Meld afbud' }).click();
    await vice.getByText('Dit svar er sendt til arrangøren.').waitFor();
    await expect
      .poll(() => viceItem.getByTestId('my-answer').textContent())
      .toBe('Dit svar: Afvist');
    expect(await viceItem.getByTestId('declined-removed').textContent()).toMatch(
      /^Outlook har flyttet mødet fra din kalender til Slettet post/,
    );
    expect(await viceItem.getByRole('button', { name: 'Jeg deltager' }).count()).toBe(0);
    expect((await answersOnOrganisersCopy(uid)).get(VICE)).toBe('declined');
    await screenshot(vice, 'decliner-removed-da');
    expect(await violationsInThemes(vice)).toEqual([]);

    // Where the mailbox keeps declined meetings, the chair declines and then accepts after all.
    await preserveDeclined(CHAIR, true);
    try {
      const chair = await session.signedIn(/Birgitte Holm/);
      const chairContext = chair.context();
      const item = chair.locator(`li[data-plan="${plan.id}"]`);
      await item.waitFor();
      await item.getByRole('button', { name: 'Jeg melder afbud' }).click();
      await chair.getByRole('dialog').getByRole('button', { name: 'Meld afbud' }).click();
      await chair.getByText('Dit svar er sendt til arrangøren.').waitFor();
      await expect.poll(() => item.getByTestId('my-answer').textContent()).toBe('Dit svar: Afvist');
      expect(
        await item.getByText('Du har meldt afbud. Du kan stadig ombestemme dig her.').count(),
      ).toBe(1);
      expect((await answersOnOrganisersCopy(uid)).get(CHAIR)).toBe('declined');
      await screenshot(chair, 'decliner-kept-da');
      expect(await violationsInThemes(chair)).toEqual([]);
      await item
        .getByRole('textbox', { name: 'Kommentar til arrangøren' })
        .fill('Jeg kan alligevel');
      await item.getByRole('button', { name: 'Jeg deltager' }).click();
      await expect
        .poll(() => item.getByTestId('my-answer').textContent())
        .toBe('Dit svar: Accepteret');
      await expect
        .poll(async () => (await answersOnOrganisersCopy(uid)).get(CHAIR))
        .toBe('accepted');
      await chairContext.close();
    } finally {
      await preserveDeclined(CHAIR, false);
    }
    await context.close();
  });
});

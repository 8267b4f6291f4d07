import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { violationsInThemes, wcagAxe } from './axeThemes';
import { downloadedText, screenshot } from './browser';
import { typeDate, typeTime } from './dateTime';
import {
  browserFixture,
  CHAIR,
  coveredDemoPlan,
  demoTenant,
  emulator,
  ORGANISER,
  VICE,
} from './fixture';
import { plainDate, wallTime } from '../../src/domain';

const session = browserFixture();
beforeAll(async () => {
  // Tandplejen does not present here, so its TR is not invited: the vice-chair's replacement.
  const tenant = await emulator.tenant();
  newTr = tenant.workplaces.find((w) => w.name === 'Tandplejen')?.trName ?? '';
  // Names repeat in a tenant of 5,000; the address tells the TR apart.
  newTrMail =
    demoTenant().users.find(
      (u) =>
        u.displayName === newTr && u.department === 'Tandplejen' && u.jobTitle.includes('(TR)'),
    )?.mail ?? '';
});

const mailbox = emulator.mailbox;

const followUpName = /^Følg op: 1\. netværksmøde om social kapital, .*3\. juni 2027/;
let newTr = '';
let newTrMail = '';

/** How many meeting messages about one meeting each address has had. */
async function noticeCounts(addresses: readonly string[], iCalUId: string) {
  const counts = new Map<string, number>();
  for (const a of addresses) {
    counts.set(a, (await mailbox(a)).notices.filter((n) => n.iCalUId === iCalUId).length);
  }
  return counts;
}

/** Adds a person as "other staff function" on the follow-up screen. */
async function addPerson(page: Page, name: string) {
  await page.locator('#add-as').click();
  await page.getByRole('option', { name: 'Anden stabsfunktion', exact: true }).click();
  await page.locator('#add-who').click();
  await page.keyboard.type(name);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await page.getByTestId('pending').getByText(name, { exact: false }).waitFor();
}

/** Answers an invitation as the attendee would in Outlook: on their own copy, through Graph. */
async function answerAs(address: string, iCalUId: string, answer: 'accept' | 'decline') {
  const copy = (await mailbox(address)).events.find((e) => e.iCalUId === iCalUId);
  if (!copy) throw new Error(`${address} has no copy`);
  const res = await emulator.postAs(address, `/me/events/${copy.id}/${answer}`, {
    sendResponse: true,
    comment: '',
  });
  expect(res.status).toBe(202);
}

describe('the organiser follows a sent meeting up', () => {
  it('sees answers per role and what a decline leaves open, reminds, replaces and adds people, resolves a conflict, moves the meeting, exports .ics and cancels', async () => {
    const plan = coveredDemoPlan(`follow-${Date.now()}`, '2027-06-03');
    const { context, page, send } = await session.plannerWithDraft(plan);
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();
    const event = (await mailbox(ORGANISER)).events.find(
      (e) => e.transactionId === `netvaerksmoeder-${plan.id}`,
    );
    if (!event) throw new Error('not booked');

    // As in Outlook: the chair accepts, the vice-chair declines.
    await answerAs(CHAIR, event.iCalUId, 'accept');
    await answerAs(VICE, event.iCalUId, 'decline');

    // The sent screen leads straight to the meeting's follow-up.
    await screenshot(page, 'sent-follow-up-link-da');
    await page.getByRole('button', { name: 'Følg op på mødet' }).click();
    await page.getByRole('heading', { name: 'Opfølgning på mødet' }).waitFor();
    const table = page.getByTestId('role-attendance');
    await table.waitFor();
    expect(
      await table.locator('tr[data-role="medChair"] td[data-answer="accepted"]').textContent(),
    ).toContain('Birgitte Holm');
    expect(
      await table.locator('tr[data-role="medViceChair"] td[data-answer="declined"]').textContent(),
    ).toContain('Mads Nørgaard');
    const coverage = page.getByTestId('coverage');
    expect(
      await coverage.locator('[data-code="attendance-role-declined"]').count(),
    ).toBeGreaterThan(0);
    await screenshot(page, 'follow-up-da');
    // Tabster's focus sentinels (Fluent's Dialog) are aria-hidden by design and never read.
    const axe = await wcagAxe(page).exclude('[data-tabster-dummy]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual(
      [],
    );

    // The decliner's comment is in the organiser's inbox: the dashboard says so and links there.
    const declined = page.getByTestId('declined-note');
    expect(await declined.textContent()).toContain('Mads Nørgaard');
    expect(
      await declined
        .getByRole('link', { name: 'Åbn mødet og svarene i Outlook' })
        .getAttribute('href'),
    ).toContain('outlook');

    // A reminder first shows who gets it and the message; nothing goes out before Send.
    const requestsTo = async (address: string) =>
      (await mailbox(address)).notices.filter(
        (n) => n.kind === 'request' && n.iCalUId === event.iCalUId,
      ).length;
    const forwards = async () =>
      (await emulator.requests()).filter((r) => r.method === 'POST' && r.path.endsWith('/forward'))
        .length;
    const invitees = plan.invitees.map((i) => i.email).filter((e) => e !== ORGANISER);
    const requestsBefore = new Map<string, number>();
    for (const a of invitees) requestsBefore.set(a, await requestsTo(a));
    const forwardsBefore = await forwards();
    await page.getByRole('button', { name: /^Påmind dem, der ikke har svaret \(\d+\)$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const listed = async (name: string) =>
      (
        await dialog
          .getByRole('list', { name: new RegExp(`^${name} \\(\\d+\\)$`) })
          .getByRole('listitem')
          .allTextContents()
      ).map((text) => /<([^>]+)>$/.exec(text)?.[1] ?? text);
    const required = await listed('Påkrævede');
    const optional = await listed('Valgfrie');
    // One entry a person, as the attendee list has them: required when any of their roles is.
    const byMail = new Map<string, { attendance: string }>();
    for (const i of plan.invitees) {
      if (byMail.get(i.email)?.attendance !== 'required') byMail.set(i.email, i);
    }
    expect(required.length).toBeGreaterThan(0);
    expect(optional.length).toBeGreaterThan(0);
    await screenshot(page, 'follow-up-remind-preview-da');
    const attendanceOf = (list: readonly string[]) => [
      ...new Set(list.map((e) => `${byMail.get(e)?.attendance ?? 'unknown'}`)),
    ];
    expect({ required: attendanceOf(required), optional: attendanceOf(optional) }).toEqual({
      required: ['required'],
      optional: ['optional'],
    });
    expect([...required, ...optional]).not.toContain(CHAIR);
    expect([...required, ...optional]).not.toContain(VICE);
    expect([...required, ...optional]).not.toContain(ORGANISER);
    const message = dialog.getByRole('textbox', { name: 'Besked' });
    expect(await message.inputValue()).toMatch(/^Husk at svare på invitationen/);
    await message.fill('Husk at svare inden fredag.');
    await screenshot(page, 'follow-up-remind-preview-da');
    expect(await violationsInThemes(page)).toEqual([]);
    // Cancelling sends nothing; the dialog opens again for real.
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await forwards()).toBe(forwardsBefore);
    await page.getByRole('button', { name: /^Påmind dem, der ikke har svaret \(\d+\)$/ }).click();
    await dialog.getByRole('textbox', { name: 'Besked' }).fill('Husk at svare inden fredag.');
    expect(await forwards()).toBe(forwardsBefore);
    await dialog.getByRole('button', { name: 'Send påmindelsen' }).click();
    await page
      .getByText(`Invitationen er sendt igen til ${required.length + optional.length} personer.`)
      .waitFor();
    expect(await forwards()).toBe(forwardsBefore + 1);
    const reminded = new Set([...required, ...optional]);
    for (const a of invitees) {
      expect(await requestsTo(a), a).toBe((requestsBefore.get(a) ?? 0) + (reminded.has(a) ? 1 : 0));
    }
    const lastToSilent = (await mailbox(required[0] ?? '')).notices.at(-1) as { comment?: string };
    expect(lastToSilent.comment).toBe('Husk at svare inden fredag.');

    // The vice-chair declined: a stand-in comes for him, at this meeting. Exchange sends a change
    // of the attendee list to every attendee, and the organiser is told so, by name and number.
    const before = await noticeCounts(
      plan.invitees.map((i) => i.email),
      event.iCalUId,
    );
    await page.locator('#replace-who').click();
    await page.getByRole('option', { name: /^Mads Nørgaard/ }).click();
    await page.locator('#replace-with').click();
    await page.keyboard.type(newTr);
    await page.getByRole('option').filter({ hasText: newTrMail }).click();
    const staying = new Set(plan.invitees.map((i) => i.email).filter((a) => a !== ORGANISER));
    staying.delete(VICE);
    expect(await page.getByTestId('who-hears').textContent()).toBe(
      `Alle ${staying.size} deltagere får en opdateret invitation: Exchange sender en ændring af mødet til alle. ${newTr} får invitationen. Mads Nørgaard får en aflysning.`,
    );
    await page.getByRole('button', { name: 'Gem og send til de berørte' }).click();
    expect(await page.getByTestId('saved-changes').textContent()).toBe(
      `Gemt. Alle ${staying.size} deltagere har fået en opdateret invitation. ${newTr} har fået invitationen. Mads Nørgaard har fået en aflysning.`,
    );
    await expect
      .poll(() =>
        table.locator('tr[data-role="medViceChair"] td[data-answer="none"]').textContent(),
      )
      .toContain(`${newTr} – stedfortræder for Mads Nørgaard`);
    expect(await coverage.locator('[data-code="attendance-role-declined"]').count()).toBe(0);
    const newTrAddress = (await mailbox(newTrMail)).notices.filter(
      (n) => n.iCalUId === event.iCalUId,
    );
    expect(newTrAddress.map((n) => n.kind)).toEqual(['request']);
    const after = await noticeCounts(
      plan.invitees.map((i) => i.email),
      event.iCalUId,
    );
    const unchanged = [...after].filter(([a, n]) => n === before.get(a)).map(([a]) => a);
    expect(unchanged).toEqual([ORGANISER]);
    expect((await mailbox(VICE)).notices.at(-1)?.kind).toBe('cancellation');
    expect((await mailbox(CHAIR)).notices.at(-1)?.kind).toBe('update');
    await screenshot(page, 'follow-up-replaced-da');

    // Two organisers at once: the later save is told, sees the other's change, keeps its own.
    const page2 = await session.withDraft(plan);
    const other = page2.context();
    await page2.getByRole('button', { name: followUpName }).click();
    await page2.getByTestId('role-attendance').waitFor();
    // Adding people and nothing else: the meeting is forwarded to them, and only they get mail.
    const chairNotices = (await mailbox(CHAIR)).notices.length;
    await addPerson(page, 'Kasper Nissen');
    expect(await page.getByTestId('who-hears').textContent()).toBe(
      'Kun Kasper Nissen får besked: mødet videresendes til dem fra din kalender. Ingen andre får en mail.',
    );
    await page.getByRole('button', { name: 'Gem og send til de berørte' }).click();
    // Read back from Exchange: the forward does not put him on the event's attendee list.
    expect(await page.getByTestId('saved-changes').textContent()).toBe(
      'Gemt. Mødet er videresendt til Kasper Nissen; ingen andre har fået besked. Exchange viser endnu ikke Kasper Nissen på mødets deltagerliste; det sker, når de svarer.',
    );
    await addPerson(page2, 'Helle Clausen');
    await page2.getByRole('button', { name: 'Gem og send til de berørte' }).click();
    await page2.getByRole('alert').filter({ hasText: 'En anden har gemt ændringer' }).waitFor();
    await expect
      .poll(() =>
        page2.getByTestId('role-attendance').locator('tr[data-role="otherStaff"]').textContent(),
      )
      .toContain('Kasper Nissen');
    expect(await page2.getByTestId('pending').textContent()).toContain('Helle Clausen');
    await screenshot(page2, 'follow-up-conflict-da');
    await page2.getByRole('button', { name: 'Gem og send til de berørte' }).click();
    await page2.getByText(/^Gemt\. Mødet er videresendt til Helle Clausen;/).waitFor();
    for (const added of ['kasper.nissen@egeskov.example', 'helle.clausen@egeskov.example']) {
      expect(
        (await mailbox(added)).notices
          .filter((n) => n.iCalUId === event.iCalUId)
          .map((n) => n.kind),
      ).toEqual(['request']);
    }
    expect((await mailbox(CHAIR)).notices).toHaveLength(chairNotices);
    await other.close();

    // The .ics before the move, to compare with the one after.
    const icsEvent = async () => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Hent som .ics til gæster udefra' }).click(),
      ]);
      return new ICAL.Event(
        new ICAL.Component(ICAL.parse(await downloadedText(file))).getFirstSubcomponent(
          'vevent',
        ) as ICAL.Component,
      );
    };
    const icsBefore = await icsEvent();

    // A new time: the agenda moves, the Teams link stays, every attendee gets the update.
    const joinUrl = (await mailbox(ORGANISER)).events.find((e) => e.id === event.id)?.onlineMeeting
      ?.joinUrl;
    expect(joinUrl).toBeTruthy();
    const updatesBefore = (await mailbox(CHAIR)).notices.filter(
      (n) => n.kind === 'update' && n.iCalUId === event.iCalUId,
    ).length;
    await page.getByRole('button', { name: 'Opdater svarene' }).click();
    await page.getByTestId('role-attendance').getByText('Helle Clausen').waitFor();
    await typeDate(page.locator('#move-date'), plainDate('2027-06-10'));
    await typeTime(page.locator('#move-start'), wallTime('09:00'));
    await page.getByRole('button', { name: 'Flyt', exact: true }).click();
    await page
      .getByTestId('pending')
      .getByText(/^Flyt mødet til /)
      .waitFor();
    // Before saving, the organiser is warned: everyone is asked again, the chair's yes included.
    const warning = page.getByTestId('move-warning');
    expect(await warning.textContent()).toBe(
      'Flytningen beder alle deltagere om at svare igen: deres svar står som intet svar, til de svarer på ny. Disse har svaret og skal svare igen: Birgitte Holm (MED-formand). Guiden beder MED-formanden og -næstformanden bekræfte, så Birgitte Holm (MED-formand) skal bekræfte igen.',
    );
    expect(await page.getByTestId('who-hears').textContent()).toMatch(
      /^Alle \d+ deltagere får en opdateret invitation/,
    );
    await screenshot(page, 'follow-up-move-warning-da');
    await page.getByRole('button', { name: 'Gem og send til de berørte' }).click();
    await page.getByText('torsdag den 10. juni 2027, 09.00–12.00').waitFor();
    expect(await page.getByTestId('saved-changes').textContent()).toMatch(
      /Alle er bedt om at svare igen\.$/,
    );
    // Exchange has set the chair's answer back to none: the dashboard shows it.
    expect(
      await table.locator('tr[data-role="medChair"] td[data-answer="none"]').textContent(),
    ).toContain('Birgitte Holm');
    const moved = (await mailbox(ORGANISER)).events.find((e) => e.id === event.id);
    expect(moved?.start.dateTime).toMatch(/^2027-06-10T09:00:00/);
    expect(moved?.body.content).toContain(joinUrl ?? 'no join url');
    expect(
      (await mailbox(CHAIR)).notices.filter(
        (n) => n.kind === 'update' && n.iCalUId === event.iCalUId,
      ),
    ).toHaveLength(updatesBefore + 1);

    // The .ics for outside guests: parsed with an iCalendar library, it holds the agenda.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent som .ics til gæster udefra' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('2027-06-10-1-netvaerksmoede-om-social-kapital.ics');
    const ics = new ICAL.Event(
      new ICAL.Component(ICAL.parse(await downloadedText(download))).getFirstSubcomponent(
        'vevent',
      ) as ICAL.Component,
    );
    expect(ics.uid).toBe(event.iCalUId);
    expect(ics.startDate.toJSDate().toISOString()).toBe('2027-06-10T07:00:00.000Z');
    for (const block of plan.agenda) expect(ics.description).toContain(block.title.da);
    // The same meeting, a later revision: a calendar that imported the first replaces it.
    expect(icsBefore.uid).toBe(ics.uid);
    expect(ics.sequence).toBeGreaterThan(icsBefore.sequence);

    await page.getByRole('button', { name: 'Aflys mødet' }).click();
    await page.getByRole('dialog').waitFor();
    await page
      .getByRole('textbox', { name: 'Besked til alle inviterede' })
      .fill('Aflyst på grund af sygdom.\nVi finder en ny dato.');
    await screenshot(page, 'follow-up-cancel-da');
    await page.getByRole('button', { name: 'Aflys og send beskeden' }).click();
    await page.getByText('Mødet er aflyst, og alle inviterede har fået besked.').waitFor();
    // The dialog's exit animation hides the page from assistive technology until it is gone.
    await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('aria-hidden'));
    // The dashboard now reads as cancelled: no answer findings, no .ics, no reminder, no changes.
    const cancelledBar = page.getByTestId('dashboard-cancelled');
    expect(await cancelledBar.textContent()).toContain('Aflyst på grund af sygdom.');
    expect(await page.getByTestId('coverage').count()).toBe(0);
    expect(
      await page.getByRole('button', { name: 'Hent som .ics til gæster udefra' }).count(),
    ).toBe(0);
    expect(await page.getByRole('button', { name: /^Påmind/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gem og send til de berørte' }).count()).toBe(0);
    await screenshot(page, 'follow-up-cancelled-da');
    expect(await violationsInThemes(page)).toEqual([]);
    // The organiser's list keeps it, marked cancelled, though Exchange moved it out of the calendar.
    await page.getByRole('button', { name: 'Tilbage' }).click();
    const ownRow = page
      .getByRole('list', { name: 'Møder, du arrangerer Kommende' })
      .getByRole('listitem')
      .filter({ hasText: '10. juni 2027' });
    expect(await ownRow.getByTestId('organised-cancelled').textContent()).toBe('Aflyst');
    expect(await ownRow.getByRole('button', { name: /^Følg op: / }).count()).toBe(0);
    await screenshot(page, 'organiser-list-cancelled-da');
    expect(await violationsInThemes(page)).toEqual([]);
    const missing: string[] = [];
    for (const invitee of plan.invitees) {
      if (invitee.email === ORGANISER) continue;
      const box = await mailbox(invitee.email);
      if (!box.notices.some((n) => n.kind === 'cancellation' && n.iCalUId === event.iCalUId)) {
        missing.push(invitee.email);
      }
    }
    expect(missing).toEqual([]);

    // In the chair's app the meeting stays, marked as called off, with nothing left to answer.
    const chair = await session.signedIn(/Birgitte Holm/);
    const chairContext = chair.context();
    const called = chair.locator(`li[data-plan="${plan.id}"]`);
    expect(await called.getByTestId('cancelled').textContent()).toBe(
      'Arrangøren har aflyst mødet.',
    );
    expect(await called.getByTestId('cancellation-note').textContent()).toBe(
      'Besked fra arrangøren: Aflyst på grund af sygdom.\nVi finder en ny dato.',
    );
    await screenshot(chair, 'chair-cancelled-da');
    expect(await called.getByRole('button', { name: 'Jeg deltager' }).count()).toBe(0);
    expect(await violationsInThemes(chair)).toEqual([]);
    await chairContext.close();
    await context.close();
    // A long journey, axe in three themes on five screens: about a minute on a busy 2-core machine.
  }, 150_000);

  it('lets the MED chair confirm in the app; the organiser sees it, as Outlook would show it', async () => {
    const plan = coveredDemoPlan(`confirm-${Date.now()}`, '2027-06-17');
    const { context, page, send } = await session.plannerWithDraft(plan);
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();

    // The chair, in her own session: the meeting is among her invitations, with its programme.
    const chair = await session.signedIn(/Birgitte Holm/);
    const chairContext = chair.context();
    const item = chair.locator(`li[data-plan="${plan.id}"]`);
    await item.waitFor();
    expect(await item.getByTestId('my-answer').textContent()).toBe('Dit svar: Intet svar');
    await item.getByRole('button', { name: 'Vis programmet' }).click();
    // The programme as rows in the page, as she reads it: every block, the last one last.
    const programme = item.getByRole('region', { name: 'Hele programmet' });
    const rows = programme.getByRole('listitem');
    await rows
      .last()
      .getByText(plan.agenda.at(-1)?.title.da ?? 'missing')
      .waitFor();
    expect(await rows.count()).toBe(plan.agenda.length);
    await item.getByRole('textbox', { name: 'Kommentar til arrangøren' }).fill('Jeg kommer gerne');
    await item.getByRole('button', { name: 'Jeg deltager' }).click();
    await chair.getByText('Dit svar er sendt til arrangøren.').waitFor();
    await expect
      .poll(() =>
        chair.locator(`li[data-plan="${plan.id}"]`).getByTestId('my-answer').textContent(),
      )
      .toBe('Dit svar: Accepteret');
    await screenshot(chair, 'chair-confirmed-da');
    // The programme is in the page now, no frame: axe reads it with the rest.
    const axe = await wcagAxe(chair).exclude('[data-tabster-dummy]').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await chairContext.close();
    for (const theme of [{ colorScheme: 'dark' as const }, { forcedColors: 'active' as const }]) {
      const view = await session.signedIn(/Birgitte Holm/, theme);
      const themed = view.context();
      await view.locator(`li[data-plan="${plan.id}"]`).waitFor();
      // Tabster's focus sentinels (the decline dialog's) are aria-hidden by design, never read.
      const result = await wcagAxe(view).exclude('[data-tabster-dummy]').analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
      await themed.close();
    }

    // The organiser's dashboard shows the chair's answer.
    await page.getByRole('button', { name: 'Tilbage' }).click();
    await page.getByRole('button', { name: /^Følg op: .*17\. juni 2027/ }).click();
    const table = page.getByTestId('role-attendance');
    await table.waitFor();
    expect(
      await table.locator('tr[data-role="medChair"] td[data-answer="accepted"]').textContent(),
    ).toContain('Birgitte Holm');
    await context.close();
  });
});

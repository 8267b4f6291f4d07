import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { shownDate, shownTime, typeTime } from './dateTime';
import { browserFixture, coveredDemoPlan, emulator, ORGANISER } from './fixture';
import { plainDate, wallTime } from '../../src/domain';

const session = browserFixture();

async function signedIn(name: RegExp): Promise<Page> {
  const page = await session.signedIn(name);
  await page.getByRole('heading', { name: 'Programmer' }).waitFor();
  return page;
}

/** The agenda's block headings, "time title", in order. */
function blockHeadings(page: Page): Promise<string[]> {
  return page
    .locator('li[data-block-id] [id$="-heading"]')
    .evaluateAll((items) => items.map((i) => i.textContent ?? ''));
}
async function firstBlock(page: Page): Promise<string> {
  return (await blockHeadings(page))[0] ?? '';
}

async function createsSoFar(): Promise<number> {
  const log = await emulator.requests();
  return log.filter((r) => r.method === 'POST' && r.path === '/me/events').length;
}

describe('the organiser’s planner', () => {
  it('keeps Send disabled, saying why, while an error stands', async () => {
    const page = await signedIn(/Signe Vestergaard/);
    await page.getByRole('button', { name: 'Planlæg: 1. netværksmøde' }).click();
    await page.getByRole('heading', { name: 'Planlæg netværksmøde' }).waitFor();
    const coverage = page.getByTestId('coverage');
    expect(await coverage.locator('[data-code="top-management-missing"]').count()).toBe(1);
    expect(await coverage.locator('[data-code="med-vice-chair-missing"]').textContent()).toContain(
      'MED-næstformanden er ikke inviteret',
    );
    const send = page.getByRole('button', { name: 'Send invitation' });
    expect(await send.getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('#send-blocked').textContent()).toMatch(
      /^Kan ikke sendes, før (fejlen|de \d+ fejl) er rettet$/,
    );
    const before = await createsSoFar();
    await send.click({ force: true });
    await send.press('Enter');
    expect(await createsSoFar()).toBe(before);
    await screenshot(page, 'planner-blocked-da');
    await page.context().close();
  });

  it('brings the draft back after a reload, and keeps no token in storage', async () => {
    const page = await signedIn(/Signe Vestergaard/);
    await page.getByRole('button', { name: 'Planlæg: 2. netværksmøde' }).click();
    await page.getByRole('textbox', { name: 'Sted', exact: true }).fill('Byrådssalen');
    await typeTime(page.locator('#start-time'), wallTime('09:00'));
    await expect.poll(() => firstBlock(page)).toBe('09.00–09.10 Velkomst og dagens program');
    await page.getByText('Kladden er gemt').waitFor();
    await page.reload();
    await page.getByRole('button', { name: /^Fortsæt kladden: 2\. netværksmøde/ }).click();
    expect(await page.getByRole('textbox', { name: 'Sted', exact: true }).inputValue()).toBe(
      'Byrådssalen',
    );
    expect(await page.locator('#start-time').inputValue()).toBe(shownTime(wallTime('09:00'), 'da'));
    expect(await firstBlock(page)).toBe('09.00–09.10 Velkomst og dagens program');
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? '']),
    );
    expect(stored.map(([k]) => k)).toEqual(['nm.draft.signe.vestergaard@egeskov.example']);
    expect(
      stored.some(([, v]) => /demo\.[A-Za-z0-9_-]{10,}|access_?token|Bearer/i.test(v ?? '')),
    ).toBe(false);
    await screenshot(page, 'planner-draft-restored-da');
    await page.context().close();
  });
});

describe('the agenda editor', () => {
  it('reorders by keyboard and by drag, changes lengths, adds and removes; later blocks follow', async () => {
    const page = await signedIn(/Signe Vestergaard/);
    await page.getByRole('button', { name: 'Planlæg: 1. netværksmøde' }).click();
    await page.getByRole('heading', { name: 'Program', exact: true }).waitFor();
    const before = await blockHeadings(page);
    expect(before.slice(0, 3)).toEqual([
      '11.00–11.10 Velkomst, formål og program',
      '11.10–11.20 Living statement og speed dating',
      '11.20–11.35 Social kapital – hvad og hvorfor?',
    ]);

    // Keyboard: focus "move down" on the first block and press Enter.
    await page.getByRole('button', { name: 'Flyt ned: Velkomst, formål og program' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await blockHeadings(page)).slice(0, 2))
      .toEqual([
        '11.00–11.10 Living statement og speed dating',
        '11.10–11.20 Velkomst, formål og program',
      ]);
    expect(await page.getByText('Punktet er flyttet til plads 2').count()).toBe(1);

    // Drag: the third block onto the first.
    const rows = page.locator('li[data-block-id]');
    await rows.nth(2).dragTo(rows.nth(0));
    await expect
      .poll(async () => (await blockHeadings(page)).slice(0, 3))
      .toEqual([
        '11.00–11.15 Social kapital – hvad og hvorfor?',
        '11.15–11.25 Living statement og speed dating',
        '11.25–11.35 Velkomst, formål og program',
      ]);

    // A longer first block pushes every later one.
    const minutes = rows.nth(0).getByRole('spinbutton', { name: 'Minutter' });
    await minutes.fill('25');
    await minutes.press('Enter');
    await expect
      .poll(async () => (await blockHeadings(page)).slice(0, 2))
      .toEqual([
        '11.00–11.25 Social kapital – hvad og hvorfor?',
        '11.25–11.35 Living statement og speed dating',
      ]);

    const count = before.length;
    await page.getByRole('button', { name: 'Tilføj punkt' }).click();
    await expect.poll(async () => (await blockHeadings(page)).length).toBe(count + 1);
    expect((await blockHeadings(page)).at(-1)).toMatch(/ Nyt punkt$/);
    await page.getByRole('button', { name: 'Fjern punktet: Nyt punkt' }).click();
    await expect.poll(async () => (await blockHeadings(page)).length).toBe(count);
    await screenshot(page, 'planner-agenda-edited-da');
    await page.context().close();
  });
});

describe('sending', () => {
  it('books one event when the answer to the send is lost, and the meeting can be copied', async () => {
    const plan = coveredDemoPlan(`dropped-${Date.now()}`, '2027-05-20');
    const { context, page, send } = await session.plannerWithDraft(plan);
    await emulator.faults([{ method: 'POST', path: '^/me/events$', dropAfterCommit: true }]);
    const creates = await createsSoFar();
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();
    expect(await createsSoFar()).toBe(creates + 2);
    const box = await emulator.mailbox(ORGANISER);
    expect(box.events.filter((e) => e.transactionId === `netvaerksmoeder-${plan.id}`)).toHaveLength(
      1,
    );
    await screenshot(page, 'planner-sent-after-lost-answer-da');

    // Back on the start screen, the booked meeting can start the next one.
    await page.getByRole('button', { name: 'Tilbage' }).click();
    const copy = page.getByRole('button', {
      name: /^Kopier: 1\. netværksmøde om social kapital, .*20\. maj 2027/,
    });
    await copy.first().click();
    await page.getByRole('menuitem', { name: 'Som møde 2 af 2 i samme forløb' }).click();
    await page.getByRole('heading', { name: 'Planlæg netværksmøde' }).waitFor();
    expect(await page.locator('#meeting-title').inputValue()).toBe(
      '2. netværksmøde om social kapital',
    );
    expect(await page.locator('#series-position').inputValue()).toBe('2');
    expect(await page.locator('#meeting-date').inputValue()).not.toBe(shownDate(plan.date, 'da'));
    expect(await page.locator('#invitee-list li[data-email]').count()).toBe(plan.invitees.length);
    await screenshot(page, 'home-copied-meeting-da');
    await context.close();
  });
});

describe('when Microsoft 365 is busy or out of reach', () => {
  it('shows the retries while throttled, keeps the draft offline, and books once when sent again', async () => {
    const plan = coveredDemoPlan(`busy-${Date.now()}`, '2027-05-06');
    const { context, page, send } = await session.plannerWithDraft(plan);

    // Offline: a plain message, the draft kept, nothing booked.
    await context.setOffline(true);
    await send.click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Ingen forbindelse til Microsoft 365' })
      .waitFor();
    await screenshot(page, 'planner-offline-da');
    await context.setOffline(false);
    const draft = await page.evaluate((key) => localStorage.getItem(key), `nm.draft.${ORGANISER}`);
    expect(draft).toContain(plan.id);

    // Throttled twice: the wait is shown, then the send goes through.
    await emulator.faults([
      { method: 'POST', path: '^/me/events$', status: 429, retryAfter: 1, times: 2 },
    ]);
    await send.click();
    await page
      .getByText(/^Microsoft 365 har travlt\. Prøver igen om 1 s \(forsøg 1\/3\)$/)
      .waitFor();
    await screenshot(page, 'planner-throttled-da');
    await page.getByText('Invitationen er sendt').waitFor();
    const box = await emulator.mailbox(ORGANISER);
    expect(box.events.filter((e) => e.transactionId === `netvaerksmoeder-${plan.id}`)).toHaveLength(
      1,
    );
    await context.close();
  });
});

describe('finding a time', () => {
  it('offers a few times a day spread over the weeks, never on a holiday, names who cannot come by role, and books nothing until Send', async () => {
    const plan = coveredDemoPlan(`find-${Date.now()}`, '2027-03-15');
    const { context, page, send } = await session.plannerWithDraft(plan);
    // The search starts from the plan's date, and its six weeks take in Easter 2027.
    expect(await page.locator('#find-from').inputValue()).toBe(
      shownDate(plainDate('2027-03-15'), 'da'),
    );
    await page.getByRole('button', { name: 'Find tider' }).click();
    const slots = page.getByTestId('slots').locator('li');
    await slots.first().waitFor();
    const offered = await slots.evaluateAll((items) =>
      items.map((i) => ({
        allFree: i.getAttribute('data-all-free'),
        date: i.getAttribute('data-date') ?? '',
        start: i.getAttribute('data-start') ?? '',
      })),
    );
    expect(offered.length).toBeGreaterThan(2);
    expect(offered.length).toBeLessThanOrEqual(8);
    expect(offered[0]?.allFree).toBe('true');
    const flags = offered.map((o) => o.allFree);
    if (flags.includes('false'))
      expect(flags.lastIndexOf('true')).toBeLessThan(flags.indexOf('false'));
    // At most two a day, over more than one week, none on skærtorsdag to 2. påskedag.
    const perDay = new Map<string, number>();
    for (const o of offered) perDay.set(o.date, (perDay.get(o.date) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(2);
    const weeks = new Set(
      offered.map((o) => Math.floor((Date.parse(o.date) - Date.parse('2027-03-15')) / 6048e5)),
    );
    expect(weeks.size).toBeGreaterThan(2);
    for (const holiday of ['2027-03-25', '2027-03-26', '2027-03-29']) {
      expect(perDay.has(holiday)).toBe(false);
    }
    // The seeded calendars are busy: someone is named as unable to come, by role.
    const cannot = page.locator('[data-testid="slots"] [data-note="othersBusy"]');
    expect(await cannot.count()).toBeGreaterThan(0);
    expect(await cannot.first().textContent()).toMatch(
      /^Andre, der ikke kan komme: [^:]+: [^(]+ \((optaget|foreløbigt optaget|fraværende|uden for arbejdstid)\)/,
    );
    // First of all: whether the plan's own time works, judged as the others are, and it is not
    // offered again among them.
    const own = page.getByTestId('own-time');
    expect(await own.getByText(/^Planens tidspunkt: /).textContent()).toBe(
      'Planens tidspunkt: mandag den 15. marts 2027, 11.00–14.00',
    );
    expect(await own.getByText(/^(Passer|Passer ikke – mangler: .+)$/).count()).toBe(1);
    const ownBox = await own.boundingBox();
    const slotsBox = await page.getByTestId('slots').boundingBox();
    expect(ownBox?.y ?? 0).toBeLessThan(slotsBox?.y ?? 0);
    expect(offered.some((o) => o.date === '2027-03-15' && o.start === '11:00')).toBe(false);
    expect(
      await page.getByText('Intet bookes, før du vælger Send.', { exact: false }).count(),
    ).toBe(1);
    await screenshot(page, 'planner-find-time-da');

    const chosen = offered[offered.length - 1] ?? { date: '', start: '' };
    const before = await createsSoFar();
    await slots
      .last()
      .getByRole('button', { name: /^Vælg dette tidspunkt: / })
      .click();
    await expect
      .poll(() => page.locator('#meeting-date').inputValue())
      .toBe(shownDate(plainDate(chosen.date), 'da'));
    expect(await page.locator('#start-time').inputValue()).toBe(
      shownTime(wallTime(chosen.start), 'da'),
    );
    expect(await firstBlock(page)).toMatch(new RegExp(`^${chosen.start.replace(':', '.')}–`));
    expect(await page.getByTestId('slot-chosen').textContent()).toMatch(
      /^Når du vælger Send, inviteres alle til .+\. Intet er booket endnu\.$/,
    );
    await screenshot(page, 'planner-find-time-chosen-da');
    // Nothing is booked by choosing: no event, no request to create one.
    expect(await createsSoFar()).toBe(before);
    const eventOf = async () => {
      const box = await emulator.mailbox(ORGANISER);
      return box.events.find((e) => e.transactionId === `netvaerksmoeder-${plan.id}`);
    };
    expect(await eventOf()).toBeUndefined();

    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();
    const booked = await eventOf();
    // Booked at the chosen time, Copenhagen wall clock.
    expect(booked?.start.dateTime.startsWith(`${chosen.date}T${chosen.start}:00`)).toBe(true);
    await context.close();
  });
});

describe('editing people and blocks, and what Send shows', () => {
  it('sets attendance, removes, shows progress while a group expands, edits blocks, and links the sent meeting', async () => {
    const plan = coveredDemoPlan(`people-${Date.now()}`, '2027-07-01');
    const { context, page, send } = await session.plannerWithDraft(plan);
    const draftOf = async () =>
      JSON.parse(
        (await page.evaluate((key) => localStorage.getItem(key), `nm.draft.${ORGANISER}`)) ?? '{}',
      ).plan as typeof plan;
    const invitee = (p: typeof plan, name: string) => p.invitees.find((i) => i.name === name);

    // Required → optional, then removed.
    await page.getByRole('switch', { name: 'Påkrævet deltagelse for Peter Lauridsen' }).click();
    await expect
      .poll(async () => invitee(await draftOf(), 'Peter Lauridsen')?.attendance)
      .toBe('optional');
    await page.getByRole('button', { name: 'Fjern Peter Lauridsen' }).click();
    await expect.poll(async () => invitee(await draftOf(), 'Peter Lauridsen')).toBeUndefined();

    // A slow directory group shows what it is doing, then its members, tagged with the role.
    await emulator.faults([{ method: 'GET', path: 'transitiveMembers', delayMs: 1500 }]);
    await page.locator('#invite-role').click();
    await page.getByRole('option', { name: 'Anden stabsfunktion', exact: true }).click();
    await page.locator('#group-search').click();
    await page.locator('#group-search').fill('Stabsfunktioner');
    await page.getByRole('option', { name: /^Stabsfunktioner/ }).click();
    await page.getByText('Henter medlemmerne af Stabsfunktioner …').first().waitFor();
    await page.getByRole('button', { name: 'Tilføj 2 personer som Anden stabsfunktion' }).click();
    await page.getByText('Tilføjet fra gruppen Stabsfunktioner: 2').waitFor();
    expect(invitee(await draftOf(), 'Kasper Nissen')).toMatchObject({
      roles: ['otherStaff'],
      attendance: 'optional',
    });

    // A block's title and start.
    const rows = page.locator('li[data-block-id]');
    await rows
      .nth(0)
      .getByRole('textbox', { name: 'Overskrift' })
      .fill('Velkommen til netværksmødet');
    await expect
      .poll(() => rows.nth(0).locator('[id$="-heading"]').textContent())
      .toBe('11.00–11.10 Velkommen til netværksmødet');
    await typeTime(rows.nth(1).getByRole('combobox', { name: 'Start' }), wallTime('11:15'));
    await expect
      .poll(() => rows.nth(1).locator('[id$="-heading"]').textContent())
      .toMatch(/^11\.15–11\.25 /);

    // A block's presenters: a role picked in the list goes into the plan, and out again.
    const presenters = rows.nth(0).getByRole('combobox', { name: 'Oplægsholdere' });
    await presenters.click();
    // Fluent's multiselect list is a menu of checkbox items.
    const item = (name: string) => page.getByRole('menuitemcheckbox', { name, exact: true });
    await item('Arbejdsmiljøkonsulent').click();
    await item('HR-konsulent').click();
    await expect
      .poll(async () => (await draftOf()).agenda[0]?.presenters.roles)
      .toEqual(['amConsultant', 'hrConsultant']);
    expect(await item('HR-konsulent').getAttribute('aria-checked')).toBe('true');
    await item('HR-konsulent').click();
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => (await draftOf()).agenda[0]?.presenters.roles)
      .toEqual(['amConsultant']);
    expect(await presenters.textContent()).toBe('Arbejdsmiljøkonsulent');

    // After sending: the event's link, the Teams link, and who was invited.
    const sent = await draftOf();
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();
    const box = await emulator.mailbox(ORGANISER);
    const event = box.events.find((e) => e.transactionId === `netvaerksmoeder-${plan.id}`);
    // The block's row in the invitation names its presenters: the people invited, with the role.
    expect(event?.body.content).toMatch(
      /Velkommen til netværksmødet<\/span><\/td><td[^>]*><span dir="auto">Torben Østergaard \(Arbejdsmiljøkonsulent\) og Maja Bak \(Arbejdsmiljøkonsulent\)</,
    );
    expect(await page.getByRole('link', { name: 'Åbn i Outlook' }).getAttribute('href')).toBe(
      event?.webLink,
    );
    expect(await page.getByRole('link', { name: 'Teams-mødelink' }).getAttribute('href')).toBe(
      event?.onlineMeeting?.joinUrl,
    );
    expect(await page.locator('#sent-invited').textContent()).toBe(
      `Inviterede: ${sent.invitees.length}`,
    );
    await screenshot(page, 'planner-edited-and-sent-da');
    await context.close();
  });
});

import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  escapeHtml,
  FIRST_PROGRAMME,
  type Locale,
  type MeetingPlan,
  personKey,
  type Programme,
  SECOND_PROGRAMME,
} from '../../src/domain';
import { typeDate } from './dateTime';
import { OrganiserSteps } from './organiser';
import { browserFixture, browserLocale, emulator, type MailboxEvent, ORGANISER } from './fixture';
import { plainDate } from '../../src/domain';

const session = browserFixture();
let tandplejenTr = '';
beforeAll(async () => {
  const tenant = await emulator.tenant();
  tandplejenTr = tenant.workplaces.find((w) => w.name === 'Tandplejen')?.trName ?? '';
});

const mailbox = emulator.mailbox;

/** The organiser's events booked from a plan: found by the transaction id the plan gives. */
async function bookedFrom(plan: MeetingPlan): Promise<MailboxEvent[]> {
  const box = await mailbox(ORGANISER);
  return box.events.filter((e) => e.transactionId === `netvaerksmoeder-${plan.id}`);
}

/** The agenda rows of an invite body: table rows with cells, the header row left out. */
function agendaRows(html: string): number {
  let rows = 0;
  const walk = (node: { nodeName: string; childNodes?: unknown[] }) => {
    if (node.nodeName === 'tr') {
      const cells = (node.childNodes ?? []) as { nodeName: string }[];
      if (cells.some((c) => c.nodeName === 'td')) rows += 1;
    }
    for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
  };
  walk(parse(html) as never);
  return rows;
}

async function planAndSend(programme: Programme, places: readonly string[], locale: Locale) {
  const page = await session.signedIn(/Signe Vestergaard/, { locale: browserLocale(locale) });
  const context = page.context();
  const steps = new OrganiserSteps(page, locale, `plan-${programme.id}-${locale}`);
  const t = steps.t;
  await page.getByRole('button', { name: `${t.plan}: ${programme.name[locale]}` }).click();
  await page.getByRole('heading', { name: t.plannerTitle }).waitFor();
  await typeDate(page.locator('#meeting-date'), plainDate('2027-04-15'), locale);
  await page.getByRole('textbox', { name: t.place, exact: true }).fill('Egeskov Rådhus');
  await steps.shot('details');

  await steps.chooseTrioGroups();
  for (const place of places) await steps.addWorkplace(place);
  await steps.shot('workplaces');

  await steps.inviteGroup('director', 'Kommunaldirektøren');
  await steps.inviteGroup('departmentDirector', 'Fagdirektørerne');
  await steps.inviteGroup('middleManager', 'Mellemledere');
  await steps.inviteGroup('hrConsultant', 'HR-konsulenter');
  await steps.inviteGroup('amConsultant', 'Arbejdsmiljøkonsulenter');
  await steps.inviteGroup('medMember', 'H-MED');
  await steps.shot('people');

  // What the UI shows is missing: the TRIO the directory left incomplete, the MED chairs.
  expect(await steps.errorCodes()).toEqual(
    expect.arrayContaining(['trio-incomplete', 'med-chair-missing', 'med-vice-chair-missing']),
  );
  const send = page.getByRole('button', { name: t.send });
  expect(await send.getAttribute('aria-disabled')).toBe('true');
  await steps.shot('errors');

  expect(await steps.fix('trio-incomplete')).toMatch(/^seat-.+-tr$/);
  await steps.pickPersonInFocus(tandplejenTr);
  await page
    .locator('li[data-workplace="Tandplejen"]')
    .getByText(tandplejenTr, { exact: true })
    .waitFor();
  expect(await steps.fix('med-chair-missing')).toBe('person-search');
  expect(await page.locator('#invite-role').textContent()).toContain(
    locale === 'da' ? 'MED-formand' : 'MED chair',
  );
  await steps.pickPersonInFocus('Birgitte Holm');
  expect(await steps.fix('med-vice-chair-missing')).toBe('person-search');
  await steps.pickPersonInFocus('Mads Nørgaard');
  await expect.poll(() => steps.errorCodes()).toEqual([]);
  await expect.poll(() => send.getAttribute('aria-disabled')).not.toBe('true');
  await steps.shot('covered');

  const plan = await steps.draft(ORGANISER);
  await page.getByRole('button', { name: t.showPreview }).click();
  const preview = page.frameLocator('#invite-preview');
  await expect.poll(() => preview.locator('tr:has(td)').count()).toBe(plan.agenda.length);
  await steps.shot('preview');

  await send.click();
  await page.getByText(t.sent).waitFor();
  await steps.shot('sent');
  await context.close();
  return plan;
}

async function checkBooked(plan: MeetingPlan, locale: Locale) {
  const events = await bookedFrom(plan);
  expect(events).toHaveLength(1);
  const event = events[0] as MailboxEvent;
  // Copenhagen wall-clock times, as Exchange names the zone.
  expect(event.start).toEqual({
    dateTime: expect.stringMatching(new RegExp(`^${plan.date}T${plan.start}:00`)),
    timeZone: 'Romance Standard Time',
  });
  expect(event.end.dateTime).toMatch(new RegExp(`^${plan.date}T${plan.end}:00`));
  expect(event.isOnlineMeeting).toBe(true);
  expect(event.onlineMeetingProvider).toBe('teamsForBusiness');
  expect(agendaRows(event.body.content)).toBe(plan.agenda.length);
  for (const block of plan.agenda)
    expect(event.body.content).toContain(escapeHtml(block.title[locale]));

  const attendees = new Map(
    event.attendees.map((a) => [personKey(a.emailAddress.address), a.type]),
  );
  const expected = new Map(plan.invitees.map((i) => [personKey(i.email), i.attendance]));
  expect(attendees).toEqual(expected);
  expect([...attendees.values()]).toContain('optional');

  const missing: string[] = [];
  // The organiser (an HR consultant here) holds the event itself; everyone else is sent it.
  for (const address of [...expected.keys()].filter((a) => a !== ORGANISER)) {
    const box = await mailbox(address);
    const invited =
      box.events.some((e) => e.iCalUId === event.iCalUId) &&
      box.notices.some((n) => n.kind === 'request' && n.iCalUId === event.iCalUId);
    if (!invited) missing.push(address);
  }
  expect(missing).toEqual([]);
}

const SIX = [
  'Hjemmeplejen Nord',
  'Børnehuset Solsikken',
  'Egeskov Skole',
  'Jobcenter Egeskov',
  'Plejecentret Lindely',
  'Tandplejen',
];

describe('an organiser plans a network meeting and sends it', () => {
  for (const locale of ['da', 'en'] as const) {
    it(`1st programme, two workplaces (${locale})`, async () => {
      const plan = await planAndSend(FIRST_PROGRAMME, ['Hjemmeplejen Nord', 'Tandplejen'], locale);
      expect(plan.presentingWorkplaces).toHaveLength(2);
      await checkBooked(plan, locale);
    }, 180_000);

    it(`2nd programme, six workplaces (${locale})`, async () => {
      const plan = await planAndSend(SECOND_PROGRAMME, SIX, locale);
      expect(plan.presentingWorkplaces.map((w) => w.name)).toEqual(SIX);
      await checkBooked(plan, locale);
    }, 180_000);
  }
});

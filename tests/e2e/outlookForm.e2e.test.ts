import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  agendaInInvite,
  bodyHasTeamsJoin,
  bodyWithProgramme,
  bookingFromPlan,
  type FormPerson,
  formAttendeesFor,
  htmlText,
  type MeetingPlan,
  planRefIn,
  programmeRegionIn,
  renderInvite,
  storedPlanFromSession,
} from '../../src/domain';
import { createEventBody } from '../../src/graph/eventMapping';
import { PLAN_ID_PROPERTY, PLAN_SESSION_KEY } from '../../src/host/outlook/meetingForm';
import { screenshot } from './browser';
import {
  appUrl,
  browserFixture,
  coveredDemoPlan,
  emulator,
  emulatorUrl,
  ORGANISER,
  outlookHostUrl,
} from './fixture';
import { type OutlookHostApi, openOutlook, outlook, saveIntoEmulator } from './outlookHost';

/**
 * The organiser's pane in a meeting form as strict as the documented Outlook clients
 * (tests/e2e/outlook/FIDELITY.md): the body rewritten, the session gone after reopening, the
 * organiser among the attendees, an existing meeting never saved behind the organiser's back,
 * classic's cached item late on the server, and the form followed by Outlook's own events.
 */

const urls = { appUrl, outlookHostUrl };
const session = browserFixture();

type Rewrites = Record<string, boolean>;
interface Rewriter {
  ingest(html: string, on: Rewrites): string;
  serialize(content: string, on: Rewrites): string;
  CLIENTS: Record<string, Rewrites>;
}

/** Runs the host page's own body rewrites (tests/e2e/outlook/body-rewrites.js) in the page. */
function rewrite(page: Page, html: string, on: Rewrites): Promise<string> {
  return page.evaluate(
    ([h, o]) => {
      const r = (window as unknown as { NmBodyRewrites: Rewriter }).NmBodyRewrites;
      return r.serialize(r.ingest(h, o), o);
    },
    [html, on] as const,
  );
}

const squeezed = (body: string) => htmlText(body).replace(/\s+/g, ' ');
const count = (text: string, part: string) => text.split(part).length - 1;

const JOIN =
  '<div><br></div><div>________________________________________________________________</div>' +
  '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_x">Deltag i mødet nu</a></div>';
const OWN_WORDS = 'Husk at læse bilaget før mødet, og tag gerne en kollega med.';

/** One programme, the plan's reference, the organiser's words and the Teams block once each. */
function expectOneProgramme(body: string, title: string, plan: MeetingPlan) {
  const text = squeezed(body);
  expect(planRefIn(body)).toBe(plan.id);
  expect(programmeRegionIn(body)).toBeDefined();
  expect(count(text, title)).toBe(1);
  expect(count(text, 'Planlagt med Netværksmøder')).toBe(1);
  expect(count(text, 'Husk at læse bilaget før mødet')).toBe(1);
  expect(count(text, 'Deltag i mødet nu')).toBe(1);
  expect(agendaInInvite(body)).toHaveLength(plan.agenda.length);
  expect(bodyHasTeamsJoin(body)).toBe(true);
}

/** The form's attendees as the pane (or the tab) wrote them, in the host page's shape. */
function formLists(plan: MeetingPlan) {
  const lists = formAttendeesFor(plan, { required: [], optional: [], organizer: ORGANISER }, 'da');
  const entries = (list: readonly FormPerson[]) =>
    list.map((p) => ({ emailAddress: p.email, displayName: p.name }));
  return { required: entries(lists.required), optional: entries(lists.optional) };
}

/** Sets the host's state from values made in node (functions cannot cross into the page). */
function seed(page: Page, patch: Record<string, unknown>) {
  return page.evaluate((p) => {
    (window as unknown as { __outlook: OutlookHostApi }).__outlook.setState(p);
  }, patch);
}

/** A network meeting booked in the tab: the organiser's event, as Graph gives it back. */
async function bookedInTheTab(plan: MeetingPlan): Promise<{ id: string; body: string }> {
  const res = await emulator.postAs(
    ORGANISER,
    '/me/events',
    createEventBody(bookingFromPlan(plan, 'da')),
  );
  expect(res.status).toBe(201);
  const event = (await res.json()) as { id: string; body: { content: string } };
  return { id: event.id, body: event.body.content };
}

/** The error codes the pane's coverage shows now. */
function codes(frame: Frame): Promise<string[]> {
  return frame
    .getByTestId('coverage')
    .locator('li[data-code]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-code') ?? ''));
}

const writeStatus = (frame: Frame) => frame.getByTestId('write-status').textContent();

describe('the programme and the plan reference through each client’s rewrites of the body', () => {
  it('are found and replaced, never added again, after write–read–write under each rewrite', async () => {
    const { context, page } = await openOutlook(session.browser, urls, { wait: '1' });
    const clients = await page.evaluate(
      () => (window as unknown as { NmBodyRewrites: Rewriter }).NmBodyRewrites.CLIENTS,
    );
    const behaviours = [
      ...new Set([...Object.keys(clients.web ?? {}), ...Object.keys(clients.classic ?? {})]),
    ];
    const cases: [string, Rewrites][] = [
      ...Object.entries(clients),
      ...behaviours.map((b): [string, Rewrites] => [b, { [b]: true }]),
    ];
    const plan = coveredDemoPlan('rewrite-1', '2027-08-05');
    const titled = (title: string): MeetingPlan => ({ ...plan, title: { da: title, en: title } });
    for (const [name, on] of cases) {
      let body = await rewrite(page, `<p>${OWN_WORDS}</p>${JOIN}`, on);
      for (const title of ['Første udgave', 'Anden udgave', 'Tredje udgave']) {
        const written = bodyWithProgramme(body, renderInvite(titled(title), 'da').html).html;
        body = await rewrite(page, written, on);
        expect(planRefIn(body), `${name}: ${title}`).toBe(plan.id);
        expectOneProgramme(body, title, plan);
      }
      expect(squeezed(body), name).not.toContain('Første');
    }
    await context.close();
  });
});

describe('the organiser’s pane in Outlook’s strict meeting form', () => {
  it('writes and rewrites the programme in place in the web, new and classic Outlook', async () => {
    for (const client of ['web', 'new', 'classic']) {
      const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
        client,
        start: '2027-08-12T07:00:00.000Z',
        end: '2027-08-12T07:30:00.000Z',
        wait: '1',
      });
      await saveIntoEmulator(page, emulatorUrl, ORGANISER);
      await seed(page, { body: `<p>${OWN_WORDS}</p>${JOIN}` });
      await outlook(page, (o) => o.openPane());
      const frame = await pane();
      await frame.getByRole('button', { name: /^1\. netværksmøde/ }).click();
      for (const [round, location] of [
        [1, 'Rådhuset'],
        [2, 'Byrådssalen'],
      ] as const) {
        // The organiser types a place in Outlook: the pane's next write takes it in.
        await seed(page, { location });
        await frame.getByTestId('write-to-form').click();
        await expect.poll(() => writeStatus(frame), { timeout: 20_000 }).toMatch(/opdateret/);
        const read = await page.evaluate(() => {
          const o = (window as unknown as { __outlook: OutlookHostApi }).__outlook;
          const r = (window as unknown as { NmBodyRewrites: Rewriter }).NmBodyRewrites;
          return r.serialize(o.state().body, o.behaviour().rewrites);
        });
        const state = await outlook(page, (o) => o.state());
        const plan = storedPlanFromSession(
          state.sessionData[PLAN_SESSION_KEY] ?? '',
        ) as MeetingPlan;
        expect(planRefIn(read), `${client} ${round}`).toBe(plan.id);
        expectOneProgramme(read, '1. netværksmøde om social kapital', plan);
        expect(squeezed(read)).toContain(location);
        expect(state.customProperties[PLAN_ID_PROPERTY]).toBe(plan.id);
      }
      // New Outlook failed the first save of the plan-id property; the pane saved it again.
      const saves = (await outlook(page, (o) => o.calls())).filter(
        (c) => c === 'customProperties.saveAsync',
      ).length;
      if (client === 'new') expect(saves).toBeGreaterThan(2);
      await screenshot(page, `outlook-form-${client}-rewritten`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('finds the plan of a meeting booked in the tab from each starting point, with no session, and refills it', async () => {
    const plan = coveredDemoPlan('tab-booked-1', '2027-08-19');
    const event = await bookedInTheTab(plan);
    const starts: [string, Record<string, unknown>][] = [
      ['the body’s plan reference', { body: event.body }],
      [
        'the plan-id property',
        {
          body: '<p>Teksten er skrevet om.</p>',
          customProperties: { [PLAN_ID_PROPERTY]: plan.id },
        },
      ],
      ['the item’s id alone', { body: '<p>Teksten er skrevet om.</p>' }],
    ];
    for (const [start, patch] of starts) {
      const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
        itemId: event.id,
        sent: '1',
        start: '2027-08-19T09:00:00.000Z',
        end: '2027-08-19T12:00:00.000Z',
        wait: '1',
      });
      await seed(page, { subject: plan.title.da, ...formLists(plan), ...patch });
      expect((await outlook(page, (o) => o.state())).sessionData).toEqual({});
      await outlook(page, (o) => o.openPane());
      const frame = await pane();
      await frame.getByTestId('write-to-form').waitFor({ timeout: 20_000 });
      await expect.poll(() => codes(frame), { timeout: 10_000 }).not.toContain('med-chair-missing');
      // The session holds the plan again for the send check, and the item is marked.
      const state = await outlook(page, (o) => o.state());
      expect(JSON.parse(state.sessionData[PLAN_SESSION_KEY] ?? '{}').id, start).toBe(plan.id);
      // The web and new Outlook list the organiser among the attendees of a saved meeting:
      // neither without a role, nor counted twice.
      expect(await frame.getByTestId('no-role').count()).toBe(0);
      // The meeting opened again can be sent: the check finds the plan it needs.
      expect((await outlook(page, (o) => o.send())).allowEvent, start).toBe(true);
      expect(await outlook(page, (o) => o.calls())).not.toContain('saveAsync');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('writes into a meeting already sent without saving it, so no attendee hears before Send', async () => {
    const plan = coveredDemoPlan('tab-booked-2', '2027-12-02');
    const event = await bookedInTheTab(plan);
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      itemId: event.id,
      sent: '1',
      start: '2027-12-02T10:00:00.000Z',
      end: '2027-12-02T13:00:00.000Z',
      wait: '1',
    });
    await seed(page, { subject: plan.title.da, body: event.body, ...formLists(plan) });
    await outlook(page, (o) => o.openPane());
    const frame = await pane();
    await frame.getByTestId('write-to-form').click({ timeout: 20_000 });
    await expect.poll(() => writeStatus(frame), { timeout: 20_000 }).toMatch(/sender opdateringen/);
    const state = await outlook(page, (o) => o.state());
    expect(state.updatesSent).toEqual([]);
    expect(await outlook(page, (o) => o.calls())).not.toContain('saveAsync');
    // The body booked in the tab is the programme's region: replaced, not a second programme.
    expect(agendaInInvite(state.body)).toHaveLength(plan.agenda.length);
    await screenshot(page, 'outlook-form-sent-meeting-written');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds the plan again after classic Outlook closed the form and lost the session and property', async () => {
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      client: 'classic',
      start: '2027-12-09T08:00:00.000Z',
      end: '2027-12-09T08:30:00.000Z',
      wait: '1',
    });
    await saveIntoEmulator(page, emulatorUrl, ORGANISER);
    await outlook(page, (o) => o.openPane());
    const frame = await pane();
    await frame.getByRole('button', { name: /^1\. netværksmøde/ }).click();
    await frame.getByTestId('write-to-form').click();
    await expect.poll(() => writeStatus(frame), { timeout: 20_000 }).toMatch(/opdateret og gemt/);
    const written = await outlook(page, (o) => o.state());
    const id = JSON.parse(written.sessionData[PLAN_SESSION_KEY] ?? '{}').id as string;

    await outlook(page, (o) => o.reopen());
    const reopened = await outlook(page, (o) => o.state());
    expect(reopened.sessionData).toEqual({});
    expect(reopened.customProperties).toEqual({});
    await expect
      .poll(async () => (await outlook(page, (o) => o.state())).sessionData[PLAN_SESSION_KEY], {
        timeout: 20_000,
      })
      .toContain(`"id":"${id}"`);
    // Classic lists the organiser among the required attendees: not someone without a role.
    const again = await pane();
    await again.getByTestId('write-to-form').waitFor();
    expect(await again.getByTestId('no-role').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a place longer than Outlook takes, before writing anything', async () => {
    const { context, page, pane } = await openOutlook(session.browser, urls, { wait: '1' });
    await saveIntoEmulator(page, emulatorUrl, ORGANISER);
    await seed(page, { location: 'Sal '.repeat(80) });
    await outlook(page, (o) => o.openPane());
    const frame = await pane();
    await frame.getByRole('button', { name: /^1\. netværksmøde/ }).click();
    await frame.getByTestId('write-to-form').click();
    await expect
      .poll(() => frame.getByTestId('write-too-long').textContent())
      .toMatch(/Stedet er 319 tegn langt, men Outlook tager højst 255/);
    const calls = await outlook(page, (o) => o.calls());
    expect(calls.filter((c) => /setAsync|addAsync|saveAsync/.test(c))).toEqual([]);
    await screenshot(page, 'outlook-form-place-too-long');
    await context.close();
  });

  it('waits for classic Outlook’s cached item to reach Exchange, and says so when it does not', async () => {
    for (const [arrivesAfter, expected] of [
      [2, /opdateret og gemt/],
      [99, /ikke nået frem til Exchange/],
    ] as const) {
      const { context, page, pane } = await openOutlook(session.browser, urls, {
        client: 'classic',
        start: '2027-09-09T07:00:00.000Z',
        end: '2027-09-09T07:30:00.000Z',
        wait: '1',
      });
      await saveIntoEmulator(page, emulatorUrl, ORGANISER, { arrivesAfter });
      await outlook(page, (o) => o.openPane());
      const frame = await pane();
      await frame.getByRole('button', { name: /^1\. netværksmøde/ }).click();
      await frame.getByTestId('write-to-form').click();
      const said = () =>
        arrivesAfter === 2
          ? writeStatus(frame)
          : frame.getByTestId('write-not-arrived').textContent();
      await expect.poll(said, { timeout: 30_000 }).toMatch(expected);
      await emulator.faults([]);
      await context.close();
    }
  });

  it('follows the form by Outlook’s events, and reads it on a timer only where they are missing', async () => {
    const plan = coveredDemoPlan('events-1', '2027-09-16');
    for (const mailbox of ['1.13', '1.6']) {
      const { context, page, pane } = await openOutlook(session.browser, urls, {
        mailbox,
        start: '2027-09-16T09:00:00.000Z',
        end: '2027-09-16T12:00:00.000Z',
        wait: '1',
      });
      await seed(page, {
        ...formLists(plan),
        body: renderInvite(plan, 'da').html,
        sessionData: { [PLAN_SESSION_KEY]: JSON.stringify(plan) },
      });
      await outlook(page, (o) => o.openPane());
      const frame = await pane();
      await expect.poll(() => codes(frame), { timeout: 20_000 }).not.toContain('med-chair-missing');
      const reads = async () =>
        (await outlook(page, (o) => o.calls())).filter((c) => c === 'requiredAttendees.getAsync')
          .length;
      // Let the pane settle (it reads the form once more as it finishes opening), then watch.
      await page.waitForTimeout(2_000);
      const idle = await reads();
      await page.waitForTimeout(3_000);
      if (mailbox === '1.13') expect(await reads()).toBe(idle);
      else expect(await reads()).toBeGreaterThan(idle);
      // The organiser takes the chair out in Outlook: coverage follows either way.
      await outlook(page, (o) =>
        o.setState({
          required: o.state().required.filter((a) => !/MED-formand/.test(a.displayName)),
        }),
      );
      await expect.poll(() => codes(frame), { timeout: 5_000 }).toContain('med-chair-missing');
      await context.close();
    }
  });

  it('gets no send check in a meeting composed in the web’s main window, and one in its own window', async () => {
    const plan = coveredDemoPlan('embedded-1', '2027-09-23');
    const lists = formLists(plan);
    const withoutChair = lists.required.filter((a) => !/MED-formand/.test(a.displayName));
    for (const window of ['embedded', 'popout']) {
      const { context, page } = await openOutlook(session.browser, urls, {
        client: 'web',
        window,
        start: '2027-09-23T09:00:00.000Z',
        end: '2027-09-23T12:00:00.000Z',
        wait: '1',
      });
      await seed(page, {
        ...lists,
        required: withoutChair,
        body: renderInvite(plan, 'da').html,
        sessionData: { [PLAN_SESSION_KEY]: JSON.stringify(plan) },
      });
      const result = await outlook(page, (o) => o.send());
      expect(result.checked).toBe(window === 'popout');
      expect(result.allowEvent).toBe(window === 'embedded');
      await context.close();
    }
  });

  it('answers as office.js does: its own checks thrown, Outlook’s refusals with Office’s names and codes', async () => {
    const { context, pane } = await openOutlook(session.browser, urls, {});
    const frame = await pane();
    await frame.getByRole('button', { name: /^1\. netværksmøde/ }).waitFor();
    const answers = await frame.evaluate(async () => {
      type Answer = { error: { name: string; code: number } };
      const item = (
        window as unknown as {
          Office: {
            context: {
              mailbox: {
                item: {
                  getItemIdAsync(cb: (r: Answer) => void): void;
                  subject: { setAsync(value: string, cb: () => void): void };
                };
              };
            };
          };
        }
      ).Office.context.mailbox.item;
      const id = await new Promise<Answer>((resolve) => item.getItemIdAsync(resolve));
      let thrown = '';
      try {
        item.subject.setAsync('T'.repeat(256), () => undefined);
      } catch (e) {
        thrown = (e as Error).name;
      }
      return { id: id.error, thrown };
    });
    expect(answers).toEqual({
      id: expect.objectContaining({ name: 'ItemNotSaved', code: 9046 }),
      thrown: 'Sys.ArgumentOutOfRangeException',
    });
    await context.close();
  });
});

import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoTokenFor } from '../../src/auth/demoToken';
import {
  bookingFromPlan,
  FINDING_SEVERITY,
  type FormPerson,
  formAttendeesFor,
  type MeetingPlan,
  planRefIn,
  programmeRegionIn,
  ROLE_LABELS,
} from '../../src/domain';
import { createEventBody } from '../../src/graph/eventMapping';
import { PLAN_SESSION_KEY } from '../../src/host/outlook/meetingForm';
import { violationsInThemes } from './axeThemes';
import { screenshot } from './browser';
import {
  appUrl,
  browserFixture,
  CHAIR,
  coveredDemoPlan,
  emulatorUrl,
  ORGANISER,
  outlookHostUrl,
} from './fixture';
import { type OutlookHostApi, openOutlook, outlook, saveIntoEmulator } from './outlookHost';

const urls = { appUrl, outlookHostUrl };
const session = browserFixture();
const ERROR_CODES = new Set(
  Object.entries(FINDING_SEVERITY).flatMap(([code, severity]) =>
    severity === 'error' ? [code] : [],
  ),
);

/** Calls the emulator's Graph as a demo user, as Outlook or another client would. */
async function graphAs<T>(address: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${emulatorUrl}/v1.0${path}`, {
    method,
    headers: {
      authorization: `Bearer ${demoTokenFor(address)}`,
      'content-type': 'application/json',
      prefer: 'outlook.timezone="Romance Standard Time"',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status).toBeLessThan(300);
  return (res.status === 202 || res.status === 204 ? undefined : await res.json()) as T;
}

/** Types into a combobox in the pane and picks the option whose name starts with `option`. */
async function pick(frame: Frame, selector: string, text: string, option: string) {
  const box = frame.locator(selector);
  await box.click();
  await box.fill(text);
  await frame
    .getByRole('option', { name: new RegExp(`^${option}`) })
    .first()
    .click();
}

/** The error codes the pane's coverage shows now. */
function codes(frame: Frame): Promise<string[]> {
  return frame
    .getByTestId('coverage')
    .locator('li[data-code]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-code') ?? ''));
}

/** The error codes alone. */
async function errorCodes(frame: Frame): Promise<string[]> {
  return (await codes(frame)).filter((c) => ERROR_CODES.has(c));
}

describe('the organiser’s pane in Outlook’s meeting form', () => {
  it('inserts the programme, adds people by role, and shows live coverage of the form', async () => {
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      start: '2027-05-20T07:00:00.000Z',
      end: '2027-05-20T07:30:00.000Z',
      wait: '1',
    });
    await saveIntoEmulator(page, emulatorUrl, ORGANISER);
    await outlook(page, (o) => o.setState({ body: '<p>Husk at læse bilaget.</p>' }));
    await outlook(page, (o) => o.openPane());
    const frame = await pane();

    await frame.getByRole('button', { name: /^1\. netværksmøde/ }).click();
    await expect.poll(() => codes(frame)).toContain('med-chair-missing');

    // The MED chair, by role, from the directory.
    await frame.locator('#invite-role').click();
    await frame.getByRole('option', { name: ROLE_LABELS.medChair.da, exact: true }).click();
    await pick(frame, '#person-search', 'Birgitte', 'Birgitte Holm');
    // Not in the form yet: the coverage of the form still misses her.
    expect(await frame.getByTestId('write-status').textContent()).toMatch(/ikke står i mødet/);
    expect(await codes(frame)).toContain('med-chair-missing');
    await screenshot(page, 'outlook-panes-organiser-1-chosen');

    await frame.getByTestId('write-to-form').click();
    await expect
      .poll(() => frame.getByTestId('write-status').textContent())
      .toMatch(/opdateret og gemt/);
    const state = await outlook(page, (o) => o.state());
    expect(state.subject).toBe('1. netværksmøde om social kapital');
    expect(state.start).toBe('2027-05-20T09:00:00.000Z');
    expect(programmeRegionIn(state.body)).toBeDefined();
    expect(state.body.indexOf('<table')).toBeLessThan(state.body.indexOf('Husk at læse bilaget.'));
    expect(state.required).toContainEqual({
      emailAddress: CHAIR,
      displayName: `Birgitte Holm (${ROLE_LABELS.medChair.da})`,
    });
    const plan = JSON.parse(state.sessionData[PLAN_SESSION_KEY] ?? '{}') as MeetingPlan;
    expect(planRefIn(state.body)).toBe(plan.id);
    await expect.poll(() => codes(frame)).not.toContain('med-chair-missing');
    await screenshot(page, 'outlook-panes-organiser-2-written');

    // The tab's lists find the meeting with its plan: the extension is on the saved event.
    const listed = await graphAs<{ value: { id: string; extensions?: { plan?: string }[] }[] }>(
      ORGANISER,
      'GET',
      `/me/events?$filter=${encodeURIComponent("extensions/any(f:f/id eq 'dk.netvaerksmoeder.plan')")}&$expand=${encodeURIComponent("extensions($filter=id eq 'dk.netvaerksmoeder.plan')")}&$top=100`,
    );
    expect(
      listed.value.some((e) => JSON.parse(e.extensions?.[0]?.plan ?? '{}').id === plan.id),
    ).toBe(true);

    // The organiser takes the chair out in Outlook, and types in someone by hand: live coverage.
    await outlook(page, (o) =>
      o.setState({
        required: [
          ...o.state().required.filter((a) => a.emailAddress !== 'birgitte.holm@egeskov.example'),
          { emailAddress: 'ole.gaest@example.org', displayName: 'Ole Gæst' },
        ],
      }),
    );
    await expect.poll(() => codes(frame), { timeout: 10_000 }).toContain('med-chair-missing');
    await frame.getByTestId('no-role').getByText('Ole Gæst', { exact: true }).waitFor();
    await screenshot(page, 'outlook-panes-organiser-3-live');
    expect(await violationsInThemes(page, { frame, selector: 'iframe#pane' })).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes a covered plan, and the send check blocks the meeting while the form lacks the chair, and lets it go once she is back', async () => {
    const plan = coveredDemoPlan('outlook-send-1', '2027-06-10');
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      start: '2027-06-10T09:00:00.000Z',
      end: '2027-06-10T12:00:00.000Z',
      wait: '1',
    });
    await saveIntoEmulator(page, emulatorUrl, ORGANISER);
    // A saved network meeting opened again in the session: the pane finds its plan there.
    // It holds what the pane wrote before: the attendees named by role, the plan in the session.
    const lists = formAttendeesFor(
      plan,
      { required: [], optional: [], organizer: ORGANISER },
      'da',
    );
    const entries = (list: readonly FormPerson[]) =>
      list.map((p) => ({ emailAddress: p.email, displayName: p.name }));
    await page.evaluate(
      ([key, json, required, optional]) =>
        (window as unknown as { __outlook: OutlookHostApi }).__outlook.setState({
          sessionData: { [key as string]: json },
          required,
          optional,
        }),
      [
        PLAN_SESSION_KEY,
        JSON.stringify(plan),
        entries(lists.required),
        entries(lists.optional),
      ] as const,
    );
    await outlook(page, (o) => o.openPane());
    const frame = await pane();
    await frame.getByTestId('write-to-form').click();
    await expect
      .poll(() => frame.getByTestId('write-status').textContent())
      .toMatch(/opdateret og gemt/);
    await expect.poll(() => codes(frame)).not.toContain('med-chair-missing');
    expect(await errorCodes(frame)).toEqual([]);
    expect((await outlook(page, (o) => o.send())).allowEvent).toBe(true);

    const chair = (await outlook(page, (o) => o.state())).required.find(
      (a) => a.emailAddress === 'birgitte.holm@egeskov.example',
    );
    await outlook(page, (o) =>
      o.setState({
        required: o
          .state()
          .required.filter((a) => a.emailAddress !== 'birgitte.holm@egeskov.example'),
      }),
    );
    await expect.poll(() => codes(frame), { timeout: 10_000 }).toContain('med-chair-missing');
    const blocked = await outlook(page, (o) => o.send());
    expect(blocked.allowEvent).toBe(false);
    expect(blocked.errorMessage).toMatch(/MED-formand/);
    await screenshot(page, 'outlook-panes-organiser-4-send-blocked');

    await page.evaluate((entry) => {
      const o = (window as unknown as { __outlook: OutlookHostApi }).__outlook;
      o.setState({ required: [...o.state().required, entry] });
    }, chair);
    await expect.poll(() => codes(frame), { timeout: 10_000 }).not.toContain('med-chair-missing');
    expect((await outlook(page, (o) => o.send())).allowEvent).toBe(true);
    expect(chair?.displayName).toMatch(/MED-formand/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves an ordinary meeting alone: nothing is written until a programme is chosen', async () => {
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      subject: 'Frokost med teamet',
    });
    const frame = await pane();
    await frame.getByRole('button', { name: /^1\. netværksmøde/ }).waitFor();
    const calls = await outlook(page, (o) => o.calls());
    expect(calls.filter((c) => /setAsync|addAsync|saveAsync/.test(c))).toEqual([]);
    expect((await outlook(page, (o) => o.state())).subject).toBe('Frokost med teamet');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the attendee’s pane beside an invitation', () => {
  it('shows my roles, my part and the whole programme, in English, and my answer reaches the organiser', async () => {
    const plan = coveredDemoPlan('outlook-attendee-1', '2027-05-27');
    const event = await graphAs<{ id: string; iCalUId: string }>(
      ORGANISER,
      'POST',
      '/me/events',
      createEventBody(bookingFromPlan(plan, 'da')),
    );
    const copies = await graphAs<{ value: { id: string }[] }>(
      CHAIR,
      'GET',
      `/me/events?$filter=${encodeURIComponent(`iCalUId eq '${event.iCalUId}'`)}`,
    );
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      mode: 'attendee',
      locale: 'en-GB',
      user: CHAIR,
      itemId: copies.value[0]?.id ?? 'missing',
    });
    const frame = await pane();
    await expect.poll(() => frame.getByTestId('my-roles').textContent()).toMatch(/MED chair/);
    await frame.getByTestId('please-confirm').waitFor();
    expect(await frame.getByTestId('whole-programme').locator('li').count()).toBeGreaterThan(5);
    expect(
      await frame.getByTestId('whole-programme').locator('li[data-mine]').count(),
    ).toBeGreaterThan(0);
    await screenshot(page, 'outlook-panes-attendee-1-en');
    expect(await violationsInThemes(page, { frame, selector: 'iframe#pane' })).toEqual([]);

    await frame.getByRole('textbox').fill('I will be there');
    await frame.getByRole('button', { name: 'I will attend' }).click();
    await expect.poll(() => frame.getByTestId('my-answer').textContent()).toMatch(/Accepted/);
    const read = await graphAs<{
      attendees: { emailAddress: { address: string }; status: { response: string } }[];
    }>(ORGANISER, 'GET', `/me/events/${event.id}`);
    expect(read.attendees.find((a) => a.emailAddress.address === CHAIR)?.status.response).toBe(
      'accepted',
    );
    await screenshot(page, 'outlook-panes-attendee-2-answered');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says an ordinary meeting is not a network meeting, in Danish', async () => {
    const event = await graphAs<{ iCalUId: string }>(ORGANISER, 'POST', '/me/events', {
      subject: 'Frokost',
      body: { contentType: 'html', content: '<p>Bare frokost</p>' },
      start: { dateTime: '2027-06-03T10:00:00', timeZone: 'UTC' },
      end: { dateTime: '2027-06-03T11:00:00', timeZone: 'UTC' },
      attendees: [{ type: 'required', emailAddress: { address: CHAIR } }],
    });
    const copies = await graphAs<{ value: { id: string }[] }>(
      CHAIR,
      'GET',
      `/me/events?$filter=${encodeURIComponent(`iCalUId eq '${event.iCalUId}'`)}`,
    );
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      mode: 'attendee',
      user: CHAIR,
      itemId: copies.value[0]?.id ?? 'missing',
    });
    const frame = await pane();
    await expect
      .poll(() => frame.getByTestId('not-network-meeting').textContent())
      .toMatch(/ikke planlagt med Netværksmøder/);
    await screenshot(page, 'outlook-panes-attendee-3-ordinary');
    expect(errors).toEqual([]);
    await context.close();
  });
});

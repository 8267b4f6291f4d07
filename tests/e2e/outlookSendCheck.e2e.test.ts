import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type Locale,
  type MeetingPlan,
  renderInvite,
  SEND_MESSAGES,
  sessionPlanText,
  validatePlan,
} from '../../src/domain';
import { aCoveredPlan, aMeetingOf, formOf } from '../../src/domain/testBuilders.testSupport';
import { ORGANISER_PANE_COMMAND } from '../../src/host/outlook/sendEvent';
import { PLAN_ID_PROPERTY, PLAN_SESSION_KEY } from '../../src/host/outlook/meetingForm';
import { screenshot } from './browser';
import { appUrl, browserFixture, outlookHostUrl } from './fixture';
import { openOutlook, outlook } from './outlookHost';
import { plainDate, wallTime } from '../../src/domain';

const urls = { appUrl, outlookHostUrl };
/** A week before the plans' date; the send check reads the page's clock. */
const NOW = new Date('2027-03-04T09:00:00+01:00');

const session = browserFixture();

const recipients = (plan: MeetingPlan, attendance: 'required' | 'optional') =>
  plan.invitees
    .filter((i) => i.attendance === attendance)
    .map((i) => ({ emailAddress: i.email, displayName: i.name }));

/** The organiser's form as the pane leaves it: the plan in the session, the invite in the body. */
async function formWithPlan(page: Page, plan: MeetingPlan, locale: Locale, inForm = plan) {
  const form = formOf(inForm);
  const state = {
    subject: renderInvite(plan, locale).subject,
    start: new Date(form.start).toISOString(),
    end: new Date(form.end).toISOString(),
    body: renderInvite(plan, locale).html,
    required: recipients(inForm, 'required'),
    optional: recipients(inForm, 'optional'),
    // As the pane leaves it: the compact form (an earlier pane's full JSON is read too).
    sessionData: { [PLAN_SESSION_KEY]: sessionPlanText(plan) },
    customProperties: { [PLAN_ID_PROPERTY]: plan.id },
  };
  await page.evaluate((s) => {
    (window as unknown as { __outlook: { setState(p: unknown): void } }).__outlook.setState(s);
  }, state);
}

async function opened(query: Record<string, string> = {}) {
  const o = await openOutlook(session.browser, urls, { wait: '1', ...query });
  await o.context.clock.setFixedTime(NOW);
  return o;
}

const plan = aCoveredPlan({ date: '2027-03-11' });
const chair = plan.invitees.find((i) => i.roles.includes('medChair'));
const withoutChair = { ...plan, invitees: plan.invitees.filter((i) => i !== chair) };
const chairMissing = validatePlan(withoutChair, {
  today: plainDate('2027-03-04'),
  now: wallTime('09:00'),
}).find((f) => f.code === 'med-chair-missing');

describe('the send check (appointmentSending) in Outlook’s meeting form', () => {
  it('stops a network meeting with an error, in Danish, and lets it go once fixed', async () => {
    expect(chair && chairMissing).toBeTruthy();
    const { context, page, errors } = await opened();
    await formWithPlan(page, plan, 'da', withoutChair);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    const message = (await dialog.textContent()) ?? '';
    expect(message).toContain('Netværksmødet kan ikke sendes, før dette er rettet:');
    expect(message).toContain(chairMissing?.message.da);
    expect((await outlook(page, (o) => o.state())).sent).toBe(false);
    await screenshot(page, 'outlook-send-blocked-da');

    // The organiser adds the chair in Outlook's own attendee field and sends again.
    const field = page.getByRole('textbox', { name: 'Påkrævet' });
    await field.fill(`${await field.inputValue()}\n${chair?.name} <${chair?.email}>`);
    await field.blur();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Sendt' }).waitFor();
    expect(await dialog.isHidden()).toBe(true);
    const results = await outlook(page, (o) => o.sendResults());
    expect(results.map((r) => r.allowEvent)).toEqual([false, true]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('words the refusal in English in an English Outlook', async () => {
    const { context, page, errors } = await opened({ locale: 'en-GB' });
    await formWithPlan(page, plan, 'en', withoutChair);
    const result = await outlook(page, (o) => o.send());
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage).toContain(
      'The network meeting cannot be sent until this is fixed:',
    );
    expect(result.errorMessage).toContain(chairMissing?.message.en);
    expect(result.errorMessage?.length).toBeLessThanOrEqual(500);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a meeting with warnings only go', async () => {
    const { context, page, errors } = await opened();
    const warned = { ...plan, series: { ...plan.series, size: 5 } };
    const findings = validatePlan(warned, {
      today: plainDate('2027-03-04'),
      now: wallTime('09:00'),
    });
    expect(findings.some((f) => f.severity === 'warning')).toBe(true);
    expect(findings.some((f) => f.severity === 'error')).toBe(false);
    await formWithPlan(page, warned, 'da');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Sendt' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves an ordinary meeting alone, reading nothing but what tells it apart', async () => {
    const { context, page, errors } = await opened();
    await outlook(page, (o) =>
      o.setState({
        subject: 'Frokost',
        body: '<p>Vi ses</p>',
        required: [{ emailAddress: 'a@egeskov.example', displayName: 'A' }],
      }),
    );
    const result = await outlook(page, (o) => o.send());
    expect(result).toMatchObject({ allowEvent: true, missing: false });
    const calls = await outlook(page, (o) => o.calls());
    expect(calls).not.toContain('requiredAttendees.getAsync');
    expect(calls).not.toContain('start.getAsync');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks for the pane when a network meeting’s plan is not in the session', async () => {
    const { context, page } = await opened();
    // The invitation's body, with its plan reference, but no plan in the session.
    const body = renderInvite(plan, 'da').html;
    await page.evaluate((b) => {
      (window as unknown as { __outlook: { setState(p: unknown): void } }).__outlook.setState({
        body: b,
      });
    }, body);
    const result = await outlook(page, (o) => o.send());
    expect(result.allowEvent).toBe(false);
    // Below Mailbox 1.14 the dialog cannot open the pane: the message says where its button is.
    expect(result.errorMessage).toContain('Åbn Netværksmøde i mødets bånd');
    expect(result.commandId).toBeUndefined();
    await context.close();
  });

  it('opens the organiser’s pane from the dialog’s button on Mailbox 1.14', async () => {
    const { context, page, pane, errors } = await opened({ mailbox: '1.14' });
    // The invitation's body, with its plan reference, but no plan in the session.
    const body = renderInvite(plan, 'da').html;
    await page.evaluate((b) => {
      (window as unknown as { __outlook: { setState(p: unknown): void } }).__outlook.setState({
        body: b,
      });
    }, body);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    const [result] = await outlook(page, (o) => o.sendResults());
    expect(result).toMatchObject({
      allowEvent: false,
      errorMessage: SEND_MESSAGES.planNotOpen({ dialogOpensPane: true }).da,
      cancelLabel: SEND_MESSAGES.openPaneButton().da,
      commandId: ORGANISER_PANE_COMMAND,
    });
    await screenshot(page, 'outlook-send-take-action-da');
    await dialog.getByRole('button', { name: 'Åbn Netværksmøde' }).click();
    // The pane opens on the organiser's page.
    const frame = await pane();
    await frame.waitForURL(/\/outlook\.html/);
    expect(await dialog.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  // How fast it decides is measured by `npm run bench` (the send file's budget), not timed here.
  it('decides on a 40-person meeting, once loaded and again', async () => {
    const { context, page } = await opened();
    const forty = aMeetingOf(40, plan);
    expect(forty.invitees).toHaveLength(40);
    await formWithPlan(page, forty, 'da');
    // The first send loads the send page, as Outlook does once; the second is the decision alone.
    expect((await outlook(page, (o) => o.send())).allowEvent).toBe(true);
    const second = await outlook(page, (o) => o.send());
    expect(second.allowEvent).toBe(true);
    await context.close();
  });

  it('says so when Outlook will not give the attendees, rather than letting it through', async () => {
    const { context, page } = await opened();
    await formWithPlan(page, plan, 'da');
    await outlook(page, (o) => o.failNext('requiredAttendees.getAsync', 'GenericResponseError'));
    const result = await outlook(page, (o) => o.send());
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage).toContain('kunne ikke kontrolleres');
    expect(result.errorMessage).toContain('GenericResponseError');
    await context.close();
  });
});

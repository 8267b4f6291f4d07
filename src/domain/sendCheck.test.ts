import { describe, expect, it } from 'vitest';
import { finding } from './findings';
import { type FormState, planAsInForm } from './formPlan';
import { planningClockAt } from './planningClock';
import { validatePlan } from './validatePlan';
import { renderInvite } from './renderInvite';
import { type SendCheckInput, sendBlockedMessage, sendCheck } from './sendCheck';
import type { MarkerRead } from './sendMarkers';
import { parsePlan } from './parsePlan';
import { sessionPlanText, storedPlanFromSession } from './sessionPlan';
import planV1 from './storedPlans/plan-v1.json';
import planV2 from './storedPlans/plan-v2.json';
import { aCoveredPlan, aMeetingOf, formOf } from './testBuilders.testSupport';
import { plainDate } from './wallTime';

/** Before the covered plan's date (2026-03-12). */
const NOW = Date.parse('2026-01-05T08:00:00Z');

const read = (value: string | undefined): MarkerRead => ({ ok: true, value });
const refused: MarkerRead = { ok: false, error: { name: 'GenericResponseError' } };

function networkMeeting(plan = aCoveredPlan(), form: FormState = formOf(plan)): SendCheckInput {
  return {
    markers: {
      body: read(renderInvite(plan, 'da').html),
      session: read(sessionPlanText(plan)),
      planId: read(plan.id),
    },
    form: { ok: true, value: form },
    now: NOW,
    dialogOpensPane: true,
  };
}

const ordinary = (markers: Partial<SendCheckInput['markers']>): SendCheckInput => ({
  markers: {
    body: read('<p>Frokost</p>'),
    session: read(undefined),
    planId: read(undefined),
    ...markers,
  },
  form: { ok: false, error: { name: 'NotRead' } },
  now: NOW,
  dialogOpensPane: true,
});

function formOfInput(input: SendCheckInput): FormState {
  if (!input.form.ok) throw new Error('no form');
  return input.form.value;
}

describe('the send check', () => {
  it('leaves any other meeting alone, reading nothing more', () => {
    expect(sendCheck(ordinary({}))).toEqual({ allow: true, checked: false });
  });

  it('lets an ordinary meeting go even when Outlook refuses every read', () => {
    const decision = sendCheck(ordinary({ body: refused, session: refused, planId: refused }));
    expect(decision).toEqual({ allow: true, checked: false });
  });

  it('knows a network meeting by any one of its three markers, the others refused', () => {
    const plan = aCoveredPlan();
    const byBody = ordinary({
      body: read(renderInvite(plan, 'da').html),
      session: refused,
      planId: refused,
    });
    const byId = ordinary({ body: refused, session: refused, planId: read(plan.id) });
    const bySession = {
      ...networkMeeting(plan),
      markers: { body: refused, session: read(sessionPlanText(plan)), planId: refused },
    };
    expect(sendCheck(byBody)).toMatchObject({ allow: false, reason: 'plan-not-open' });
    expect(sendCheck(byId)).toMatchObject({ allow: false, reason: 'plan-not-open' });
    expect(sendCheck(bySession)).toMatchObject({ allow: true, checked: true });
  });

  it('stops a series meeting moved in Outlook to before an earlier meeting of its effort', () => {
    const plan = {
      ...aCoveredPlan(),
      series: {
        position: 2,
        size: 3,
        seriesId: 'plan-0',
        otherMeetings: [{ planId: 'plan-0', position: 1, size: 3, date: plainDate('2026-02-26') }],
      },
      title: { da: '2. netværksmøde', en: '2nd network meeting' },
    };
    expect(sendCheck(networkMeeting(plan))).toMatchObject({ allow: true });
    const form = formOf(plan);
    const week = 7 * 86_400_000;
    const earlier = { ...form, start: form.start - 3 * week, end: form.end - 3 * week };
    const decision = sendCheck(networkMeeting(plan, earlier));
    expect(decision.allow).toBe(false);
    expect(decision.allow ? '' : decision.message.da).toContain(
      'Møde 2 i forløbet skal ligge efter møde 1',
    );
  });

  it('lets a covered network meeting go', () => {
    expect(sendCheck(networkMeeting())).toMatchObject({ allow: true, checked: true });
  });

  it('reads the compact plan of a 500-person meeting, and the full JSON an earlier pane left', () => {
    const big = aMeetingOf(500);
    expect(sendCheck(networkMeeting(big))).toMatchObject({ allow: true, checked: true });
    const plan = aCoveredPlan();
    const older = networkMeeting(plan);
    const full = { ...older, markers: { ...older.markers, session: read(JSON.stringify(plan)) } };
    expect(sendCheck(full)).toMatchObject({ allow: true, checked: true });
  });

  it('counts the organiser, whom Outlook lists apart from the attendees, as coming', () => {
    const plan = aCoveredPlan();
    const input = networkMeeting(plan);
    const chair = plan.invitees.find((i) => i.roles.includes('medChair'));
    const form = {
      ...formOfInput(input),
      required: formOfInput(input).required.filter((p) => p.email !== chair?.email),
    };
    // The chair organises: not on the form's list, yet the role is covered.
    const withOrganizer = { ...form, organizer: chair?.email };
    expect(sendCheck(networkMeeting(plan, withOrganizer))).toMatchObject({ allow: true });
    expect(sendCheck(networkMeeting(plan, form))).toMatchObject({ allow: false });
  });

  it('stops a meeting whose form lost a must-have role, naming it in both languages', () => {
    const plan = aCoveredPlan();
    const form = formOf(plan);
    const lost = { ...form, required: form.required.filter((p) => p.name !== 'Freja Formand') };
    const decision = sendCheck(networkMeeting(plan, lost));
    expect(decision.allow).toBe(false);
    if (decision.allow) return;
    expect(decision.reason).toBe('coverage');
    expect(decision.errors.map((f) => f.code)).toEqual(['med-chair-missing']);
    expect(decision.message.da).toMatch(/^Netværksmødet kan ikke sendes, før dette er rettet:\n• /);
    expect(decision.message.da).toContain(decision.errors[0]?.message.da);
    expect(decision.message.en).toContain(decision.errors[0]?.message.en);
  });

  it('stops a meeting already begun', () => {
    const decision = sendCheck({ ...networkMeeting(), now: Date.parse('2026-03-13T08:00:00Z') });
    expect(decision.allow || decision.errors.map((f) => f.code)).toEqual(['date-in-past']);
  });

  it('lets through a plan the tab warns about: warnings never stop a send', () => {
    const plan = aCoveredPlan();
    // A Saturday, and an effort of five meetings: the tab warns of both.
    const warned = { ...plan, series: { ...plan.series, size: 5 } };
    const saturday = { ...warned, date: plainDate('2026-03-14') };
    const input = networkMeeting(saturday);
    const codes = validatePlan(
      planAsInForm(saturday, formOfInput(input)),
      planningClockAt(NOW),
    ).map((f) => f.code);
    expect(codes).toEqual(['date-day-off', 'series-size-unusual']);
    expect(sendCheck(input)).toEqual({ allow: true, checked: true });
  });

  it('asks for the pane when a network meeting’s plan is not in the session', () => {
    const input = networkMeeting();
    const missing = { ...input, markers: { ...input.markers, session: read(undefined) } };
    const viaButton = sendCheck(missing);
    expect(viaButton).toMatchObject({ allow: false, reason: 'plan-not-open' });
    expect(viaButton.allow || viaButton.message.da).toContain('Vælg »Åbn Netværksmøde« herunder');
    // Below Mailbox 1.14 the dialog cannot open the pane: the message says where its button is.
    const viaRibbon = sendCheck({ ...missing, dialogOpensPane: false });
    expect(viaRibbon.allow || viaRibbon.message.da).toContain('Åbn Netværksmøde i mødets bånd');
    expect(viaRibbon.allow || viaRibbon.message.en).toContain('under Apps');
  });

  it('asks for the pane when Outlook refuses the session data of a network meeting', () => {
    const input = networkMeeting();
    const decision = sendCheck({ ...input, markers: { ...input.markers, session: refused } });
    expect(decision).toMatchObject({ allow: false, reason: 'plan-not-open' });
  });

  it('refuses a plan it cannot read rather than letting it through unchecked', () => {
    const input = networkMeeting();
    for (const text of [
      '{"id":',
      '{"nmSession":1}',
      JSON.stringify({ ...aCoveredPlan(), date: 'x' }),
    ]) {
      expect(
        sendCheck({ ...input, markers: { ...input.markers, session: read(text) } }),
      ).toMatchObject({ allow: false, reason: 'plan-unreadable' });
    }
  });

  it('stops a plan an older pane left at an earlier schema version, until the pane lifts it', () => {
    // The send file carries no migrations (DEVELOPERS.md, "The send file"): the pane, opened from
    // the dialog's button, lifts the plan and writes it back (`findFormPlan`).
    for (const stored of [planV1, planV2]) {
      const text = JSON.stringify(stored);
      const lifted = parsePlan(storedPlanFromSession(text));
      if (!lifted.ok) throw new Error('the stored plan no longer opens');
      const input = networkMeeting(lifted.plan);
      expect(
        sendCheck({ ...input, markers: { ...input.markers, session: read(text) } }),
      ).toMatchObject({ allow: false, reason: 'plan-unreadable' });
      expect(sendCheck(input)).toMatchObject({ checked: true });
    }
  });

  it('stops a network meeting whose attendees or times Outlook would not give, naming the error', () => {
    const decision = sendCheck({
      ...networkMeeting(),
      form: { ok: false, error: { name: 'GenericResponseError' } },
    });
    expect(decision).toMatchObject({ allow: false, reason: 'form-unreadable' });
    expect(decision.allow || decision.message.da).toContain('(GenericResponseError)');
  });

  it('stops a network meeting whose times are not times, instead of throwing', () => {
    const plan = aCoveredPlan();
    const form = formOf(plan);
    for (const times of [
      { start: Number.NaN },
      { end: Number.NaN },
      { start: form.end + 60_000 },
    ]) {
      expect(sendCheck(networkMeeting(plan, { ...form, ...times }))).toMatchObject({
        allow: false,
        reason: 'times-unreadable',
      });
    }
  });
});

describe('the message of a stopped send', () => {
  const errors = Array.from({ length: 12 }, (_, i) =>
    finding('presenter-not-invited', {
      da: `Oplægsholder nummer ${i + 1} med et langt navn er ikke inviteret til mødet`,
      en: `Presenter number ${i + 1} with a long name is not invited to the meeting`,
    }),
  );

  it('keeps to Outlook’s 500 characters and says how many more there are', () => {
    const da = sendBlockedMessage(errors, 'da', 500);
    expect(da.length).toBeLessThanOrEqual(500);
    const listed = da.split('\n').filter((l) => l.startsWith('• ')).length;
    expect(listed).toBeGreaterThan(3);
    expect(da.endsWith(`… og ${12 - listed} mere`)).toBe(true);
    expect(sendBlockedMessage(errors, 'en', 500).endsWith(`and ${12 - listed} more`)).toBe(true);
  });

  it('lists every error when they fit', () => {
    const text = sendBlockedMessage(errors.slice(0, 2), 'en', 500);
    expect(text.split('\n')).toHaveLength(3);
    expect(text).not.toContain('more');
  });
});

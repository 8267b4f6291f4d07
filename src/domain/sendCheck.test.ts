import { describe, expect, it } from 'vitest';
import { finding } from './findings';
import { renderInvite } from './renderInvite';
import { type SendCheckInput, sendBlockedMessage, sendCheck } from './sendCheck';
import { aCoveredPlan, formOf } from './testBuilders.testSupport';
import { plainDate } from './wallTime';

/** Before the covered plan's date (2026-03-12). */
const NOW = Date.parse('2026-01-05T08:00:00Z');

function networkMeeting(plan = aCoveredPlan()): SendCheckInput {
  return {
    bodyHtml: renderInvite(plan, 'da').html,
    planJson: JSON.stringify(plan),
    planId: plan.id,
    form: formOf(plan),
    now: NOW,
  };
}

describe('the send check', () => {
  it('leaves any other meeting alone', () => {
    const plan = aCoveredPlan();
    expect(
      sendCheck({
        bodyHtml: '<p>Frokost</p>',
        planJson: undefined,
        planId: undefined,
        form: formOf(plan),
        now: NOW,
      }),
    ).toEqual({ allow: true, checked: false, warnings: [] });
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
    const input = networkMeeting(plan);
    const week = 7 * 86_400_000;
    const earlier = {
      ...input.form,
      start: input.form.start - 3 * week,
      end: input.form.end - 3 * week,
    };
    const decision = sendCheck({ ...input, form: earlier });
    expect(decision.allow).toBe(false);
    expect(decision.allow ? '' : decision.message.da).toContain(
      'Møde 2 i forløbet skal ligge efter møde 1',
    );
  });

  it('lets a covered network meeting go', () => {
    expect(sendCheck(networkMeeting())).toMatchObject({ allow: true, checked: true });
  });

  it('counts the organiser, whom Outlook lists apart from the attendees, as coming', () => {
    const plan = aCoveredPlan();
    const input = networkMeeting(plan);
    const chair = plan.invitees.find((i) => i.roles.includes('medChair'));
    const form = {
      ...input.form,
      required: input.form.required.filter((p) => p.email !== chair?.email),
    };
    // The chair organises: not on the form's list, yet the role is covered.
    expect(sendCheck({ ...input, form: { ...form, organizer: chair?.email } })).toMatchObject({
      allow: true,
    });
    expect(sendCheck({ ...input, form })).toMatchObject({ allow: false });
  });

  it('stops a meeting whose form lost a must-have role, naming it in both languages', () => {
    const input = networkMeeting();
    const form = {
      ...input.form,
      required: input.form.required.filter((p) => p.name !== 'Freja Formand'),
    };
    const decision = sendCheck({ ...input, form });
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

  it('lets warnings through', () => {
    const plan = aCoveredPlan();
    const decision = sendCheck(networkMeeting({ ...plan, series: { ...plan.series, size: 5 } }));
    expect(decision).toMatchObject({ allow: true, checked: true });
    expect(decision.allow && decision.warnings.map((f) => f.code)).toEqual(['series-size-unusual']);
  });

  it('asks for the pane when a network meeting’s plan is not in the session', () => {
    const decision = sendCheck({ ...networkMeeting(), planJson: undefined, planId: undefined });
    expect(decision).toMatchObject({ allow: false, reason: 'plan-not-open' });
    expect(decision.allow || decision.message.da).toContain('Åbn Netværksmøde i båndet');
  });

  it('refuses a plan it cannot read rather than letting it through unchecked', () => {
    expect(sendCheck({ ...networkMeeting(), planJson: '{"id":' })).toMatchObject({
      allow: false,
      reason: 'plan-unreadable',
    });
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

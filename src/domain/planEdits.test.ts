import { describe, expect, it } from 'vitest';
import type { MeetingPlan, PresentingWorkplace } from './plan';
import { applyPlanEdit, applyPlanEdits, type PlanEdit } from './planEdits';
import { planFromTemplate } from './planFromTemplate';
import { PROGRAMMES } from './programmes';
import { inviteesForRole } from './roleInvitees';
import { aPersonRef, coveringInvitees, TEST_CLOCK, workplaces } from './testBuilders.testSupport';
import { validatePlan } from './validatePlan';
import { plainDate, wallTime } from './wallTime';

const run = (plan: MeetingPlan, ...edits: PlanEdit[]): MeetingPlan => applyPlanEdits(plan, edits);
function started(programme: 'first' | 'second' | 'blank' = 'first'): MeetingPlan {
  const result = planFromTemplate(PROGRAMMES[programme], {
    id: 'p',
    date: plainDate('2027-03-11'),
    seriesSize: 3,
    workplaces: [],
  });
  if (!result.ok) throw new Error('did not start');
  return result.plan;
}
/** The value, or a failed test when there is none. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test data');
  return value;
}
const errors = (plan: MeetingPlan) =>
  validatePlan(plan, TEST_CLOCK)
    .filter((f) => f.severity === 'error')
    .map((f) => f.code);

describe('plan edits', () => {
  it('starts from a programme with no workplaces yet, and says what is missing', () => {
    const state = started();
    expect(state.agenda.filter((b) => b.kind === 'workplacePresentation')).toEqual([]);
    expect(errors(state)).toEqual(
      expect.arrayContaining([
        'top-management-missing',
        'med-chair-missing',
        'med-vice-chair-missing',
      ]),
    );
  });

  it('binds the chosen workplaces, invites their TRIOs, and keeps everyone else when they change', () => {
    const [a, b, c] = workplaces(3) as [
      PresentingWorkplace,
      PresentingWorkplace,
      PresentingWorkplace,
    ];
    const first = run(
      started(),
      { kind: 'invite', invitees: coveringInvitees() },
      { kind: 'workplaces', workplaces: [a, b] },
    );
    expect(errors(first)).toEqual([]);
    expect(first.agenda.filter((x) => x.kind === 'workplacePresentation')).toHaveLength(2);
    const changed = run(first, { kind: 'workplaces', workplaces: [a, c] });
    expect(changed.presentingWorkplaces.map((w) => w.name)).toEqual([a.name, c.name]);
    const emails = changed.invitees.map((i) => i.email);
    expect(emails).not.toContain(b.trio.tr?.email);
    expect(emails).toContain(c.trio.tr?.email);
    expect(emails).toEqual(
      expect.arrayContaining(first.invitees.filter((i) => !i.workplaceId).map((i) => i.email)),
    );
    expect(errors(changed)).toEqual([]);
  });

  it('folds a person invited from two groups into one entry with both roles', () => {
    const vice = must(coveringInvitees().find((i) => i.roles.includes('medViceChair')));
    const state = run(
      started(),
      { kind: 'invite', invitees: [vice] },
      { kind: 'invite', invitees: inviteesForRole([vice], 'medMember', 'optional') },
    );
    expect(state.invitees).toHaveLength(1);
    expect(state.invitees[0]).toMatchObject({
      roles: ['medViceChair', 'tr', 'medMember'],
      attendance: 'required',
    });
  });

  it('shows the MED vice-chair error when he is removed or made optional, and clears it when fixed', () => {
    const covered = run(
      started(),
      { kind: 'invite', invitees: coveringInvitees() },
      { kind: 'workplaces', workplaces: workplaces(2) },
    );
    const vice = must(covered.invitees.find((i) => i.roles.includes('medViceChair')));
    expect(errors(run(covered, { kind: 'uninvite', email: vice.email.toUpperCase() }))).toContain(
      'med-vice-chair-missing',
    );
    const optional = run(covered, {
      kind: 'attendance',
      email: vice.email,
      attendance: 'optional',
    });
    expect(errors(optional)).toContain('role-only-optional');
    expect(
      errors(run(optional, { kind: 'attendance', email: vice.email, attendance: 'required' })),
    ).toEqual([]);
  });

  it('makes agenda edits, and refuses one the domain refuses with its reason', () => {
    const plan = started();
    const longer = run(plan, {
      kind: 'agenda',
      edit: { kind: 'length', blockId: 'welcome', minutes: 20 },
    });
    expect(longer.agenda[1]?.start).toBe('11:20');
    const refused = applyPlanEdit(longer, {
      kind: 'agenda',
      edit: { kind: 'length', blockId: 'welcome', minutes: 0 },
    });
    expect(refused.ok ? undefined : refused.error.code).toBe('invalid-length');
  });

  it('passes over a refused edit in a run of edits and makes the ones after it', () => {
    const plan = started();
    const edited = run(
      plan,
      { kind: 'move', start: wallTime('23:30') },
      { kind: 'details', location: { teams: false, place: 'Rådhuset' } },
    );
    expect(applyPlanEdit(plan, { kind: 'move', start: wallTime('23:30') }).ok).toBe(false);
    expect([edited.start, edited.agenda[0]?.start]).toEqual([plan.start, plan.agenda[0]?.start]);
    expect(edited.location).toEqual({ teams: false, place: 'Rådhuset' });
  });

  it('invites a person for a role, asked as the role asks, into their entry when already invited', () => {
    const vice = must(coveringInvitees().find((i) => i.roles.includes('medViceChair')));
    const newcomer = aPersonRef('Nora Ny');
    const plan = run(
      started(),
      { kind: 'invite', invitees: [vice] },
      { kind: 'inviteFor', person: newcomer, role: 'medMember' },
      {
        kind: 'inviteFor',
        person: { ...vice, email: vice.email.toUpperCase() },
        role: 'medMember',
      },
    );
    expect(plan.invitees).toEqual([
      { ...vice, roles: [...vice.roles, 'medMember'], attendance: 'required' },
      { ...newcomer, roles: ['medMember'], workplaceId: undefined, attendance: 'optional' },
    ]);
  });

  it('lets a stand-in come in someone’s place at this meeting, the role staying theirs', () => {
    const vice = must(coveringInvitees().find((i) => i.roles.includes('medViceChair')));
    const standIn = aPersonRef('Sif Stedfortræder');
    const plan = run(
      started(),
      { kind: 'invite', invitees: [vice] },
      { kind: 'standIn', email: vice.email, person: standIn },
    );
    expect(plan.invitees).toEqual([
      expect.objectContaining({
        email: standIn.email,
        roles: [],
        standsInFor: [expect.objectContaining({ email: vice.email, roles: vice.roles })],
      }),
    ]);
  });

  it('moves the meeting and changes its details', () => {
    const state = run(
      started('second'),
      { kind: 'move', date: plainDate('2027-10-31'), start: wallTime('09:00') },
      {
        kind: 'details',
        location: { teams: true, place: 'Rådhuset' },
        series: { position: 2, size: 3 },
      },
    );
    expect([state.date, state.start, state.agenda[0]?.start]).toEqual([
      '2027-10-31',
      '09:00',
      '09:00',
    ]);
    expect(state.location.place).toBe('Rådhuset');
    expect(state.series.position).toBe(2);
  });

  it('keeps the agenda of a blank programme when workplaces change', () => {
    const blank = run(started('blank'), {
      kind: 'agenda',
      edit: {
        kind: 'insert',
        index: 0,
        block: {
          id: 'x',
          kind: 'other',
          title: { da: 'Åbning', en: 'Opening' },
          minutes: 30,
          presenters: { roles: [], workplaceIds: [], people: [] },
        },
      },
    });
    const withPlaces = run(blank, { kind: 'workplaces', workplaces: workplaces(1) });
    expect(withPlaces.agenda.map((b) => b.id)).toEqual(['x']);
    expect(withPlaces.invitees).toHaveLength(3);
  });

  it('fills an empty TRIO seat by hand, and swaps the person invited for a seat', () => {
    const [a] = workplaces(1) as [PresentingWorkplace];
    const noTr = { ...a, trio: { leader: a.trio.leader, amr: a.trio.amr } };
    let state = run(
      started(),
      { kind: 'invite', invitees: coveringInvitees() },
      { kind: 'workplaces', workplaces: [noTr] },
    );
    expect(errors(state)).toContain('trio-incomplete');
    const tr = aPersonRef('Tove Tillid');
    state = run(state, { kind: 'seat', workplaceId: a.id, seat: 'tr', person: tr });
    expect(errors(state)).not.toContain('trio-incomplete');
    expect(state.presentingWorkplaces[0]?.trio.tr).toEqual(tr);
    const invited = state.invitees.find((i) => i.email === tr.email);
    expect(invited).toMatchObject({ roles: ['tr'], workplaceId: a.id, attendance: 'required' });
    const other = aPersonRef('Ole Ombyttet');
    state = run(state, { kind: 'seat', workplaceId: a.id, seat: 'tr', person: other });
    expect(state.invitees.some((i) => i.email === tr.email)).toBe(false);
    expect(state.invitees.some((i) => i.email === other.email)).toBe(true);
    const agenda = state.agenda;
    state = run(state, { kind: 'seat', workplaceId: a.id, seat: 'tr', person: undefined });
    expect(state.invitees.some((i) => i.email === other.email)).toBe(false);
    expect(state.agenda).toBe(agenda);
    expect(errors(state)).toContain('trio-incomplete');
  });

  it('adds a workplace once: adding it again leaves the plan as it is', () => {
    const [a] = workplaces(1) as [PresentingWorkplace];
    const once = run(started(), { kind: 'addWorkplace', workplace: a });
    const again = applyPlanEdit(once, { kind: 'addWorkplace', workplace: a });
    expect(again).toEqual({ ok: true, plan: once });
    expect(again.ok && again.plan).toBe(once);
  });

  it('adds a workplace once and removes it with its TRIO', () => {
    const [a, b] = workplaces(2) as [PresentingWorkplace, PresentingWorkplace];
    let state = run(
      started(),
      { kind: 'addWorkplace', workplace: a },
      { kind: 'addWorkplace', workplace: b },
      { kind: 'addWorkplace', workplace: a },
    );
    expect(state.presentingWorkplaces.map((w) => w.id)).toEqual([a.id, b.id]);
    expect(state.invitees.filter((i) => i.workplaceId === a.id)).toHaveLength(3);
    state = run(state, { kind: 'removeWorkplace', workplaceId: a.id });
    expect(state.presentingWorkplaces.map((w) => w.id)).toEqual([b.id]);
    expect(state.invitees.some((i) => i.workplaceId === a.id)).toBe(false);
  });

  it('merges a TRIO seat with the person’s other roles as workplaces are added and removed', () => {
    const [a, b, c] = workplaces(3) as [
      PresentingWorkplace,
      PresentingWorkplace,
      PresentingWorkplace,
    ];
    const tr = must(a.trio.tr);
    // The TR of workplace A also sits on the MED committee, invited with it first.
    let state = run(started(), {
      kind: 'invite',
      invitees: inviteesForRole([tr], 'medMember', 'optional'),
    });
    const rolesOfTr = () => state.invitees.find((i) => i.email === tr.email)?.roles;
    state = run(state, { kind: 'addWorkplace', workplace: a });
    expect(rolesOfTr()).toEqual(['tr', 'medMember']);
    state = run(state, { kind: 'addWorkplace', workplace: b });
    expect(rolesOfTr()).toEqual(['tr', 'medMember']);
    state = run(state, { kind: 'workplaces', workplaces: [a, c] });
    expect(rolesOfTr()).toEqual(['tr', 'medMember']);
    expect(state.invitees.filter((i) => i.email === tr.email)).toHaveLength(1);
    state = run(state, { kind: 'removeWorkplace', workplaceId: a.id });
    expect(state.invitees.find((i) => i.email === tr.email)).toMatchObject({
      roles: ['medMember'],
      workplaceId: undefined,
      attendance: 'optional',
    });
  });

  it('keeps the roles of a MED member chosen by hand for a TRIO seat when workplaces change', () => {
    const [a, b] = workplaces(2) as [PresentingWorkplace, PresentingWorkplace];
    const member = aPersonRef('Mia Medlem');
    let state = run(
      started('blank'),
      { kind: 'invite', invitees: inviteesForRole([member], 'medMember', 'optional') },
      { kind: 'addWorkplace', workplace: { ...a, trio: { leader: a.trio.leader } } },
      { kind: 'seat', workplaceId: a.id, seat: 'amr', person: member },
    );
    expect(state.invitees.find((i) => i.email === member.email)).toMatchObject({
      roles: ['medMember', 'amr'],
      workplaceId: a.id,
      attendance: 'required',
    });
    state = run(state, { kind: 'addWorkplace', workplace: b });
    expect(state.invitees.find((i) => i.email === member.email)?.roles).toEqual([
      'amr',
      'medMember',
    ]);
  });
});

describe('the bounds of a stored plan, kept by the edits', () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => aPersonRef(`p${i}`));

  it('refuses a title past Outlook’s 255-character subject, and takes one of 255', () => {
    const plan = started();
    const long = applyPlanEdit(plan, {
      kind: 'details',
      title: { da: 'x'.repeat(256), en: plan.title.en },
    });
    expect(long).toMatchObject({ ok: false, error: { code: 'title-too-long' } });
    if (!long.ok)
      expect(long.error.message.da).toBe(
        'Titlen kan højst være 255 tegn, så lang som emnefeltet i Outlook. Forkort den.',
      );
    expect(
      applyPlanEdit(plan, { kind: 'details', title: { da: 'x'.repeat(255), en: 'x' } }).ok,
    ).toBe(true);
  });

  it('refuses a MED committee of 201 members and a block of 501 named presenters', () => {
    const plan = started();
    expect(
      applyPlanEdit(plan, {
        kind: 'details',
        medCommittee: { name: 'H-MED', members: people(201) },
      }),
    ).toMatchObject({ ok: false, error: { code: 'committee-too-large' } });
    expect(
      applyPlanEdit(plan, {
        kind: 'details',
        medCommittee: { name: 'H-MED', members: people(200) },
      }).ok,
    ).toBe(true);
    const block = plan.agenda[0];
    if (!block) throw new Error('no block');
    const crowd = (n: number): PlanEdit => ({
      kind: 'agenda',
      edit: {
        kind: 'update',
        blockId: block.id,
        changes: { presenters: { ...block.presenters, people: people(n) } },
      },
    });
    expect(applyPlanEdit(plan, crowd(501))).toMatchObject({
      ok: false,
      error: { code: 'too-many-presenters' },
    });
    expect(applyPlanEdit(plan, crowd(500)).ok).toBe(true);
  });
});

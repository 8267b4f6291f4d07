import { describe, expect, it } from 'vitest';
import { inviteesForRole, type PresentingWorkplace, validatePlan } from '../domain';
import {
  aPersonRef,
  coveringInvitees,
  TEST_CLOCK,
  workplaces,
} from '../domain/testBuilders.testSupport';
import { type PlannerAction, type PlannerState, plannerReducer, startPlanner } from './planner';
import { plainDate, wallTime } from '../domain';

function run(state: PlannerState, ...actions: PlannerAction[]): PlannerState {
  return actions.reduce(plannerReducer, state);
}
function started(programme: 'first' | 'second' | 'blank' = 'first'): PlannerState {
  const state = startPlanner(programme, { id: 'p', date: plainDate('2027-03-11'), seriesSize: 3 });
  if (!state) throw new Error('did not start');
  return state;
}
/** The value, or a failed test when there is none. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test data');
  return value;
}
const errors = (s: PlannerState) =>
  validatePlan(s.plan, TEST_CLOCK)
    .filter((f) => f.severity === 'error')
    .map((f) => f.code);

describe('the planner', () => {
  it('starts from a programme with no workplaces yet, and says what is missing', () => {
    const state = started();
    expect(state.plan.agenda.filter((b) => b.kind === 'workplacePresentation')).toEqual([]);
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
      { type: 'invite', invitees: coveringInvitees() },
      { type: 'workplaces', workplaces: [a, b] },
    );
    expect(errors(first)).toEqual([]);
    expect(first.plan.agenda.filter((x) => x.kind === 'workplacePresentation')).toHaveLength(2);
    const changed = plannerReducer(first, { type: 'workplaces', workplaces: [a, c] });
    expect(changed.plan.presentingWorkplaces.map((w) => w.name)).toEqual([a.name, c.name]);
    const emails = changed.plan.invitees.map((i) => i.email);
    expect(emails).not.toContain(b.trio.tr?.email);
    expect(emails).toContain(c.trio.tr?.email);
    expect(emails).toEqual(
      expect.arrayContaining(first.plan.invitees.filter((i) => !i.workplaceId).map((i) => i.email)),
    );
    expect(errors(changed)).toEqual([]);
  });

  it('folds a person invited from two groups into one entry with both roles', () => {
    const vice = must(coveringInvitees().find((i) => i.roles.includes('medViceChair')));
    const state = run(
      started(),
      { type: 'invite', invitees: [vice] },
      { type: 'invite', invitees: inviteesForRole([vice], 'medMember', 'optional') },
    );
    expect(state.plan.invitees).toHaveLength(1);
    expect(state.plan.invitees[0]).toMatchObject({
      roles: ['medViceChair', 'tr', 'medMember'],
      attendance: 'required',
    });
  });

  it('shows the MED vice-chair error when he is removed or made optional, and clears it when fixed', () => {
    const covered = run(
      started(),
      { type: 'invite', invitees: coveringInvitees() },
      { type: 'workplaces', workplaces: workplaces(2) },
    );
    const vice = must(covered.plan.invitees.find((i) => i.roles.includes('medViceChair')));
    expect(
      errors(plannerReducer(covered, { type: 'uninvite', email: vice.email.toUpperCase() })),
    ).toContain('med-vice-chair-missing');
    const optional = plannerReducer(covered, {
      type: 'attendance',
      email: vice.email,
      attendance: 'optional',
    });
    expect(errors(optional)).toContain('role-only-optional');
    expect(
      errors(
        plannerReducer(optional, { type: 'attendance', email: vice.email, attendance: 'required' }),
      ),
    ).toEqual([]);
  });

  it('passes agenda edits to the domain and keeps a refused edit’s reason without changing the plan', () => {
    const state = started();
    const longer = plannerReducer(state, {
      type: 'agenda',
      edit: { kind: 'length', blockId: 'welcome', minutes: 20 },
    });
    expect(longer.plan.agenda[1]?.start).toBe('11:20');
    const refused = plannerReducer(longer, {
      type: 'agenda',
      edit: { kind: 'length', blockId: 'welcome', minutes: 0 },
    });
    expect(refused.plan).toBe(longer.plan);
    expect(refused.refused?.code).toBe('invalid-length');
    expect(
      plannerReducer(refused, { type: 'move', start: wallTime('09:00') }).refused,
    ).toBeUndefined();
  });

  it('moves the meeting and changes its details', () => {
    const state = run(
      started('second'),
      { type: 'move', date: plainDate('2027-10-31'), start: wallTime('09:00') },
      {
        type: 'details',
        location: { teams: true, place: 'Rådhuset' },
        series: { position: 2, size: 3 },
      },
    );
    expect([state.plan.date, state.plan.start, state.plan.agenda[0]?.start]).toEqual([
      '2027-10-31',
      '09:00',
      '09:00',
    ]);
    expect(state.plan.location.place).toBe('Rådhuset');
    expect(state.plan.series.position).toBe(2);
  });

  it('keeps the agenda of a blank programme when workplaces change', () => {
    const blank = run(started('blank'), {
      type: 'agenda',
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
    const withPlaces = plannerReducer(blank, { type: 'workplaces', workplaces: workplaces(1) });
    expect(withPlaces.plan.agenda.map((b) => b.id)).toEqual(['x']);
    expect(withPlaces.plan.invitees).toHaveLength(3);
  });

  it('fills an empty TRIO seat by hand, and swaps the person invited for a seat', () => {
    const [a] = workplaces(1) as [PresentingWorkplace];
    const noTr = { ...a, trio: { leader: a.trio.leader, amr: a.trio.amr } };
    let state = run(
      started(),
      { type: 'invite', invitees: coveringInvitees() },
      { type: 'workplaces', workplaces: [noTr] },
    );
    expect(errors(state)).toContain('trio-incomplete');
    const tr = aPersonRef('Tove Tillid');
    state = run(state, { type: 'seat', workplaceId: a.id, seat: 'tr', person: tr });
    expect(errors(state)).not.toContain('trio-incomplete');
    expect(state.plan.presentingWorkplaces[0]?.trio.tr).toEqual(tr);
    const invited = state.plan.invitees.find((i) => i.email === tr.email);
    expect(invited).toMatchObject({ roles: ['tr'], workplaceId: a.id, attendance: 'required' });
    const other = aPersonRef('Ole Ombyttet');
    state = run(state, { type: 'seat', workplaceId: a.id, seat: 'tr', person: other });
    expect(state.plan.invitees.some((i) => i.email === tr.email)).toBe(false);
    expect(state.plan.invitees.some((i) => i.email === other.email)).toBe(true);
    const agenda = state.plan.agenda;
    state = run(state, { type: 'seat', workplaceId: a.id, seat: 'tr', person: undefined });
    expect(state.plan.invitees.some((i) => i.email === other.email)).toBe(false);
    expect(state.plan.agenda).toBe(agenda);
    expect(errors(state)).toContain('trio-incomplete');
  });

  it('adds a workplace once and removes it with its TRIO', () => {
    const [a, b] = workplaces(2) as [PresentingWorkplace, PresentingWorkplace];
    let state = run(
      started(),
      { type: 'addWorkplace', workplace: a },
      { type: 'addWorkplace', workplace: b },
      { type: 'addWorkplace', workplace: a },
    );
    expect(state.plan.presentingWorkplaces.map((w) => w.id)).toEqual([a.id, b.id]);
    expect(state.plan.invitees.filter((i) => i.workplaceId === a.id)).toHaveLength(3);
    state = run(state, { type: 'removeWorkplace', workplaceId: a.id });
    expect(state.plan.presentingWorkplaces.map((w) => w.id)).toEqual([b.id]);
    expect(state.plan.invitees.some((i) => i.workplaceId === a.id)).toBe(false);
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
      type: 'invite',
      invitees: inviteesForRole([tr], 'medMember', 'optional'),
    });
    const rolesOfTr = () => state.plan.invitees.find((i) => i.email === tr.email)?.roles;
    state = run(state, { type: 'addWorkplace', workplace: a });
    expect(rolesOfTr()).toEqual(['tr', 'medMember']);
    state = run(state, { type: 'addWorkplace', workplace: b });
    expect(rolesOfTr()).toEqual(['tr', 'medMember']);
    state = run(state, { type: 'workplaces', workplaces: [a, c] });
    expect(rolesOfTr()).toEqual(['tr', 'medMember']);
    expect(state.plan.invitees.filter((i) => i.email === tr.email)).toHaveLength(1);
    state = run(state, { type: 'removeWorkplace', workplaceId: a.id });
    expect(state.plan.invitees.find((i) => i.email === tr.email)).toMatchObject({
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
      { type: 'invite', invitees: inviteesForRole([member], 'medMember', 'optional') },
      { type: 'addWorkplace', workplace: { ...a, trio: { leader: a.trio.leader } } },
      { type: 'seat', workplaceId: a.id, seat: 'amr', person: member },
    );
    expect(state.plan.invitees.find((i) => i.email === member.email)).toMatchObject({
      roles: ['medMember', 'amr'],
      workplaceId: a.id,
      attendance: 'required',
    });
    state = run(state, { type: 'addWorkplace', workplace: b });
    expect(state.plan.invitees.find((i) => i.email === member.email)?.roles).toEqual([
      'amr',
      'medMember',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { PresentingWorkplace } from '../domain';
import { aCoveredPlan, aPersonRef, workplaces } from '../domain/testBuilders.testSupport';
import { type PlannerAction, type PlannerState, plannerReducer, startPlanner } from './planner';
import { plainDate, wallTime } from '../domain';

function run(state: PlannerState, ...actions: PlannerAction[]): PlannerState {
  return actions.reduce(plannerReducer, state);
}
function started(): PlannerState {
  const state = startPlanner('first', { id: 'p', date: plainDate('2027-03-11'), seriesSize: 3 });
  if (!state) throw new Error('did not start');
  return state;
}

describe('the planner', () => {
  it('starts from a programme with no workplaces yet, and refuses a start it cannot lay out', () => {
    const state = started();
    expect(state.plan.presentingWorkplaces).toEqual([]);
    expect(state.plan.agenda.filter((b) => b.kind === 'workplacePresentation')).toEqual([]);
    expect(
      startPlanner('first', { id: 'p', date: plainDate('2027-03-11'), start: wallTime('23:30') }),
    ).toBeUndefined();
  });

  it('keeps a refused edit’s reason without changing the plan, until the next edit', () => {
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

  it('hands every edit to the domain with its fields', () => {
    const [a] = workplaces(1) as [PresentingWorkplace];
    const tr = aPersonRef('Tove Tillid');
    const state = run(
      started(),
      { type: 'addWorkplace', workplace: { ...a, trio: { leader: a.trio.leader } } },
      { type: 'seat', workplaceId: a.id, seat: 'tr', person: tr },
      { type: 'inviteFor', person: aPersonRef('Mie Medlem'), role: 'medMember' },
      { type: 'details', location: { teams: false, place: 'Rådhuset' } },
    );
    expect(state.plan.presentingWorkplaces[0]?.trio.tr).toEqual(tr);
    expect(state.plan.invitees.map((i) => [i.name, i.roles])).toEqual(
      expect.arrayContaining([
        ['Tove Tillid', ['tr']],
        ['Mie Medlem', ['medMember']],
      ]),
    );
    expect(state.plan.location.place).toBe('Rådhuset');
  });

  it('restores a saved draft as it was', () => {
    const saved = aCoveredPlan();
    expect(plannerReducer(started(), { type: 'restore', plan: saved }).plan).toBe(saved);
  });
});

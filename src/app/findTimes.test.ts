import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SLOT_SEARCH } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { networkMeetingGraph } from '../graph';
import { findTimes, findTimesFor, searchEnd } from './findTimes';
import { plainDate } from '../domain';

let harness: EmulatorHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe('finding times on the demo tenant', () => {
  it('reads everyone’s free/busy in one round trip and ranks the seeded calendars', async () => {
    const graph = networkMeetingGraph(harness.client('organiser'));
    const plan = demoPlan(harness.emulator.core.tenant, { workplaces: 2 });
    const before = harness.emulator.requests.length;
    const from = plainDate('2027-03-01');
    const slots = await findTimes(graph, plan, {
      ...DEFAULT_SLOT_SEARCH,
      from,
      to: searchEnd(from, 6),
    });
    const requests = harness.emulator.requests.slice(before);
    expect(requests.map((r) => r.path)).toEqual(['/$batch']);
    expect(slots).toHaveLength(DEFAULT_SLOT_SEARCH.limit);
    expect(slots[0]?.allMustHavesFree).toBe(true);
    // The seeded calendars are busy somewhere: someone is named as unable to come.
    expect(slots.some((s) => s.notes.some((n) => n.code === 'othersBusy'))).toBe(true);
    expect(slots.every((s) => s.date >= from && s.date <= '2027-04-11')).toBe(true);
    // Easter 2027: skærtorsdag to 2. påskedag are never offered.
    expect(slots.some((s) => s.date >= '2027-03-25' && s.date <= '2027-03-29')).toBe(false);
  });

  it('gives the end date of a search of whole weeks', () => {
    expect(searchEnd(plainDate('2027-03-01'), 6)).toBe('2027-04-11');
  });
});

describe('the plan’s own time', () => {
  it('is judged first, in the same round trip, and not offered again among the others', async () => {
    const graph = networkMeetingGraph(harness.client('organiser'));
    const plan = demoPlan(harness.emulator.core.tenant, { workplaces: 2, date: '2027-03-11' });
    const before = harness.emulator.requests.length;
    const from = plainDate('2027-03-08');
    const found = await findTimesFor(graph, plan, {
      ...DEFAULT_SLOT_SEARCH,
      from,
      to: searchEnd(from, 2),
    });
    expect(harness.emulator.requests.slice(before).map((r) => r.path)).toEqual(['/$batch']);
    expect(found.own?.slot.date).toBe('2027-03-11');
    expect(found.own?.slot.start).toBe(plan.start);
    expect(found.own?.dayOff).toBe(false);
    expect(found.own?.slot.notes.length).toBeGreaterThan(0);
    expect(found.slots.some((s) => s.date === plan.date && s.start === plan.start)).toBe(false);
  });

  it('is read on its own day when it lies outside the weeks searched, and a holiday is said', async () => {
    const graph = networkMeetingGraph(harness.client('organiser'));
    // Skærtorsdag 2027.
    const plan = demoPlan(harness.emulator.core.tenant, { workplaces: 2, date: '2027-03-25' });
    const before = harness.emulator.requests.length;
    const from = plainDate('2027-04-05');
    const found = await findTimesFor(graph, plan, {
      ...DEFAULT_SLOT_SEARCH,
      from,
      to: searchEnd(from, 1),
    });
    expect(harness.emulator.requests.slice(before).map((r) => r.path)).toEqual([
      '/$batch',
      '/$batch',
    ]);
    expect(found.own?.slot.date).toBe('2027-03-25');
    expect(found.own?.dayOff).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SLOT_SEARCH } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { networkMeetingGraph } from '../graph';
import { findTimes, searchEnd } from './findTimes';
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

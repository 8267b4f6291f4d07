import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SLOT_SEARCH } from '../domain';
import { demoPlan } from '../emulator/demoPlan';
import { type EmulatorHarness, startHarness } from '../emulator/testing';
import { networkMeetingGraph } from '../graph';
import { findTimes, searchEnd } from './findTimes';

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
    const from = '2027-03-01';
    const slots = await findTimes(graph, plan, {
      ...DEFAULT_SLOT_SEARCH,
      from,
      to: searchEnd(from, 6),
    });
    const requests = harness.emulator.requests.slice(before);
    expect(requests.map((r) => r.path)).toEqual(['/$batch']);
    expect(slots.length).toBe(30 * 11);
    expect(slots[0]?.allMustHavesFree).toBe(true);
    // The seeded calendars are busy somewhere: not every slot is free for everyone.
    expect(slots.some((s) => !s.allMustHavesFree || s.othersFree < s.others)).toBe(true);
    expect(slots.every((s) => s.date >= from && s.date <= '2027-04-11')).toBe(true);
  });

  it('gives the end date of a search of whole weeks', () => {
    expect(searchEnd('2027-03-01', 6)).toBe('2027-04-11');
  });
});

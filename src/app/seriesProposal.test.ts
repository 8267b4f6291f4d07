import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainDate, validatePlan, wallTime } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { networkMeetingGraph } from '../graph';
import { nextInSeries, withProposedDate } from './series';

let harness: EmulatorHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe('the date proposed for the effort’s next meeting', () => {
  it('is the first day find-a-time offers from ten weeks after the last meeting', async () => {
    const graph = networkMeetingGraph(harness.client('organiser'));
    // The issue: meeting 1 on Monday 25 January 2027; meetings 2 and 3 were proposed for 4 January.
    const first = { ...demoPlan(harness.emulator.core.tenant, { workplaces: 2 }), id: 'm1' };
    const earlier = { ...first, date: plainDate('2027-01-25'), series: { position: 1, size: 3 } };
    const next = nextInSeries(earlier, { id: 'm2', date: plainDate('2026-12-01') });
    if (!next) throw new Error('no next');
    const before = harness.emulator.requests.length;
    const proposed = await withProposedDate(graph, next, earlier);
    expect(harness.emulator.requests.slice(before).map((r) => r.path)).toEqual(['/$batch']);
    // Ten weeks after 25 January is Monday 5 April 2027 (2. påskedag is 29 March).
    expect(proposed.date >= '2027-04-05').toBe(true);
    expect(proposed.date <= '2027-04-16').toBe(true);
    const codes = validatePlan(proposed, { today: plainDate('2026-12-01'), now: wallTime('09:00') })
      .filter((f) => f.severity === 'error')
      .map((f) => f.code);
    expect(codes).not.toContain('series-date-order');
    expect(codes).not.toContain('date-day-off');
  });

  it('falls back to the first open weekday from then when the calendars cannot be read', async () => {
    const graph = networkMeetingGraph(harness.client('organiser'));
    const first = { ...demoPlan(harness.emulator.core.tenant, { workplaces: 1 }), id: 'm1' };
    // Ten weeks after Friday 15 October 2027 is Friday 24 December: Christmas to New Year, a
    // weekend, then Monday 3 January 2028.
    const earlier = { ...first, date: plainDate('2027-10-15'), series: { position: 1, size: 2 } };
    const next = nextInSeries(earlier, { id: 'm2', date: plainDate('2027-10-20') });
    if (!next) throw new Error('no next');
    harness.emulator.faults.set([{ path: '\\$batch', method: 'POST', status: 400 }]);
    try {
      const proposed = await withProposedDate(graph, next, earlier);
      expect(proposed.date).toBe('2028-01-03');
      expect(proposed.start).toBe(next.start);
    } finally {
      harness.emulator.faults.clear();
    }
  });
});

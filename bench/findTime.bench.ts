import { Bench } from 'tinybench';
import { findTimes, searchEnd } from '../src/app/findTimes';
import {
  type Availability,
  DayClock,
  DEFAULT_SLOT_SEARCH,
  type Invitee,
  peopleToCheck,
  rankSlots,
  SECOND_PROGRAMME,
} from '../src/domain';
import { demoPlan } from '../src/emulator/demoPlan.testSupport';
import { startHarness } from '../src/emulator/harness.testSupport';
import { getAvailability } from '../src/graph/schedule';
import { networkMeetingGraph } from '../src/graph/networkMeetingGraph';
import type { BenchRow } from './graph.bench';
import { RoundTripCounter } from './roundTrips';
import { plainDate, wallTime } from '../src/domain';

const PEOPLE = 60;

/**
 * Find a time for a 2nd-programme meeting with six workplaces and 60 invitees over six weeks,
 * through the real client against the emulator: round trips and requests of ours beside reading
 * each group of 20 in turn, and the ranking's time beside a JSON round trip of its input.
 */
export async function findTimeBench(): Promise<BenchRow[]> {
  const h = await startHarness();
  try {
    const tenant = h.emulator.core.tenant;
    const base = demoPlan(tenant, { programme: SECOND_PROGRAMME, workplaces: 6 });
    const known = new Set(base.invitees.map((i) => i.email.toLowerCase()));
    const extra: Invitee[] = tenant.users
      .filter((u) => u.jobTitle === 'Medarbejder' && !known.has(u.mail.toLowerCase()))
      .slice(0, Math.max(0, PEOPLE - peopleToCheck(base).length))
      .map((u) => ({
        id: u.id,
        name: u.displayName,
        email: u.mail,
        roles: ['employee'],
        attendance: 'optional',
      }));
    const plan = { ...base, invitees: [...base.invitees, ...extra] };
    const people = peopleToCheck(plan);
    if (people.length !== PEOPLE) throw new Error(`${people.length} people, not ${PEOPLE}`);
    const from = plainDate('2027-03-01');
    const search = { ...DEFAULT_SLOT_SEARCH, from, to: searchEnd(from, 6) };

    const ours = new RoundTripCounter();
    const slots = await findTimes(
      networkMeetingGraph(h.client('organiser', { fetch: ours.fetch })),
      plan,
      search,
    );
    if (slots.length === 0) throw new Error('no slots');

    // Baseline: one getSchedule call of 20 after another, as a loop over the people would.
    const naive = new RoundTripCounter();
    const naiveClient = h.client('organiser', { fetch: naive.fetch });
    const range = {
      start: new Date(new DayClock(from).instant(wallTime('00:00'))).toISOString(),
      end: new Date(new DayClock(plainDate('2027-04-12')).instant(wallTime('00:00'))).toISOString(),
    };
    const availability: Availability[] = [];
    for (let i = 0; i < people.length; i += 20) {
      availability.push(...(await getAvailability(naiveClient, people.slice(i, i + 20), range)));
    }

    const bench = new Bench({ time: 1_000, warmupTime: 200 });
    bench
      .add('rank', () => void rankSlots(plan, availability, search))
      .add('yardstick', () => void JSON.parse(JSON.stringify(availability)));
    await bench.run();
    const median = (name: string) => {
      const result = bench.getTask(name)?.result;
      if (!result || !('latency' in result)) throw new Error(`no result for ${name}`);
      return result.latency.p50 ?? Number.NaN;
    };
    const rank = median('rank');
    const yardstick = median('yardstick');
    return [
      {
        name: `Find a time: ${PEOPLE} people, six weeks (${slots.length} slots offered)`,
        value: `${ours.maxDepth} round trips, ${ours.requests} requests`,
        note: `target ≤ 2 round trips: ${ours.maxDepth <= 2 ? 'met' : 'MISSED'}`,
      },
      {
        name: '  same free/busy, one getSchedule of 20 after another (baseline)',
        value: `${naive.maxDepth} round trips, ${naive.requests} requests`,
        note: `ours is ${(ours.maxDepth / naive.maxDepth).toFixed(2)}× the baseline's round trips`,
      },
      {
        name: `rankSlots (${PEOPLE} people, every half hour of six weeks, ${slots.length} offered)`,
        value: `${rank.toFixed(3)} ms`,
        note: `${(rank / yardstick).toFixed(2)}× yardstick`,
      },
      {
        name: '  yardstick: JSON round trip of the free/busy it ranks',
        value: `${yardstick.toFixed(3)} ms`,
        note: '1.00× yardstick',
      },
    ];
  } finally {
    await h.close();
  }
}

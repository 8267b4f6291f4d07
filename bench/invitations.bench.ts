import { bookPlan, invitationsFor, listInvitedMeetings } from '../src/app/meetings';
import { planRefIn } from '../src/domain';
import { seedBusyCalendar } from '../src/emulator/busyCalendar';
import { demoPlan } from '../src/emulator/demoPlan.testSupport';
import { startHarness } from '../src/emulator/harness.testSupport';
import { EVENT_SELECT } from '../src/graph/eventMapping';
import { eventsStartingIn } from '../src/graph/events';
import { networkMeetingGraph } from '../src/graph/networkMeetingGraph';
import type { BenchRow } from './graph.bench';
import { RoundTripCounter } from './roundTrips';

const EVENTS = 2000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The network meetings the director is invited to in the window, one every quarter or so. */
const MEETING_DATES = ['2026-09-10', '2026-12-03', '2027-03-11', '2027-06-10', '2027-09-09'];

/**
 * The attendee's start screen on a full calendar: a director with 2,000 events in the window the
 * app reads (half a year back, a year ahead), five of them network meetings. The app's listing
 * beside the way it read before, every event with its body, 25 to a page, both through the real
 * client over HTTP against the emulator.
 */
export async function invitationsBench(): Promise<BenchRow[]> {
  const h = await startHarness();
  try {
    const core = h.emulator.core;
    const now = Date.parse('2027-03-01T12:00:00Z');
    const range = {
      start: new Date(now - 183 * DAY_MS).toISOString(),
      end: new Date(now + 365 * DAY_MS).toISOString(),
    };
    const organiser = networkMeetingGraph(h.client('organiser'));
    for (const [i, date] of MEETING_DATES.entries())
      await bookPlan(organiser, demoPlan(core.tenant, { id: `bench-${i}`, date }), 'da');
    const director = h.address('director');
    const already = await eventsStartingIn(h.client('director'), range, {
      select: 'subject',
      pageSize: 1000,
    });
    seedBusyCalendar(core, director, EVENTS - already.length, range);

    const ours = new RoundTripCounter();
    const found = invitationsFor(
      await listInvitedMeetings(
        networkMeetingGraph(h.client('director', { fetch: ours.fetch })),
        range,
      ),
      { email: director, name: '' },
    );

    const every = new RoundTripCounter();
    const all = await eventsStartingIn(h.client('director', { fetch: every.fetch }), range, {
      select: `${EVENT_SELECT},body`,
      pageSize: 25,
    });
    if (all.length !== EVENTS) throw new Error(`${all.length} events, not ${EVENTS}`);
    const baseline = all.filter((e) => !e.isOrganizer && planRefIn(e.body?.content ?? ''));
    if (found.length !== MEETING_DATES.length || baseline.length !== found.length)
      throw new Error(`found ${found.length}, reading every body ${baseline.length}`);

    const kib = (n: number) => `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KiB`;
    const bodyBytes = all.reduce((sum, e) => sum + Buffer.byteLength(e.body?.content ?? ''), 0);
    const share = ours.bytes / every.bytes;
    const tripsMet = ours.maxDepth <= 3;
    const bytesMet = share <= 0.1;
    return [
      {
        name: `Attendee's invitations in ${EVENTS.toLocaleString('en')} events (18 months, ${found.length} found)`,
        value: `${ours.maxDepth} round trips, ${kib(ours.bytes)} of JSON`,
        note:
          `target ≤ 3 round trips: ${tripsMet ? 'met' : 'MISSED'}; ` +
          `${(share * 100).toFixed(1)} % of the baseline's bytes, target ≤ 10 %: ${bytesMet ? 'met' : 'MISSED'}`,
      },
      {
        name: '  same listing, every event with its body, 25 a page (baseline)',
        value: `${every.maxDepth} round trips, ${kib(every.bytes)}`,
        note:
          `${ours.requests} requests against ${every.requests}; bodies ${kib(bodyBytes / all.length)} on average; ` +
          `gzipped ${kib(ours.gzipBytes)} against ${kib(every.gzipBytes)} (${((ours.gzipBytes / every.gzipBytes) * 100).toFixed(1)} %)`,
      },
    ];
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await invitationsBench()) console.log(`${row.name}  ${row.value}  ${row.note}`);
}

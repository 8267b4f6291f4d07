import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainDate } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { type NetworkMeetingGraph, networkMeetingGraph } from '../graph';
import { meetingOfRequest } from './meetingRequest';
import { bookPlan, listInvitedMeetings, savePlan } from './meetings';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const NOW = new Date('2027-04-01T08:00:00Z');

/** The chair's Graph, counting the listings it is asked for. */
function chairGraph(): { graph: NetworkMeetingGraph; listings: number[] } {
  const inner = networkMeetingGraph(h.client('medChair'));
  const listings: number[] = [];
  return {
    listings,
    graph: {
      ...inner,
      listInvitedMeetings: (range, test) => {
        listings.push(Date.parse(range.end) - Date.parse(range.start));
        return inner.listInvitedMeetings(range, test);
      },
    },
  };
}

/** The request as it reached the chair's inbox: the meeting's start and the organiser's body. */
async function requestFor(date: string) {
  const day = { start: `${date}T00:00:00Z`, end: `${date}T23:59:59Z` };
  const [copy] = await listInvitedMeetings(networkMeetingGraph(h.client('medChair')), day);
  if (!copy) throw new Error('no copy in the chair’s calendar');
  const start = new Date(`${copy.start}+02:00`);
  return { copy, request: { start, html: copy.html } };
}

describe('the meeting a request in the inbox is about', () => {
  it('is the copy in the calendar starting when the request says, with the same plan', async () => {
    const plan = demoPlan(h.emulator.core.tenant, { id: 'request-1', date: '2027-04-15' });
    await bookPlan(networkMeetingGraph(h.client('organiser')), plan, 'da');
    const { copy, request } = await requestFor('2027-04-15');
    const chair = chairGraph();
    const found = await meetingOfRequest(chair.graph, request, NOW);
    expect(found).toMatchObject({ kind: 'found', meeting: { eventId: copy.eventId } });
    // One listing of the two minutes around its start: no long search.
    expect(chair.listings).toEqual([2 * 60_000]);
  });

  it('is found again after the organiser moved the meeting, by its plan', async () => {
    const plan = demoPlan(h.emulator.core.tenant, { id: 'request-2', date: '2027-04-20' });
    const organiser = networkMeetingGraph(h.client('organiser'));
    const booked = await bookPlan(organiser, plan, 'da');
    const { request } = await requestFor('2027-04-20');
    await savePlan(organiser, booked, { ...plan, date: plainDate('2027-04-27') }, 'da');
    const chair = chairGraph();
    const found = await meetingOfRequest(chair.graph, request, NOW);
    if (found.kind !== 'found') throw new Error(`not found: ${found.kind}`);
    expect(found.meeting.start.startsWith('2027-04-27')).toBe(true);
    expect(chair.listings).toHaveLength(2);
  });

  it('is not in the calendar once declined, and no meeting at all for an ordinary request', async () => {
    const plan = demoPlan(h.emulator.core.tenant, { id: 'request-3', date: '2027-05-04' });
    await bookPlan(networkMeetingGraph(h.client('organiser')), plan, 'da');
    const { copy, request } = await requestFor('2027-05-04');
    await networkMeetingGraph(h.client('medChair')).answerInvitation(copy.eventId, 'decline', '');
    expect(await meetingOfRequest(chairGraph().graph, request, NOW)).toEqual({
      kind: 'notInCalendar',
      planId: plan.id,
    });
    const ordinary = chairGraph();
    expect(
      await meetingOfRequest(ordinary.graph, { start: request.start, html: '<p>Frokost</p>' }, NOW),
    ).toEqual({ kind: 'other' });
    // Nothing to look for: Graph is not asked.
    expect(ordinary.listings).toEqual([]);
  });
});

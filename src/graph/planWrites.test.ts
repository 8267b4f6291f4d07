import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bookPlan, listBookedMeetings, openMeeting, savePlan } from '../app/meetings';
import { type BookedMeeting, moveMeeting, wallTime } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { networkMeetingGraph } from './networkMeetingGraph';

let h: EmulatorHarness;
let planCount = 0;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.emulator.faults.clear());

const graph = () => networkMeetingGraph(h.client('organiser'));
const WEEK = { start: '2027-03-08T00:00:00Z', end: '2027-03-15T00:00:00Z' };

async function booked(): Promise<BookedMeeting> {
  const plan = demoPlan(h.emulator.core.tenant, { id: `writes-${(planCount += 1)}` });
  return bookPlan(graph(), plan, 'da');
}

function movedTo(meeting: BookedMeeting, start: string) {
  const moved = moveMeeting(meeting.plan, { start: wallTime(start) });
  if (!moved.ok) throw new Error(moved.error.message.en);
  return moved.plan;
}

async function reopened(eventId: string): Promise<BookedMeeting> {
  const result = await openMeeting(graph(), eventId);
  if (!result.ok) throw new Error('unreadable');
  return result.meeting;
}

/** The extension as the emulator stores it, pending fields included. */
function storedExtension(eventId: string): Record<string, unknown> | undefined {
  const event = Object.values(h.emulator.core.state.mailboxes)
    .flatMap((box) => box.events)
    .find((e) => e.id === eventId);
  return event?.extensions['dk.netvaerksmoeder.plan'];
}

describe('the event and its plan stay one', () => {
  it('reads the saved plan back when the plan’s write after the event’s failed, and says it is saved', async () => {
    const meeting = await booked();
    // Let the pending write through, fail the plan's write after the event's PATCH.
    h.emulator.faults.set([{ method: 'PATCH', path: '/extensions/', after: 1, status: 500 }]);
    // The event carries the save's mark: the save stands, and is not reported as failed.
    const first = await savePlan(graph(), meeting, movedTo(meeting, '12:00'), 'da');
    expect(first.meeting.start).toBe('2027-03-11T12:00:00');
    expect(storedExtension(meeting.eventId)).toHaveProperty('pendingPlan');

    const read = await reopened(meeting.eventId);
    expect(read.start).toBe('2027-03-11T12:00:00');
    expect(read.plan.start).toBe('12:00');
    expect(read.plan.revision).toBe(1);
    const listed = (await listBookedMeetings(graph(), WEEK)).find(
      (m) => m.eventId === meeting.eventId,
    );
    expect(listed?.plan.start).toBe('12:00');

    // The next save starts from the plan read, and leaves nothing pending.
    const saved = await savePlan(graph(), read, movedTo(read, '13:00'), 'da');
    expect(saved.meeting.plan).toMatchObject({ start: '13:00', revision: 2 });
    expect(storedExtension(meeting.eventId)).not.toHaveProperty('pendingPlan');
    expect((await reopened(meeting.eventId)).plan.start).toBe('13:00');
  });

  it('keeps the plan that was when the event’s own write failed', async () => {
    const meeting = await booked();
    h.emulator.faults.set([{ method: 'PATCH', path: '^/me/events/[^/]+$', status: 500 }]);
    const failed = await savePlan(graph(), meeting, movedTo(meeting, '12:00'), 'da').catch(
      (e: unknown) => e,
    );
    expect(failed).toMatchObject({ status: 500 });
    expect(storedExtension(meeting.eventId)).toHaveProperty('pendingPlan');

    const read = await reopened(meeting.eventId);
    expect(read.start).toBe(meeting.start);
    expect(read.plan.start).toBe(meeting.plan.start);
    expect(read.plan.revision ?? 0).toBe(0);
    // Saved again from what was read, the change lands whole.
    const saved = await savePlan(graph(), read, movedTo(read, '12:00'), 'da');
    expect(saved.meeting.start).toBe('2027-03-11T12:00:00');
    expect((await reopened(meeting.eventId)).plan.start).toBe('12:00');
  });

  it('opens a meeting in one round trip with its plan mark; a listing reads marks only of pending plans', async () => {
    const meeting = await booked();
    const seen: string[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    const spied = networkMeetingGraph(h.client('organiser', { fetch: spy }));
    await openMeeting(spied, meeting.eventId);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/\/\$batch$/);
    seen.length = 0;
    await listBookedMeetings(spied, WEEK);
    expect(
      seen.filter((u) => decodeURIComponent(u).includes('singleValueExtendedProperties')),
    ).toHaveLength(0);
  });
});

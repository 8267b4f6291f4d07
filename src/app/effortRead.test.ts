import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type BookedMeeting,
  type MeetingPlan,
  plainDate,
  titleForPosition,
  validatePlan,
  wallTime,
} from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { networkMeetingGraph } from '../graph';
import { PlanSender } from './sendPlan';
import { effortMeetingsAround, withEffortRead } from './series';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.emulator.faults.clear());

const CLOCK = { today: plainDate('2027-03-01'), now: wallTime('08:00') };
const graph = () => networkMeetingGraph(h.client('organiser'));

async function book(plan: MeetingPlan): Promise<BookedMeeting> {
  const outcome = await new PlanSender(graph(), () => CLOCK).send(plan, 'da');
  if (outcome.kind !== 'sent') throw new Error(`not sent: ${JSON.stringify(outcome)}`);
  return outcome.meeting;
}

/** An effort of three whose first two meetings are booked, the second knowing the first. */
async function effortOfTwoBooked(id: string) {
  const first: MeetingPlan = {
    ...demoPlan(h.emulator.core.tenant, { id, date: '2027-03-18' }),
    series: { position: 1, size: 3 },
  };
  const second: MeetingPlan = {
    ...first,
    id: `${id}-2`,
    title: titleForPosition(first.title, 2),
    date: plainDate('2027-05-27'),
    series: {
      position: 2,
      size: 3,
      seriesId: id,
      otherMeetings: [{ planId: id, position: 1, size: 3, date: first.date }],
    },
  };
  return { first: await book(first), second: await book(second) };
}

/** Moves a booked event in the organiser's calendar, as Outlook would. */
async function moveInCalendar(meeting: BookedMeeting, day: string) {
  await h
    .client('organiser')
    .sdk.api(`/me/events/${meeting.eventId}`)
    .patch({
      start: { dateTime: `${day}T10:00:00`, timeZone: 'Europe/Copenhagen' },
      end: { dateTime: `${day}T13:00:00`, timeZone: 'Europe/Copenhagen' },
    });
}

const errorCodes = (plan: MeetingPlan) =>
  validatePlan(plan, CLOCK)
    .filter((f) => f.severity === 'error')
    .map((f) => f.code);

describe('the effort’s snapshot, read again from the events', () => {
  it('takes the dates the events have now: a meeting 1 moved past meeting 2 is an error', async () => {
    const { first, second } = await effortOfTwoBooked('effort-moved');
    expect(errorCodes(second.plan)).toEqual([]);
    await moveInCalendar(first, '2027-06-10');

    const read = await withEffortRead(graph(), second);
    expect(read.plan.series.otherMeetings).toEqual([
      { planId: 'effort-moved', position: 1, size: 3, date: '2027-06-10' },
    ]);
    expect(errorCodes(read.plan)).toContain('series-date-order');
    // The planner reads around the plan's own date, however far it lies from today.
    expect(await effortMeetingsAround(graph(), second.plan)).toEqual(
      read.plan.series.otherMeetings,
    );
  });

  it('keeps the stored snapshot when the calendar cannot be read: nothing is guessed', async () => {
    const { first, second } = await effortOfTwoBooked('effort-unread');
    await moveInCalendar(first, '2027-06-10');
    h.emulator.faults.set([{ path: '^/me/events$', method: 'GET', status: 503, times: 20 }]);
    expect(await effortMeetingsAround(graph(), second.plan)).toBeUndefined();
    const read = await withEffortRead(graph(), second);
    expect(read).toBe(second);
    expect(read.plan.series.otherMeetings?.map((m) => m.date)).toEqual(['2027-03-18']);
  });
});

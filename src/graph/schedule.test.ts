import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookPlan } from '../app/meetings';
import type { Availability } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { networkMeetingGraph } from './networkMeetingGraph';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { getAvailability, SCHEDULES_PER_CALL } from './schedule';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('free/busy over HTTP', () => {
  const range = { start: '2027-03-01T00:00:00Z', end: '2027-04-12T00:00:00Z' };

  it('reads 45 people in 20-schedule calls sent together in one batch round trip', async () => {
    const tenant = h.emulator.core.tenant;
    const people = tenant.groups
      .filter((g) => g.id !== tenant.allStaffGroupId)
      .flatMap((g) => g.memberIds)
      .map((id) => h.emulator.core.user(id)?.mail ?? '');
    const emails = [...new Set(people)].slice(0, 45);
    h.emulator.requests.length = 0;
    const result = await getAvailability(h.client('organiser'), emails, range);
    expect(result.map((a) => a.email)).toEqual(emails);
    expect(result.every((a) => a.known)).toBe(true);
    const batches = h.emulator.requests.filter((r) => r.path === '/$batch');
    expect(batches).toEqual([
      {
        method: 'POST',
        path: '/$batch',
        status: 200,
        batchSize: Math.ceil(45 / SCHEDULES_PER_CALL),
        inner: Array.from(
          { length: Math.ceil(45 / SCHEDULES_PER_CALL) },
          () => 'POST /me/calendar/getSchedule',
        ),
      },
    ]);
    const busy = result.flatMap((a) => a.busy);
    expect(busy.length).toBeGreaterThan(45);
    expect(busy.every((b) => b.start.endsWith('Z') && b.start < b.end)).toBe(true);
    expect(new Set(busy.map((b) => b.status))).toEqual(new Set(['busy', 'tentative', 'oof']));
    expect(result[0]?.workingHours).toEqual({
      days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      start: '08:00',
      end: '16:00',
    });
  });

  it('reports someone outside the organisation as unknown, never as free', async () => {
    const [outsider] = await getAvailability(
      h.client('organiser'),
      ['konsulent@andet-firma.example'],
      range,
    );
    expect(outsider).toEqual({ email: 'konsulent@andet-firma.example', known: false, busy: [] });
  });

  it('shows a booked network meeting as tentative until accepted, then busy', async () => {
    const graph = networkMeetingGraph(h.client('organiser'));
    const booked = await bookPlan(
      graph,
      demoPlan(h.emulator.core.tenant, { id: 'fb', date: '2027-03-16' }),
      'da',
    );
    const day = { start: '2027-03-16T00:00:00Z', end: '2027-03-17T00:00:00Z' };
    const meeting = (a: Availability | undefined) =>
      a?.busy.find((b) => b.start === '2027-03-16T10:00:00Z' && b.end === '2027-03-16T13:00:00Z');
    const chair = h.address('medChair');
    expect(meeting((await getAvailability(h.client('organiser'), [chair], day))[0])?.status).toBe(
      'tentative',
    );
    const res = await fetch(`${h.emulator.url}/_emulator/mailboxes/${chair}`);
    const copy = ((await res.json()) as { events: { id: string; subject: string }[] }).events.find(
      (e) => e.subject === booked.subject,
    );
    await networkMeetingGraph(h.client(chair)).answerInvitation(copy?.id ?? '', 'accept');
    expect(meeting((await getAvailability(h.client('organiser'), [chair], day))[0])?.status).toBe(
      'busy',
    );
  });
});

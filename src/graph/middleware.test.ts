import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bookPlan } from '../app/meetings';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { retryAfterSeconds } from './graphError';
import { DEFAULT_RETRY_POLICY, mayRepeat, retryDelayMs } from './middleware';
import { networkMeetingGraph } from './networkMeetingGraph';
import { getMe } from './users';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.emulator.faults.clear());

describe('retry', () => {
  it('rides out a 429 and then a 503 on a plain request, waiting as Retry-After says', async () => {
    h.emulator.faults.set([
      { path: '^/me$', status: 429, retryAfter: 2 },
      { path: '^/me$', status: 503, retryAfter: 1 },
    ]);
    const graph = h.client('organiser');
    h.emulator.requests.length = 0;
    expect((await getMe(graph)).name).toBe('Signe Vestergaard');
    expect(graph.waits.map((w) => [w.attempt, w.status, w.delayMs])).toEqual([
      [1, 429, 2000],
      [2, 503, 1000],
    ]);
    expect(h.emulator.requests.map((r) => r.status)).toEqual([429, 503, 200]);
  });

  it('backs off exponentially when Graph gives no Retry-After, and never over the cap', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(DEFAULT_RETRY_POLICY, n, null))).toEqual([
      1000, 2000, 4000,
    ]);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, '3600')).toBe(60_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('7')).toBe(7);
    expect(
      retryAfterSeconds('Sat, 28 Nov 2026 12:00:10 GMT', Date.parse('2026-11-28T12:00:00Z')),
    ).toBe(10);
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});

describe('a 503 or 504 after a write that may have been done', () => {
  const posts = (suffix: string) =>
    h.emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix));

  async function bookedMeeting(id: string) {
    const graph = networkMeetingGraph(h.client('organiser'));
    const plan = demoPlan(h.emulator.core.tenant, { id });
    return { graph, meeting: await bookPlan(graph, plan, 'da') };
  }

  it('does not cancel twice: the event read again is gone, so the cancel stands', async () => {
    const { graph, meeting } = await bookedMeeting('retry-cancel');
    h.emulator.faults.set([{ method: 'POST', path: '/cancel$', status: 503, commit: true }]);
    h.emulator.requests.length = 0;
    await graph.cancelMeeting(meeting.eventId, 'Aflyst');
    expect(posts('/cancel')).toHaveLength(1);
  });

  it('does not answer twice: the copy read again holds the answer', async () => {
    const { meeting } = await bookedMeeting('retry-accept');
    const chair = networkMeetingGraph(h.client('medChair'));
    const copy = await chair.invitedMeetingByICalUId(
      (await networkMeetingGraph(h.client('organiser')).getMeeting(meeting.eventId)).iCalUId ?? '',
    );
    h.emulator.faults.set([{ method: 'POST', path: '/accept$', status: 504, commit: true }]);
    h.emulator.requests.length = 0;
    await chair.answerInvitation(copy?.eventId ?? '', 'accept');
    expect(posts('/accept')).toHaveLength(1);
  });

  it('does not remind twice: a forward leaves nothing to read back, so it says it may have gone', async () => {
    const { graph, meeting } = await bookedMeeting('retry-remind');
    const chair = h.address('medChair');
    h.emulator.faults.set([{ method: 'POST', path: '/forward$', status: 503, commit: true }]);
    h.emulator.requests.length = 0;
    const error = await graph.remind(meeting.eventId, [chair], 'Husk').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, kind: 'outcomeUnknown' });
    expect(posts('/forward')).toHaveLength(1);
    const user = h.emulator.core.user(chair);
    const reminders = (h.emulator.core.state.mailboxes[user?.id ?? '']?.notices ?? []).filter(
      (n) => n.kind === 'request' && n.comment === 'Husk',
    );
    expect(reminders).toHaveLength(1);
  });

  it('still repeats what is safe to repeat: a read, and a create Graph de-duplicates', async () => {
    h.emulator.faults.set([
      { method: 'POST', path: '^/me/events$', status: 503, commit: true },
      { method: 'GET', path: '^/me$', status: 504 },
    ]);
    const graph = networkMeetingGraph(h.client('organiser'));
    expect((await graph.me()).name).toBe('Signe Vestergaard');
    const plan = demoPlan(h.emulator.core.tenant, { id: 'retry-create' });
    const created = await bookPlan(graph, plan, 'da');
    const organiser = h.emulator.core.user(h.address('organiser'));
    const events = (h.emulator.core.state.mailboxes[organiser?.id ?? '']?.events ?? []).filter(
      (e) => e.transactionId === `netvaerksmoeder-${plan.id}`,
    );
    expect(events.map((e) => e.id)).toEqual([created.eventId]);
  });

  it('tells which requests may be repeated after a 503', () => {
    expect(mayRepeat('GET', 'https://graph.microsoft.com/v1.0/me/events/x')).toBe(true);
    expect(mayRepeat('PATCH', '/me/events/x')).toBe(true);
    for (const action of ['forward', 'cancel', 'accept', 'decline', 'tentativelyAccept'])
      expect(mayRepeat('POST', `https://graph.microsoft.com/v1.0/me/events/x/${action}`)).toBe(
        false,
      );
    expect(mayRepeat('POST', '/me/events', JSON.stringify({ transactionId: 't' }))).toBe(true);
    expect(mayRepeat('POST', '/me/events', JSON.stringify({ subject: 's' }))).toBe(false);
    expect(mayRepeat('POST', '/me/calendar/getSchedule', '{}')).toBe(true);
    const batch = (url: string, method = 'POST') =>
      JSON.stringify({
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '2', method, url },
        ],
      });
    expect(
      mayRepeat('POST', 'http://127.0.0.1:4000/v1.0/$batch', batch('/me/events/x/forward')),
    ).toBe(false);
    expect(mayRepeat('POST', '/$batch', batch('/me/events/x', 'PATCH'))).toBe(true);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { transactionIdFor } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { TEST_CLOCK } from '../domain/testBuilders.testSupport';
import { networkMeetingGraph } from '../graph';
import { PlanSender } from './sendPlan';
import { plainDate, wallTime } from '../domain';

let h: EmulatorHarness;
let n = 0;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  h.emulator.faults.clear();
  h.emulator.requests.length = 0;
});

const plan = () => demoPlan(h.emulator.core.tenant, { id: `send-${(n += 1)}` });
const sender = (clock = TEST_CLOCK) =>
  new PlanSender(networkMeetingGraph(h.client('organiser')), () => clock);
const creates = () =>
  h.emulator.requests.filter((r) => r.method === 'POST' && r.path === '/me/events');
const eventsFor = (id: string) =>
  h.emulator.core
    .mailbox(h.emulator.core.tenant.key.organiser)
    .events.filter((e) => e.transactionId === transactionIdFor({ id } as never));

describe('sending a plan', () => {
  it('sends nothing while an error stands, and says which', async () => {
    const p = plan();
    const outcome = await sender().send(
      { ...p, invitees: p.invitees.filter((i) => !i.roles.includes('medViceChair')) },
      'da',
    );
    expect(outcome.kind).toBe('blocked');
    expect(outcome.kind === 'blocked' && outcome.findings.map((f) => f.code)).toContain(
      'med-vice-chair-missing',
    );
    expect(creates()).toEqual([]);
  });

  it('sends nothing for a meeting that has begun by the clock at sending', async () => {
    const p = plan();
    const pastDay = await sender({ today: plainDate('2099-01-01'), now: wallTime('08:00') }).send(
      p,
      'da',
    );
    expect(pastDay.kind === 'blocked' && pastDay.findings.map((f) => f.code)).toEqual([
      'date-in-past',
    ]);
    const sameDay = await sender({ today: p.date, now: p.start }).send(p, 'en');
    expect(sameDay.kind === 'blocked' && sameDay.findings.map((f) => f.code)).toEqual([
      'start-in-past',
    ]);
    expect(creates()).toEqual([]);
  });

  it('books one event for a double click', async () => {
    const s = sender();
    const p = plan();
    const [first, second] = await Promise.all([s.send(p, 'da'), s.send(p, 'da')]);
    expect(first).toBe(second);
    expect(first.kind).toBe('sent');
    expect(creates()).toHaveLength(1);
    const third = await s.send(p, 'da');
    expect(third.kind === 'sent' && third.meeting.eventId).toBe(
      first.kind === 'sent' && first.meeting.eventId,
    );
    expect(creates()).toHaveLength(1);
  });

  it('keeps the plan when the answer is lost, and a second send books once', async () => {
    const s = sender();
    const p = plan();
    h.emulator.faults.set([{ method: 'POST', path: '^/me/events$', dropAfterCommit: true }]);
    const lost = await s.send(p, 'da');
    expect(lost).toMatchObject({ kind: 'failed', failure: { kind: 'offline', retryable: true } });
    expect(lost.kind === 'failed' && lost.failure.message.da).toContain('gemt som kladde');
    const again = await s.send(p, 'da');
    expect(again.kind).toBe('sent');
    expect(eventsFor(p.id)).toHaveLength(1);
  });

  it('says which permission is missing when Graph forbids it', async () => {
    h.emulator.faults.set([{ method: 'POST', path: '^/me/events$', status: 403 }]);
    const outcome = await sender().send(plan(), 'en');
    expect(outcome).toMatchObject({
      kind: 'failed',
      failure: { kind: 'forbidden', retryable: false },
    });
    expect(outcome.kind === 'failed' && outcome.failure.message.en).toContain(
      'Calendars.ReadWrite',
    );
    expect(outcome.kind === 'failed' && outcome.failure.requestId).toMatch(/[0-9a-f-]{36}/);
  });

  it('rides out throttling, and says plainly when Graph stays too busy', async () => {
    h.emulator.faults.set([
      { method: 'POST', path: '^/me/events$', status: 429, retryAfter: 1, times: 2 },
    ]);
    expect((await sender().send(plan(), 'da')).kind).toBe('sent');
    h.emulator.faults.set([
      { method: 'POST', path: '^/me/events$', status: 429, retryAfter: 1, times: 10 },
    ]);
    const outcome = await sender().send(plan(), 'da');
    expect(outcome).toMatchObject({
      kind: 'failed',
      failure: { kind: 'throttled', retryable: true },
    });
  });
});

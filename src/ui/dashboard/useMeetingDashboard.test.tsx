// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BookedMeeting } from '../../domain';
import { type EmulatorHarness, startHarness } from '../../emulator/harness.testSupport';
import { bookedMeeting, gate, settle } from '../hookTests.testSupport';
import { useMeetingDashboard } from './useMeetingDashboard';
import { plainDate, wallTime } from '../../domain';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.emulator.faults.clear());

/** The dashboard's hook on one meeting, read and shown. */
async function dashboardOf(meeting: BookedMeeting, onCancelled?: (m: BookedMeeting) => void) {
  const graph = h.graph('organiser');
  const hook = renderHook(() => useMeetingDashboard(graph, meeting.eventId, 'da', onCancelled));
  await waitFor(() => expect(hook.result.current.load.kind).toBe('loaded'));
  return hook;
}

describe('a plan that does not fit its meeting', () => {
  it('is said so, and saving it writes nothing', async () => {
    const [a, b] = [await bookedMeeting(h), await bookedMeeting(h)];
    // A's plan, as stored, put on B: what copying the event's data in Outlook or a script does.
    const organiser = h.emulator.core.user(h.address('organiser'))?.id ?? '';
    const events = h.emulator.core.state.mailboxes[organiser]?.events ?? [];
    const [eventA, eventB] = [a, b].map((m) => events.find((e) => e.id === m.eventId));
    if (!eventA || !eventB) throw new Error('not booked');
    eventB.extensions = structuredClone(eventA.extensions);
    eventB.changeKey += 1;

    const hook = await dashboardOf(b);
    const { load } = hook.result.current;
    expect(load.kind === 'loaded' && load.meeting.mismatch).toEqual({ kind: 'otherEvent' });
    act(() =>
      hook.result.current.addEdit({
        kind: 'move',
        date: plainDate('2027-04-29'),
        start: wallTime('09:00'),
      }),
    );
    h.emulator.requests.length = 0;
    await act(() => hook.result.current.save());
    expect(h.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(hook.result.current.saved).toBeUndefined();
  });
});

describe('reading the meeting', () => {
  it('shows the meeting followed now, not a slower answer about the one before', async () => {
    const [first, second] = [await bookedMeeting(h), await bookedMeeting(h)];
    const graph = h.graph('organiser');
    const firstHeld = gate();
    const held = {
      ...graph,
      // The first meeting's answer is read at once and handed over only when released.
      getMeeting: async (id: string) => {
        const meeting = await graph.getMeeting(id);
        if (id === first.eventId) await firstHeld.opened;
        return meeting;
      },
    };
    const hook = renderHook(({ eventId }) => useMeetingDashboard(held, eventId, 'da'), {
      initialProps: { eventId: first.eventId },
    });
    hook.rerender({ eventId: second.eventId });
    await waitFor(() => expect(hook.result.current.load.kind).toBe('loaded'));
    firstHeld.open();
    await settle();
    const { load } = hook.result.current;
    expect(load.kind === 'loaded' && load.meeting.eventId).toBe(second.eventId);
  });

  it('says why when Microsoft 365 refuses the read', async () => {
    const meeting = await bookedMeeting(h);
    h.emulator.faults.set([{ method: 'GET', path: '^/me/events/', status: 403 }]);
    const graph = h.graph('organiser');
    const hook = renderHook(() => useMeetingDashboard(graph, meeting.eventId, 'da'));
    await waitFor(() => expect(hook.result.current.load.kind).toBe('failed'));
    const { load } = hook.result.current;
    expect(load.kind === 'failed' && load.failure.kind).toBe('forbidden');
  });
});

describe('reminding', () => {
  it('reminds those who have not answered and says how many', async () => {
    const hook = await dashboardOf(await bookedMeeting(h));
    const silent = hook.result.current.unanswered.length;
    expect(silent).toBeGreaterThan(0);
    await act(() => hook.result.current.remind('Husk at svare'));
    expect(hook.result.current.reminded).toBe(silent);
    expect(hook.result.current.remindFailure).toBeUndefined();
  });

  it('shows a failed reminder as a reminder failure, not a save failure', async () => {
    const hook = await dashboardOf(await bookedMeeting(h));
    h.emulator.faults.set([{ method: 'POST', path: '/forward$', status: 403 }]);
    await act(() => hook.result.current.remind('Husk at svare'));
    expect(hook.result.current.remindFailure?.kind).toBe('forbidden');
    expect(hook.result.current.saveFailure).toBeUndefined();
    expect(hook.result.current.reminded).toBeUndefined();
  });
});

describe('saving edits', () => {
  it('keeps the edits when another organiser saved first, reads the meeting again, and saves them on it', async () => {
    const hook = await dashboardOf(await bookedMeeting(h));
    act(() =>
      hook.result.current.addEdit({
        kind: 'move',
        date: plainDate('2027-04-29'),
        start: wallTime('09:00'),
      }),
    );
    h.emulator.faults.set([{ method: 'PATCH', status: 412 }]);
    await act(() => hook.result.current.save());
    await waitFor(() => expect(hook.result.current.load.kind).toBe('loaded'));
    expect(hook.result.current.conflict).toBe(true);
    expect(hook.result.current.saveFailure).toBeUndefined();
    expect(hook.result.current.edits).toHaveLength(1);

    await act(() => hook.result.current.save());
    const { load, saved, edits, conflict } = hook.result.current;
    expect(load.kind === 'loaded' && load.meeting.plan.date).toBe('2027-04-29');
    expect(saved?.delivery.kind).toBe('update');
    expect(edits).toEqual([]);
    expect(conflict).toBe(false);
  });

  it('shows any other refusal as a save failure and keeps the edits', async () => {
    const hook = await dashboardOf(await bookedMeeting(h));
    act(() =>
      hook.result.current.addEdit({
        kind: 'move',
        date: plainDate('2027-04-29'),
        start: wallTime('09:00'),
      }),
    );
    h.emulator.faults.set([{ method: 'PATCH', status: 403 }]);
    await act(() => hook.result.current.save());
    expect(hook.result.current.saveFailure?.kind).toBe('forbidden');
    expect(hook.result.current.remindFailure).toBeUndefined();
    expect(hook.result.current.edits).toHaveLength(1);
  });
});

describe('after more than one action', () => {
  it('keeps only the notice of the last one', async () => {
    const hook = await dashboardOf(await bookedMeeting(h));
    await act(() => hook.result.current.remind('Husk at svare'));
    expect(hook.result.current.reminded).toBeGreaterThan(0);
    act(() =>
      hook.result.current.addEdit({
        kind: 'move',
        date: plainDate('2027-04-29'),
        start: wallTime('09:00'),
      }),
    );
    // An edit is the newer action: the reminder's notice goes.
    expect(hook.result.current.reminded).toBeUndefined();
    await act(() => hook.result.current.save());
    expect(hook.result.current.saved?.delivery.kind).toBe('update');
    expect(hook.result.current.reminded).toBeUndefined();
    // A failed reminder after a save: only the failure stands.
    h.emulator.faults.set([{ method: 'POST', path: '/forward$', status: 403 }]);
    await act(() => hook.result.current.remind('Husk at svare'));
    expect(hook.result.current.remindFailure?.kind).toBe('forbidden');
    expect(hook.result.current.saved).toBeUndefined();
  });
});

describe('cancelling', () => {
  it('cancels with the message and tells the list', async () => {
    const meeting = await bookedMeeting(h);
    const told: string[] = [];
    const hook = await dashboardOf(meeting, (m) => told.push(m.eventId));
    await act(() => hook.result.current.cancel('Vi flytter mødet'));
    expect(hook.result.current.cancelledWith).toBe('Vi flytter mødet');
    expect(hook.result.current.cancelFailure).toBeUndefined();
    expect(told).toEqual([meeting.eventId]);
  });

  it('tells the list even when the dashboard closed before Exchange answered', async () => {
    const meeting = await bookedMeeting(h);
    const told: string[] = [];
    const hook = await dashboardOf(meeting, (m) => told.push(m.eventId));
    h.emulator.faults.set([{ method: 'POST', path: '/cancel$', delayMs: 50 }]);
    let cancelled: Promise<void> | undefined;
    act(() => {
      cancelled = hook.result.current.cancel('Vi flytter mødet');
    });
    hook.unmount();
    await cancelled;
    expect(told).toEqual([meeting.eventId]);
  });
});

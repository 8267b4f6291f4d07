// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { bookedMeeting, gate, settle } from './hookTests.testSupport';
import { useEarlierMeetings } from './useEarlierMeetings';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('the earlier meetings', () => {
  it('show the last list read, not a slower answer to an earlier read', async () => {
    const first = await bookedMeeting(h);
    const graph = h.graph('organiser');
    const held = gate();
    let reads = 0;
    const slowFirst = {
      ...graph,
      // The first read is made at once (without the meeting booked next) and handed over late.
      listMeetings: async (...args: Parameters<typeof graph.listMeetings>) => {
        const read = (reads += 1);
        const found = await graph.listMeetings(...args);
        if (read === 1) {
          firstRead = found.length;
          await held.opened;
        }
        return found;
      },
    };
    let firstRead = 0;
    const hook = renderHook(() => useEarlierMeetings(slowFirst));
    act(() => hook.result.current.load());
    await waitFor(() => expect(firstRead).toBeGreaterThan(0));
    const second = await bookedMeeting(h);
    act(() => hook.result.current.load());
    await waitFor(() => expect(hook.result.current.earlier.kind).toBe('loaded'));
    held.open();
    await settle();
    const { earlier } = hook.result.current;
    const ids = earlier.kind === 'loaded' ? earlier.meetings.map((m) => m.eventId) : [];
    expect(ids).toContain(first.eventId);
    expect(ids).toContain(second.eventId);
  });

  it('keep a meeting cancelled here, marked, after Exchange has taken it away', async () => {
    const meeting = await bookedMeeting(h);
    const graph = h.graph('organiser');
    const hook = renderHook(() => useEarlierMeetings(graph));
    act(() => hook.result.current.markCancelled(meeting));
    await graph.cancelMeeting(meeting.eventId, 'Aflyst');
    act(() => hook.result.current.load());
    await waitFor(() => expect(hook.result.current.earlier.kind).toBe('loaded'));
    const { earlier } = hook.result.current;
    const kept =
      earlier.kind === 'loaded' && earlier.meetings.find((m) => m.eventId === meeting.eventId);
    expect(kept && kept.isCancelled).toBe(true);
  });
});

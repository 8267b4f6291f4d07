// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { bookedMeeting } from './hookTests.testSupport';
import { useSignedInScreens } from './useSignedInScreens';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('the signed-in screens', () => {
  it('are one screen at a time: planning, following, planning the next, home', async () => {
    const meeting = await bookedMeeting(h);
    const graph = h.graph('organiser');
    const person = { email: h.address('organiser'), name: 'Signe Vestergaard' };
    const hook = renderHook(() => useSignedInScreens(person.email, graph, person));
    expect(hook.result.current.screen.kind).toBe('home');
    act(() => hook.result.current.startPlanning('first'));
    expect(hook.result.current.screen.kind).toBe('planning');
    act(() => hook.result.current.followUpBooked(meeting));
    expect(hook.result.current.screen).toEqual({ kind: 'following', eventId: meeting.eventId });
    await act(() => hook.result.current.planNext(meeting));
    const { screen } = hook.result.current;
    expect(screen.kind === 'planning' && screen.plan.series.position).toBe(2);
    act(() => hook.result.current.goHome());
    expect(hook.result.current.screen.kind).toBe('home');
  });
});

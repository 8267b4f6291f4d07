// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { bookedMeeting, gate, settle } from './hookTests.testSupport';
import { useInvitations } from './useInvitations';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.emulator.faults.clear());

describe('the invitations', () => {
  it('show the answer just given, not a slower read from before it', async () => {
    const meeting = await bookedMeeting(h);
    const vice = h.address('medViceChair');
    const graph = h.graph(vice);
    const held = gate();
    let reads = 0;
    const slowFirst = {
      ...graph,
      listInvitedMeetings: async (...args: Parameters<typeof graph.listInvitedMeetings>) => {
        const read = (reads += 1);
        const found = await graph.listInvitedMeetings(...args);
        if (read === 1) {
          firstRead = true;
          await held.opened;
        }
        return found;
      },
    };
    let firstRead = false;
    const person = { email: vice, name: 'Mads Nørgaard' };
    const hook = renderHook(() => useInvitations(slowFirst, person));
    act(() => hook.result.current.load());
    await waitFor(() => expect(firstRead).toBe(true));
    const invitation = await (async () => {
      const plain = renderHook(() => useInvitations(graph, person));
      act(() => plain.result.current.load());
      await waitFor(() => expect(plain.result.current.invitations.kind).toBe('loaded'));
      const { invitations } = plain.result.current;
      plain.unmount();
      return invitations.kind === 'loaded'
        ? invitations.invitations.find((i) => i.iCalUId === meeting.iCalUId)
        : undefined;
    })();
    if (!invitation) throw new Error('the vice-chair is not invited');
    await act(() => hook.result.current.answer(invitation, 'accept', 'Jeg kommer'));
    expect(hook.result.current.answered).toBe(true);
    held.open();
    await settle();
    const { invitations } = hook.result.current;
    const shown =
      invitations.kind === 'loaded'
        ? invitations.invitations.find((i) => i.iCalUId === meeting.iCalUId)
        : undefined;
    expect(shown?.myResponse).toBe('accepted');
  });

  it('say why an answer failed', async () => {
    const meeting = await bookedMeeting(h);
    const vice = h.address('medViceChair');
    const graph = h.graph(vice);
    const hook = renderHook(() => useInvitations(graph, { email: vice, name: 'Mads Nørgaard' }));
    act(() => hook.result.current.load());
    await waitFor(() => expect(hook.result.current.invitations.kind).toBe('loaded'));
    const { invitations } = hook.result.current;
    const invitation =
      invitations.kind === 'loaded'
        ? invitations.invitations.find((i) => i.iCalUId === meeting.iCalUId)
        : undefined;
    if (!invitation) throw new Error('the vice-chair is not invited');
    h.emulator.faults.set([{ method: 'POST', path: '/accept$', status: 403 }]);
    await act(() => hook.result.current.answer(invitation, 'accept', ''));
    expect(hook.result.current.answered).toBe(false);
    expect(hook.result.current.answerFailure?.kind).toBe('forbidden');
  });
});

// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { draftKey } from '../app/drafts';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { useDraft } from './useDraft';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => localStorage.clear());

describe('the draft', () => {
  const user = 'signe.vestergaard@egeskov.example';

  it('offers the user’s draft', async () => {
    const plan = demoPlan(h.emulator.core.tenant, { id: 'draft-1' });
    localStorage.setItem(draftKey(user), JSON.stringify({ savedAt: '2027-01-01', plan }));
    const hook = renderHook(() => useDraft(user, localStorage));
    await waitFor(() => expect(hook.result.current.draft.kind).toBe('draft'));
  });

  it('moves an unreadable draft aside once and keeps saying where, in strict mode too', async () => {
    localStorage.setItem(draftKey(user), '{"plan": {"title": 3}}');
    const hook = renderHook(() => useDraft(user, localStorage), { reactStrictMode: true });
    await waitFor(() => expect(hook.result.current.draft.kind).toBe('unreadable'));
    hook.rerender();
    const { draft } = hook.result.current;
    const keptAs = draft.kind === 'unreadable' ? draft.keptAs : '';
    expect(localStorage.getItem(keptAs)).toBe('{"plan": {"title": 3}}');
    expect(localStorage.getItem(draftKey(user))).toBeNull();
    expect(hook.result.current.drafts.keptAside(user)).toEqual([keptAs]);
  });

  it('reads a draft too large to copy beside itself without throwing: the tab does not go blank', async () => {
    // Over half of the browser's storage (jsdom, like Chromium, allows 5 million characters),
    // and unreadable (a title far past 255 characters), so it must be moved aside.
    const plan = demoPlan(h.emulator.core.tenant, { id: 'draft-huge' });
    const text = JSON.stringify({
      savedAt: '2027-01-01',
      plan: { ...plan, title: { da: 'x'.repeat(3_000_000), en: 'x' } },
    });
    localStorage.setItem(draftKey(user), text);
    const hook = renderHook(() => useDraft(user, localStorage));
    await waitFor(() => expect(hook.result.current.draft.kind).toBe('unreadable'));
    const { draft } = hook.result.current;
    const keptAs = draft.kind === 'unreadable' ? draft.keptAs : '';
    expect(localStorage.getItem(keptAs)).toBe(text);
  });
});

// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlannerAction } from '../../../app/planner';
import { type EmulatorHarness, startHarness } from '../../../emulator/harness.testSupport';
import { usePeopleCard } from './usePeopleCard';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

function groupNamed(name: string) {
  const group = h.emulator.core.tenant.groups.find((g) => g.displayName === name);
  if (!group) throw new Error(`no group ${name}`);
  return { id: group.id, name: group.displayName };
}

describe('a group picked as the MED committee', () => {
  it('is refused where it is picked when it has more than 200 members, and nothing is added', async () => {
    const dispatch = vi.fn<(action: PlannerAction) => void>();
    const graph = h.graph('organiser');
    const hook = renderHook(() => usePeopleCard({ graph, dispatch, role: 'medMember' }));
    const allStaff = h.emulator.core.tenant.groups.find(
      (g) => g.id === h.emulator.core.tenant.allStaffGroupId,
    );
    if (!allStaff) throw new Error('no all-staff group');
    await act(() => hook.result.current.addGroup({ id: allStaff.id, name: allStaff.displayName }));
    expect(hook.result.current.tooLarge).toMatchObject({ group: { id: allStaff.id } });
    expect(hook.result.current.tooLarge?.n).toBeGreaterThan(5000);
    expect(hook.result.current.pending).toBeUndefined();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('is taken, whole, when it is a committee’s size', async () => {
    const dispatch = vi.fn<(action: PlannerAction) => void>();
    const graph = h.graph('organiser');
    const hook = renderHook(() => usePeopleCard({ graph, dispatch, role: 'medMember' }));
    await act(() => hook.result.current.addGroup(groupNamed('H-MED')));
    expect(hook.result.current.tooLarge).toBeUndefined();
    act(() => hook.result.current.confirmImport());
    expect(dispatch.mock.calls.map(([a]) => a.type)).toEqual(['invite', 'details']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryGroup } from '../domain';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { networkMeetingGraph, type NetworkMeetingGraph } from '../graph';
import { readTrioGroupsAgain, workplacesFromGroups } from './directoryPicks';
import { GroupMemberCache } from './groupMemberCache';

let harness: EmulatorHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

/** A graph of its own (a session of its own) that records the groups each member read asks for. */
function countingGraph(failFirst = false) {
  const graph = networkMeetingGraph(harness.client('organiser'));
  const reads: string[][] = [];
  let fail = failFirst;
  const counted: NetworkMeetingGraph = {
    ...graph,
    groupMembers: (ids) => {
      reads.push([...ids]);
      if (fail) {
        fail = false;
        return Promise.reject(new Error('lost'));
      }
      return graph.groupMembers(ids);
    },
  };
  return { graph: counted, reads };
}

function trioGroupsOf(): Record<'leader' | 'amr' | 'tr', DirectoryGroup> {
  const groups = harness.emulator.core.tenant.groups;
  const named = (name: string) => {
    const g = groups.find((x) => x.displayName === name);
    if (!g) throw new Error(`no group ${name}`);
    return { id: g.id, name: g.displayName };
  };
  return { leader: named('Ledere – lokale enheder'), amr: named('Alle AMR'), tr: named('Alle TR') };
}

const workplaceGroups = (count: number): DirectoryGroup[] =>
  harness.emulator.core.tenant.workplaces
    .slice(0, count)
    .map((w) => ({ id: w.groupId, name: w.name }));

describe('reading groups once per session', () => {
  it('reads each TRIO group once while eight workplaces are added one by one', async () => {
    const { graph, reads } = countingGraph();
    const trio = trioGroupsOf();
    const places = workplaceGroups(8);
    expect(places).toHaveLength(8);
    const tenant = harness.emulator.core.tenant;
    for (const place of places) {
      const [workplace] = await workplacesFromGroups(graph, [place], trio);
      const expected = tenant.workplaces.find((w) => w.groupId === place.id);
      expect(workplace?.trio.leader?.id).toBe(expected?.leaderId);
      expect(workplace?.trio.amr?.id).toBe(expected?.amrId);
    }
    expect(reads).toHaveLength(8);
    const asked = reads.flat();
    for (const group of Object.values(trio))
      expect(asked.filter((id) => id === group.id)).toHaveLength(1);
    // Each workplace's own group, once.
    expect(asked.filter((id) => !Object.values(trio).some((g) => g.id === id)).sort()).toEqual(
      places.map((p) => p.id).sort(),
    );
  });

  it('reads the groups again on demand, and then not again', async () => {
    const { graph, reads } = countingGraph();
    const trio = trioGroupsOf();
    const [first, second] = workplaceGroups(2) as [DirectoryGroup, DirectoryGroup];
    await workplacesFromGroups(graph, [first], trio);
    await readTrioGroupsAgain(graph, trio);
    expect(reads[1]?.sort()).toEqual(
      Object.values(trio)
        .map((g) => g.id)
        .sort(),
    );
    await workplacesFromGroups(graph, [second], trio);
    expect(reads[2]).toEqual([second.id]);
    // The workplace read before the re-read is read afresh when it is added again.
    await workplacesFromGroups(graph, [first], trio);
    expect(reads[3]).toEqual([first.id]);
    expect(reads).toHaveLength(4);
  });

  it('keeps no failed read: the next call asks Graph again', async () => {
    const { graph, reads } = countingGraph(true);
    const cache = new GroupMemberCache(graph);
    const [group] = workplaceGroups(1) as [DirectoryGroup];
    await expect(cache.members([group.id])).rejects.toThrow('lost');
    const members = await cache.members([group.id]);
    expect(members.get(group.id)?.length).toBeGreaterThan(0);
    expect(reads).toEqual([[group.id], [group.id]]);
  });
});

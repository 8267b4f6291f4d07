import { type Dispatch, useState } from 'react';
import {
  readTrioGroupsAgain,
  type TrioGroups,
  workplacesFromGroups,
} from '../../../app/directoryPicks';
import type { DraftStorage } from '../../../app/drafts';
import { describeGraphFailure, type GraphFailure } from '../../../app/graphFailure';
import type { PlannerAction } from '../../../app/planner';
import { loadTrioGroups, saveTrioGroups } from '../../../app/trioSettings';
import type { DirectoryGroup, TrioSeat } from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';

/**
 * The workplaces card's state: the TRIO groups setting, workplaces fetched with progress, and
 * reading the groups again (they are read once per session).
 */
export function useWorkplacesCard(options: {
  readonly graph: NetworkMeetingGraph;
  readonly dispatch: Dispatch<PlannerAction>;
  readonly user: string;
  readonly storage: DraftStorage;
}) {
  const { graph, dispatch, user, storage } = options;
  const [trioGroups, setTrioGroups] = useState<TrioGroups>(() => loadTrioGroups(storage, user));
  const [loading, setLoading] = useState<DirectoryGroup | undefined>();
  const [failure, setFailure] = useState<GraphFailure | undefined>();
  const [reread, setReread] = useState<'reading' | 'done' | undefined>();

  function chooseTrioGroup(seat: TrioSeat, group: DirectoryGroup) {
    const next = { ...trioGroups, [seat]: { id: group.id, name: group.name } };
    setTrioGroups(next);
    saveTrioGroups(storage, user, next);
  }

  /** Reads the TRIO groups again, for when someone took up or left a role during the session. */
  async function readGroupsAgain() {
    setReread('reading');
    setFailure(undefined);
    try {
      await readTrioGroupsAgain(graph, trioGroups);
      setReread('done');
    } catch (e) {
      setReread(undefined);
      setFailure(describeGraphFailure(e));
    }
  }

  async function addWorkplace(group: DirectoryGroup) {
    setReread(undefined);
    setLoading(group);
    setFailure(undefined);
    try {
      const [workplace] = await workplacesFromGroups(graph, [group], trioGroups);
      if (workplace) dispatch({ type: 'addWorkplace', workplace });
    } catch (e) {
      setFailure(describeGraphFailure(e));
    } finally {
      setLoading(undefined);
    }
  }

  return {
    trioGroups,
    chooseTrioGroup,
    loading,
    failure,
    addWorkplace,
    reread,
    readGroupsAgain,
  };
}

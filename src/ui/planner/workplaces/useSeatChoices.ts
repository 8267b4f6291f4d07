import { type Dispatch, useEffect, useState } from 'react';
import { type TrioGroups, workplacesInGroup } from '../../../app/directoryPicks';
import { describeGraphFailure, type GraphFailure } from '../../../app/graphFailure';
import type { PlannerAction } from '../../../app/planner';
import type { DirectoryGroup, PresentingWorkplace } from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';

/**
 * A workplace whose group gave several people for a TRIO seat: the workplaces inside its group
 * (read once, so the split can name them), and splitting the group into them.
 */
export function useSeatChoices(options: {
  readonly graph: NetworkMeetingGraph;
  readonly workplace: PresentingWorkplace;
  readonly trioGroups: TrioGroups;
  readonly dispatch: Dispatch<PlannerAction>;
}) {
  const { graph, workplace, trioGroups, dispatch } = options;
  const [parts, setParts] = useState<readonly DirectoryGroup[] | undefined>();
  const [splitting, setSplitting] = useState(false);
  const [failure, setFailure] = useState<GraphFailure | undefined>();

  useEffect(() => {
    let current = true;
    graph.memberGroups(workplace.id).then(
      (groups) => current && setParts(groups),
      (e: unknown) => current && setFailure(describeGraphFailure(e)),
    );
    return () => {
      current = false;
    };
  }, [graph, workplace.id]);

  async function split() {
    setSplitting(true);
    setFailure(undefined);
    try {
      const into = await workplacesInGroup(graph, workplace, trioGroups);
      if (into.length > 0) dispatch({ type: 'splitWorkplace', workplaceId: workplace.id, into });
    } catch (e) {
      setFailure(describeGraphFailure(e));
    } finally {
      setSplitting(false);
    }
  }

  return { parts, splitting, failure, split };
}

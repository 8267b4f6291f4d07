import { type Dispatch, useCallback, useEffect } from 'react';
import { describeGraphFailure } from '../../app/graphFailure';
import { openMeeting } from '../../app/meetings';
import { withEffortRead } from '../../app/series';
import type { NetworkMeetingGraph } from '../../graph';
import { useAbortSignal } from '../useAbortSignal';
import type { DashboardAction } from './dashboardState';

/**
 * Reads the meeting when the dashboard opens or follows another one, and again on `refresh`.
 * A newer read cancels an older one: a slow answer about the meeting left never shows.
 */
export function useMeetingLoad(
  graph: NetworkMeetingGraph,
  eventId: string,
  dispatch: Dispatch<DashboardAction>,
): () => Promise<void> {
  const start = useAbortSignal();
  const refresh = useCallback(async () => {
    const signal = start();
    dispatch({ type: 'loading' });
    try {
      const result = await openMeeting(graph, eventId);
      if (signal.aborted) return;
      if (!result.ok) return dispatch({ type: 'unreadable' });
      // The effort's other meetings, read again from their events: the series rules and the
      // next meeting's number go by them.
      const meeting = await withEffortRead(graph, result.meeting);
      if (!signal.aborted) dispatch({ type: 'loaded', meeting });
    } catch (e) {
      if (!signal.aborted) dispatch({ type: 'failed', failure: describeGraphFailure(e) });
    }
  }, [graph, eventId, dispatch, start]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return refresh;
}

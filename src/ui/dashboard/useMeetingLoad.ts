import { type Dispatch, useCallback, useEffect } from 'react';
import { describeGraphFailure } from '../../app/graphFailure';
import { openMeeting } from '../../app/meetings';
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
      dispatch(result.ok ? { type: 'loaded', meeting: result.meeting } : { type: 'unreadable' });
    } catch (e) {
      if (!signal.aborted) dispatch({ type: 'failed', failure: describeGraphFailure(e) });
    }
  }, [graph, eventId, dispatch, start]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return refresh;
}

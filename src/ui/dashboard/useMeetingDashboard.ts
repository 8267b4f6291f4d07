import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeGraphFailure, type GraphFailure } from '../../app/graphFailure';
import { openMeeting } from '../../app/meetings';
import { attendanceCoverage, type BookedMeeting } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';

/** What the dashboard shows: loading, the meeting with its plan, or why it cannot. */
export type DashboardLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly meeting: BookedMeeting }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/**
 * One booked meeting as its organiser follows it up: the answers read from the organiser's event
 * (Outlook answers included), what they leave uncovered, and cancelling.
 */
export function useMeetingDashboard(graph: NetworkMeetingGraph, eventId: string) {
  const [load, setLoad] = useState<DashboardLoad>({ kind: 'loading' });
  const [cancelling, setCancelling] = useState(false);
  const [cancelFailure, setCancelFailure] = useState<GraphFailure | undefined>();

  const refresh = useCallback(async () => {
    setLoad({ kind: 'loading' });
    try {
      const result = await openMeeting(graph, eventId);
      setLoad(result.ok ? { kind: 'loaded', meeting: result.meeting } : { kind: 'unreadable' });
    } catch (e) {
      setLoad({ kind: 'failed', failure: describeGraphFailure(e) });
    }
  }, [graph, eventId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const coverage = useMemo(
    () =>
      load.kind === 'loaded'
        ? attendanceCoverage(load.meeting.plan, load.meeting.responses)
        : undefined,
    [load],
  );

  async function cancel(comment: string) {
    setCancelling(true);
    setCancelFailure(undefined);
    try {
      await graph.cancelMeeting(eventId, comment);
      await refresh();
    } catch (e) {
      setCancelFailure(describeGraphFailure(e));
    } finally {
      setCancelling(false);
    }
  }

  return { load, coverage, refresh, cancel, cancelling, cancelFailure };
}

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
  const [cancelled, setCancelled] = useState(false);

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

  // The organiser's own copy carries no answer of theirs: they are coming to their meeting.
  const coverage = useMemo(() => {
    if (load.kind !== 'loaded') return undefined;
    const { plan, responses, organizer } = load.meeting;
    return attendanceCoverage(plan, [
      ...responses,
      { email: organizer.email, response: 'accepted' as const },
    ]);
  }, [load]);

  async function cancel(comment: string) {
    setCancelling(true);
    setCancelFailure(undefined);
    try {
      // Graph removes a cancelled event from the organiser's calendar: there is nothing to read back.
      await graph.cancelMeeting(eventId, comment);
      setCancelled(true);
    } catch (e) {
      setCancelFailure(describeGraphFailure(e));
    } finally {
      setCancelling(false);
    }
  }

  return { load, coverage, refresh, cancel, cancelling, cancelled, cancelFailure };
}

import { useState } from 'react';
import { describeGraphFailure, type GraphFailure } from '../../app/graphFailure';
import { cancelBookedMeeting } from '../../app/meetings';
import type { BookedMeeting } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { useAbortSignal } from '../useAbortSignal';

/** Where cancelling stands: not asked, under way, done with a message, or why it failed. */
type CancelState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'cancelling' }
  | { readonly kind: 'cancelled'; readonly comment: string }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/**
 * Cancelling the meeting with a message to everyone. `onCancelled` hears of it even when the
 * dashboard has closed meanwhile: the meeting is cancelled in Exchange, and the list must say so.
 */
export function useCancelMeeting(
  graph: NetworkMeetingGraph,
  meeting: BookedMeeting | undefined,
  onCancelled: (meeting: BookedMeeting) => void,
) {
  const [state, setState] = useState<CancelState>({ kind: 'idle' });
  const start = useAbortSignal();

  async function cancel(comment: string) {
    if (!meeting) return;
    const signal = start();
    setState({ kind: 'cancelling' });
    try {
      // Graph moves a cancelled event to Deleted Items: there is nothing to read back.
      await cancelBookedMeeting(graph, meeting, comment);
      onCancelled(meeting);
      if (!signal.aborted) setState({ kind: 'cancelled', comment });
    } catch (e) {
      if (!signal.aborted) setState({ kind: 'failed', failure: describeGraphFailure(e) });
    }
  }

  return {
    cancel,
    cancelling: state.kind === 'cancelling',
    /** The message the meeting was cancelled with here; undefined while it is not. */
    cancelledWith: state.kind === 'cancelled' ? state.comment : undefined,
    cancelFailure: state.kind === 'failed' ? state.failure : undefined,
  };
}

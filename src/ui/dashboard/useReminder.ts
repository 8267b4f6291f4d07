import { useState } from 'react';
import { describeGraphFailure, type GraphFailure } from '../../app/graphFailure';
import type { BookedMeeting, Invitee } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { useAbortSignal } from '../useAbortSignal';

/** Where the reminder stands: not sent, under way, sent to how many, or why it failed. */
type ReminderState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'sent'; readonly count: number }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/**
 * Sending the invitation again to those who have not answered. Its failure is its own: it says
 * the reminder did not go, and leaves the edits' save alone.
 */
export function useReminder(
  graph: NetworkMeetingGraph,
  meeting: BookedMeeting | undefined,
  unanswered: readonly Invitee[],
) {
  const [state, setState] = useState<ReminderState>({ kind: 'idle' });
  const start = useAbortSignal();

  /** Sends the invitation again to those who have not answered, with the message shown. */
  async function remind(comment: string) {
    if (!meeting || unanswered.length === 0) return;
    const signal = start();
    setState({ kind: 'sending' });
    try {
      await graph.remind(
        meeting.eventId,
        unanswered.map((i) => i.email),
        comment,
      );
      if (!signal.aborted) setState({ kind: 'sent', count: unanswered.length });
    } catch (e) {
      if (!signal.aborted) setState({ kind: 'failed', failure: describeGraphFailure(e) });
    }
  }

  return {
    remind,
    reminding: state.kind === 'sending',
    /** How many were reminded by the last reminder sent here. */
    reminded: state.kind === 'sent' ? state.count : undefined,
    remindFailure: state.kind === 'failed' ? state.failure : undefined,
  };
}

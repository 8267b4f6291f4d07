import { useCallback, useEffect, useState } from 'react';
import { describeGraphFailure, type GraphFailure } from '../../app/graphFailure';
import { findMeetingOfChat, type MeetingView, meetingViewOf } from '../../app/meetingInTeams';
import type { OnlineMeetingEvent } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { useAbortSignal } from '../useAbortSignal';

/** The meeting a tab is in, as far as it has been read. */
export type MeetingLoad =
  | { readonly kind: 'looking' }
  | { readonly kind: 'found'; readonly event: OnlineMeetingEvent; readonly view: MeetingView }
  | { readonly kind: 'noMeeting' }
  | { readonly kind: 'notInCalendar' }
  | { readonly kind: 'chatRefused' }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/**
 * Finds the meeting a tab in a meeting is in (its chat, Graph, the user's calendar) and reads the
 * user's own copy of it; `reload` reads the copy again (after an answer, or when it changed). A
 * newer read cancels an older one.
 */
export function useMeetingInTeams(
  graph: NetworkMeetingGraph,
  chatId: string,
  me: { readonly email: string; readonly name: string },
) {
  const [load, setLoad] = useState<MeetingLoad>({ kind: 'looking' });
  const start = useAbortSignal();
  const { email, name } = me;

  useEffect(() => {
    const signal = start();
    setLoad({ kind: 'looking' });
    void (async () => {
      try {
        const found = await findMeetingOfChat(graph, chatId, Date.now());
        if (signal.aborted) return;
        if (found.kind !== 'found') {
          setLoad({ kind: found.kind });
          return;
        }
        const view = await meetingViewOf(graph, found.event, { email, name });
        if (!signal.aborted) setLoad({ kind: 'found', event: found.event, view });
      } catch (e) {
        if (!signal.aborted) setLoad({ kind: 'failed', failure: describeGraphFailure(e) });
      }
    })();
  }, [graph, chatId, email, name, start]);

  /** Reads the user's copy again, keeping the view on screen until the new one is in. */
  const reload = useCallback(
    async (event: OnlineMeetingEvent) => {
      const signal = start();
      try {
        const view = await meetingViewOf(graph, event, { email, name });
        if (!signal.aborted) setLoad({ kind: 'found', event, view });
      } catch (e) {
        if (!signal.aborted) setLoad({ kind: 'failed', failure: describeGraphFailure(e) });
      }
    },
    [graph, email, name, start],
  );

  return { load, reload };
}

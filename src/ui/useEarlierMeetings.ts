import { useCallback, useMemo, useState } from 'react';
import { describeGraphFailure, type GraphFailure } from '../app/graphFailure';
import { listBookedMeetings } from '../app/meetings';
import type { BookedMeeting } from '../domain';
import type { NetworkMeetingGraph } from '../graph';
import { useAbortSignal } from './useAbortSignal';

const DAY_MS = 86_400_000;

/** The user's booked network meetings, as the start screen lists them to copy from. */
export type EarlierMeetings =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly meetings: readonly BookedMeeting[] }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/** A year back and a year ahead: the meetings an organiser would copy from or follow up. */
function yearAroundNow(now = Date.now()) {
  return {
    start: new Date(now - 365 * DAY_MS).toISOString(),
    end: new Date(now + 365 * DAY_MS).toISOString(),
  };
}

/**
 * The meetings the user organised, read again on each `load`: a newer load cancels an older one,
 * so the list shown is always the last one read.
 */
export function useEarlierMeetings(graph: NetworkMeetingGraph) {
  const [read, setRead] = useState<EarlierMeetings>({ kind: 'loading' });
  // Exchange moves a cancelled meeting out of the organiser's calendar (to Deleted Items), so
  // the list cannot read it back: those cancelled here stay listed, marked, for the session.
  const [cancelledHere, setCancelledHere] = useState<ReadonlyMap<string, BookedMeeting>>(
    () => new Map(),
  );
  const start = useAbortSignal();

  const load = useCallback(() => {
    const signal = start();
    setRead({ kind: 'loading' });
    listBookedMeetings(graph, yearAroundNow()).then(
      (meetings) => {
        if (signal.aborted) return;
        setRead({
          kind: 'loaded',
          meetings: meetings.filter((m) => m.isOrganizer && !m.isCancelled),
        });
      },
      (e: unknown) => {
        if (!signal.aborted) setRead({ kind: 'failed', failure: describeGraphFailure(e) });
      },
    );
  }, [graph, start]);

  const earlier = useMemo<EarlierMeetings>(() => {
    if (read.kind !== 'loaded') return read;
    const gone = [...cancelledHere.values()].filter(
      (c) => !read.meetings.some((m) => m.eventId === c.eventId),
    );
    return { kind: 'loaded', meetings: [...read.meetings, ...gone] };
  }, [read, cancelledHere]);

  /** Keeps a meeting cancelled on the dashboard in the organiser's list, marked cancelled. */
  const markCancelled = useCallback((meeting: BookedMeeting) => {
    setCancelledHere((current) =>
      new Map(current).set(meeting.eventId, { ...meeting, isCancelled: true }),
    );
  }, []);

  return { earlier, load, markCancelled };
}

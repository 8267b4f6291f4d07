import { useEffect, useRef } from 'react';
import type { OnlineMeetingEvent } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';

/** How often the side panel asks whether the meeting changed: at most once a minute. */
export const CHANGE_CHECK_MS = 60_000;

/**
 * Asks Graph for the event's change key once a minute (one small read) and calls `onChanged`
 * only when it differs from the one last seen; the plan itself is read again only then. A failed
 * check is tried again the next minute.
 */
export function useChangeWatch(
  graph: NetworkMeetingGraph,
  event: OnlineMeetingEvent | undefined,
  onChanged: (event: OnlineMeetingEvent) => void,
): void {
  const known = useRef<string | undefined>(undefined);
  const changed = useRef(onChanged);
  changed.current = onChanged;
  const eventId = event?.eventId;
  const current = useRef(event);
  current.current = event;
  useEffect(() => {
    const first = current.current;
    if (!eventId || !first) return undefined;
    known.current = first.changeKey;
    const id = setInterval(() => {
      graph.changeKey(eventId).then(
        (key) => {
          if (key === known.current) return;
          known.current = key;
          const seen = current.current;
          if (seen) changed.current({ ...seen, changeKey: key });
        },
        () => undefined,
      );
    }, CHANGE_CHECK_MS);
    return () => clearInterval(id);
  }, [graph, eventId]);
}

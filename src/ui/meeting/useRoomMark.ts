import { useCallback, useState } from 'react';
import type { RoomMark } from '../../domain';
import { browserStorage } from '../../host/browserStorage';

const KEY = 'nm.room.';

function read(storage: Storage | undefined, eventId: string): RoomMark | undefined {
  try {
    const raw = JSON.parse(storage?.getItem(KEY + eventId) ?? 'null') as unknown;
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { itemId, sinceMs } = raw as Record<string, unknown>;
    return typeof itemId === 'string' && typeof sinceMs === 'number'
      ? { itemId, sinceMs }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where this person said the room is (`RoomMark`), for this browser tab's session only: it is
 * theirs alone (nobody else's panel sees it) and no token or plan is stored with it.
 */
export function useRoomMark(eventId: string | undefined) {
  const storage = browserStorage('sessionStorage');
  const [mark, setMark] = useState<{ eventId: string; mark: RoomMark | undefined }>();
  const current =
    eventId === undefined
      ? undefined
      : mark?.eventId === eventId
        ? mark.mark
        : read(storage, eventId);
  const set = useCallback(
    (next: RoomMark | undefined) => {
      if (!eventId) return;
      if (next) storage?.setItem(KEY + eventId, JSON.stringify(next));
      else storage?.removeItem(KEY + eventId);
      setMark({ eventId, mark: next });
    },
    [eventId, storage],
  );
  return [current, set] as const;
}

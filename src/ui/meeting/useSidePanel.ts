import { useCallback, useMemo, useState } from 'react';
import { programmeOfView } from '../../app/meetingInTeams';
import { stageLinkOf } from '../../app/stageLink';
import { liveProgrammeAt, roomMovedOn } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import type { Host, StageShareResult } from '../../host/hostInfo';
import { useChangeWatch } from './useChangeWatch';
import { useMeetingInTeams } from './useMeetingInTeams';
import { useNow } from './useNow';
import { useRoomMark } from './useRoomMark';

/**
 * The side panel's state: the meeting (found once), its programme (read again only when the
 * event's change key moved, checked once a minute), the device's clock every second, where the
 * room was said to be, and sharing to the stage.
 */
export function useSidePanel(
  graph: NetworkMeetingGraph,
  host: Host,
  chatId: string,
  me: { readonly email: string; readonly name: string },
) {
  const { load, reload } = useMeetingInTeams(graph, chatId, me);
  const event = load.kind === 'found' ? load.event : undefined;
  useChangeWatch(graph, event, (changed) => void reload(changed));
  const programme = useMemo(
    () => (load.kind === 'found' ? programmeOfView(load.view) : undefined),
    [load],
  );
  const now = useNow();
  const [room, setRoom] = useRoomMark(event?.eventId);
  const live = programme ? liveProgrammeAt(programme, now, room) : undefined;
  const [shared, setShared] = useState<StageShareResult['kind'] | 'sharing' | undefined>();

  const moveOn = useCallback(() => {
    if (!live) return;
    const at = Date.now();
    setRoom(roomMovedOn(live, at));
  }, [live, setRoom]);

  const share = useCallback(async () => {
    if (!programme) return;
    setShared('sharing');
    const link = await stageLinkOf(location.origin, programme);
    setShared((await host.shareToStage(link)).kind);
  }, [host, programme]);

  return {
    load,
    programme,
    live,
    now,
    room,
    moveOn,
    followPlan: () => setRoom(undefined),
    share: () => void share(),
    shared,
  };
}

import type { NetworkMeetingGraph } from '../../graph';
import type { Host } from '../../host/hostInfo';
import { useLocale, useStrings } from '../StringsContext';
import { MeetingNotices } from './MeetingNotices';
import { renderSidePanel } from './renderSidePanel';
import { useSidePanel } from './useSidePanel';
import { useSidePanelStyles } from './useSidePanelStyles.styles';

/**
 * The meeting's side panel (about 320 px): the live programme from the device's clock in
 * Copenhagen time, with no Graph call per tick; and the button that puts it on the stage.
 */
export default function SidePanel(props: {
  readonly graph: NetworkMeetingGraph;
  readonly host: Host;
  readonly chatId: string;
  readonly me: { readonly email: string; readonly name: string };
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useSidePanelStyles();
  const state = useSidePanel(props.graph, props.host, props.chatId, props.me);
  if (!state.programme || !state.live)
    return <MeetingNotices load={state.load} host={props.host} />;
  return renderSidePanel(state, state.programme, state.live, styles, locale, t);
}

import { Body1, Link, Spinner } from '@fluentui/react-components';
import { type Host, PERSONAL_TAB_ID } from '../../host/hostInfo';
import { FailureBar } from '../FailureBar';
import { useStrings } from '../StringsContext';
import type { MeetingLoad } from './useMeetingInTeams';

/** Where the app's personal tab is: Teams' deep link to it, or the app's own page outside Teams. */
function personalTabLink(host: Host): string {
  const appId = host.info.appId;
  return appId
    ? `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${PERSONAL_TAB_ID}`
    : `${location.origin}/?view=personal`;
}

/** A link to plan a network meeting: the app's personal tab, opened by Teams where it can. */
export function PlanOneLink({ host }: { readonly host: Host }) {
  const t = useStrings();
  const href = personalTabLink(host);
  return (
    <Link
      href={href}
      target="_top"
      onClick={(e) => {
        e.preventDefault();
        void host.openPersonalApp().then((opened) => {
          if (!opened) window.open(href, '_top');
        });
      }}
    >
      {t('planOne')}
    </Link>
  );
}

/**
 * What a tab in a meeting says while it looks for the meeting, or when it finds no network
 * meeting: one line, with a link to plan one. Nothing once a network meeting is found.
 */
export function MeetingNotices({
  load,
  host,
}: {
  readonly load: MeetingLoad;
  readonly host: Host;
}) {
  const t = useStrings();
  switch (load.kind) {
    case 'looking':
      return <Spinner size="tiny" label={t('meetingLooking')} />;
    case 'failed':
      return <FailureBar failure={load.failure} />;
    case 'found':
      if (load.view.kind !== 'notNetwork') return null;
      return (
        <Body1 as="p" data-testid="not-network">
          {t('notNetworkMeeting')} <PlanOneLink host={host} />
        </Body1>
      );
    case 'noMeeting':
      return (
        <Body1 as="p" data-testid="not-network">
          {t('notNetworkMeeting')} <PlanOneLink host={host} />
        </Body1>
      );
    case 'notInCalendar':
      return (
        <Body1 as="p" data-testid="not-found">
          {t('meetingNotFound')} <PlanOneLink host={host} />
        </Body1>
      );
    case 'chatRefused':
      return (
        <Body1 as="p" data-testid="chat-refused">
          {t('meetingChatRefused')}
        </Body1>
      );
  }
}

import { Body1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { describeGraphFailure, type GraphFailure } from '../../app/graphFailure';
import { type AnsweredInvitation, answerInMeeting } from '../../app/meetingInTeams';
import type { RetryFeed } from '../../app/retryFeed';
import type { NetworkMeetingGraph } from '../../graph';
import type { Host } from '../../host/hostInfo';
import { MeetingDashboard } from '../dashboard/MeetingDashboard';
import { FailureBar } from '../FailureBar';
import { InvitationItem } from '../InvitationItem';
import { RetryFeedContext } from '../RetryNotice';
import { useStrings } from '../StringsContext';
import { MeetingNotices } from './MeetingNotices';
import { useMeetingInTeams } from './useMeetingInTeams';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyle: 'none' },
});

/**
 * A meeting's details tab and chat tab (one tab in Teams): the organiser sees this meeting's
 * follow-up, as the start screen would open it; an invitee their roles, their part of the
 * programme and their answer, the MED chair and vice-chair asked to confirm. Any other meeting
 * gets one line saying so, with a link to plan a network meeting.
 */
export default function MeetingTab(props: {
  readonly graph: NetworkMeetingGraph;
  readonly host: Host;
  readonly chatId: string;
  readonly me: { readonly email: string; readonly name: string };
  readonly retries: RetryFeed;
}) {
  const t = useStrings();
  const styles = useStyles();
  const { load } = useMeetingInTeams(props.graph, props.chatId, props.me);
  const [answered, setAnswered] = useState<AnsweredInvitation | undefined>(undefined);
  const [failure, setFailure] = useState<GraphFailure | undefined>(undefined);
  const view = load.kind === 'found' ? load.view : undefined;

  if (view?.kind === 'organiser') {
    return (
      <RetryFeedContext.Provider value={props.retries}>
        <MeetingDashboard graph={props.graph} eventId={view.meeting.eventId} />
      </RetryFeedContext.Provider>
    );
  }
  if (view?.kind === 'invitee') {
    const invitation = answered?.invitation ?? view.invitation;
    return (
      <section className={styles.page} aria-labelledby="your-part-heading">
        <Title3 as="h2" id="your-part-heading">
          {t('paneYourPart')}
        </Title3>
        <FailureBar failure={failure} />
        {answered ? <Body1 role="status">{t('answered')}</Body1> : null}
        <ul className={styles.list}>
          <InvitationItem
            invitation={invitation}
            removedFromCalendar={answered?.removedFromCalendar}
            onAnswer={(answer, comment) => {
              setFailure(undefined);
              answerInMeeting(props.graph, invitation, answer, comment, props.me).then(
                setAnswered,
                (e: unknown) => setFailure(describeGraphFailure(e)),
              );
            }}
          />
        </ul>
      </section>
    );
  }
  return <MeetingNotices load={load} host={props.host} />;
}

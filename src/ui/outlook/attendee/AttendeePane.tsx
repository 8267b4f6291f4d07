import { Body1, Spinner } from '@fluentui/react-components';
import { useMemo } from 'react';
import { agendaInInvite } from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';
import type { MeetingForm } from '../../../host/outlook/meetingForm';
import { FailureBar } from '../../FailureBar';
import { InvitationItem } from '../../InvitationItem';
import { ProgrammeRows } from '../../ProgrammeRows';
import { useStrings } from '../../StringsContext';
import { useOutlookPaneStyles } from '../useOutlookPaneStyles.styles';
import { useAttendeePane } from './useAttendeePane';

/**
 * The attendee's pane beside an invitation in Outlook: their roles, their part of the programme,
 * the answer (accept, tentative, decline, with a comment; MED chairs asked to confirm), as the
 * tab's invitation shows it, and the whole programme with their rows marked.
 */
export function AttendeePane(props: {
  readonly form: MeetingForm;
  readonly graph: NetworkMeetingGraph;
}) {
  const t = useStrings();
  const styles = useOutlookPaneStyles();
  const pane = useAttendeePane(props);
  const { load } = pane;
  const rows = useMemo(
    () => (load.kind === 'invitation' ? agendaInInvite(load.invitation.html) : []),
    [load],
  );
  if (load.kind === 'loading') return <Spinner label={t('paneLoadingInvitation')} />;
  if (load.kind === 'failed') {
    return load.failure ? (
      <FailureBar failure={load.failure} />
    ) : (
      <Body1>{t('paneFormFailed')}</Body1>
    );
  }
  if (load.kind === 'other') {
    return (
      <Body1 as="p" data-testid="not-network-meeting">
        {t('paneNotNetworkMeeting')}
      </Body1>
    );
  }
  if (load.kind === 'notMeeting') {
    return (
      <Body1 as="p" data-testid="not-meeting">
        {t('paneNotMeetingMessage')}
      </Body1>
    );
  }
  if (load.kind === 'notInCalendar') {
    return (
      <Body1 as="p" data-testid="not-in-calendar">
        {t('paneNotInCalendar')}
      </Body1>
    );
  }
  const invitation = load.invitation;
  return (
    <>
      <FailureBar failure={pane.answerFailure} />
      {pane.answered ? <Body1 role="status">{t('answered')}</Body1> : null}
      <ul className={styles.list}>
        <InvitationItem
          invitation={invitation}
          removedFromCalendar={pane.removedFromCalendar}
          programmeBelow
          onAnswer={(a, c) => void pane.answer(invitation, a, c)}
        />
      </ul>
      <ProgrammeRows
        rows={rows}
        mine={invitation.expected.blocks}
        headingId="whole-programme-heading"
      />
    </>
  );
}

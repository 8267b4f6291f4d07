import { Body1, makeStyles, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { GraphFailure } from '../app/graphFailure';
import { type Invitation, type InvitationAnswer, meetingsByTime } from '../domain';
import { FailureBar } from './FailureBar';
import { InvitationItem } from './InvitationItem';
import { MeetingsPart } from './MeetingsPart';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalM },
});

/** What the user's network-meeting invitations look like on the start screen. */
export type InvitationsLoad =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'loaded';
      readonly invitations: readonly Invitation[];
      /** Event ids of those declined here that Exchange has since taken out of the calendar. */
      readonly removedFromCalendar?: ReadonlySet<string>;
    }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/**
 * The network meetings the user is invited to: those ahead, to answer here or in Outlook, and
 * those of the last half year, with the answer given and the programme.
 */
export function InvitationsList(props: {
  readonly load: InvitationsLoad;
  readonly answered: boolean;
  readonly answerFailure: GraphFailure | undefined;
  readonly onAnswer: (invitation: Invitation, answer: InvitationAnswer, comment: string) => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const { load } = props;
  const split = useMemo(
    () => (load.kind === 'loaded' ? meetingsByTime(load.invitations, new Date()) : undefined),
    [load],
  );
  return (
    <section aria-labelledby="invitations-heading">
      <Subtitle1 as="h2" block id="invitations-heading">
        {t('invitedTo')}
      </Subtitle1>
      {load.kind === 'loading' ? <Spinner size="tiny" label={t('loadingMeetings')} /> : null}
      <FailureBar failure={load.kind === 'failed' ? load.failure : props.answerFailure} />
      {props.answered ? <Body1 role="status">{t('answered')}</Body1> : null}
      {split && split.upcoming.length === 0 && split.past.length === 0 ? (
        <Body1>{t('noInvitations')}</Body1>
      ) : null}
      {split && (split.upcoming.length > 0 || split.past.length > 0) ? (
        <>
          <MeetingsPart
            id="invitations-upcoming"
            heading={t('upcomingInvitations')}
            listClassName={styles.list}
            empty={t('noUpcomingInvitations')}
          >
            {split.upcoming.map((m) => (
              <InvitationItem
                key={m.eventId}
                invitation={m}
                removedFromCalendar={
                  load.kind === 'loaded' && !!load.removedFromCalendar?.has(m.eventId)
                }
                onAnswer={(a, c) => props.onAnswer(m, a, c)}
              />
            ))}
          </MeetingsPart>
          <MeetingsPart
            id="invitations-past"
            heading={t('pastInvitations')}
            listClassName={styles.list}
          >
            {split.past.map((m) => (
              <InvitationItem key={m.eventId} invitation={m} />
            ))}
          </MeetingsPart>
        </>
      ) : null}
    </section>
  );
}

import {
  Body1,
  makeStyles,
  Spinner,
  Subtitle1,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { GraphFailure } from '../app/graphFailure';
import { type Invitation, type InvitationAnswer, meetingsByTime } from '../domain';
import { FailureBar } from './FailureBar';
import { InvitationItem } from './InvitationItem';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalM },
  section: { display: 'grid', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
});

/** What the user's network-meeting invitations look like on the start screen. */
export type InvitationsLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly invitations: readonly Invitation[] }
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
  /** The moment that parts coming from earlier meetings; when the list was read by default. */
  readonly now?: Date | undefined;
}) {
  const t = useStrings();
  const styles = useStyles();
  const { load, now } = props;
  const split = useMemo(
    () =>
      load.kind === 'loaded' ? meetingsByTime(load.invitations, now ?? new Date()) : undefined,
    [load, now],
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
          <div className={styles.section}>
            <Subtitle2 as="h3" id="invitations-upcoming">
              {t('upcomingInvitations')}
            </Subtitle2>
            {split.upcoming.length === 0 ? <Body1>{t('noUpcomingInvitations')}</Body1> : null}
            {split.upcoming.length > 0 ? (
              <ul className={styles.list} aria-labelledby="invitations-upcoming">
                {split.upcoming.map((m) => (
                  <InvitationItem
                    key={m.eventId}
                    invitation={m}
                    onAnswer={(a, c) => props.onAnswer(m, a, c)}
                  />
                ))}
              </ul>
            ) : null}
          </div>
          {split.past.length > 0 ? (
            <div className={styles.section}>
              <Subtitle2 as="h3" id="invitations-past">
                {t('pastInvitations')}
              </Subtitle2>
              <ul className={styles.list} aria-labelledby="invitations-past">
                {split.past.map((m) => (
                  <InvitationItem key={m.eventId} invitation={m} />
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Spinner,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { GraphFailure } from '../app/graphFailure';
import {
  type AttendanceResponse,
  formatDate,
  formatTimeRange,
  type Invitation,
  type InvitationAnswer,
} from '../domain';
import { FailureBar } from './FailureBar';
import { MailBodyFrame } from './MailBodyFrame';
import type { StringKey } from './strings';
import { useLocale, useStrings } from './StringsContext';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalM },
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

const RESPONSE: Readonly<Record<AttendanceResponse, StringKey>> = {
  accepted: 'accepted',
  tentative: 'tentative',
  declined: 'declined',
  none: 'noAnswer',
};

/** What the user's network-meeting invitations look like on the start screen. */
export type InvitationsLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly invitations: readonly Invitation[] }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/** One invitation: when, who organises, the user's answer, the programme, and answering. */
function InvitationItem(props: {
  readonly invitation: Invitation;
  readonly onAnswer: (answer: InvitationAnswer, comment: string) => void;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [comment, setComment] = useState('');
  const [agenda, setAgenda] = useState(false);
  const m = props.invitation;
  // Graph gives the times in Copenhagen (the Prefer header), as wall-clock strings.
  const when = `${formatDate(m.start.slice(0, 10), locale)}, ${formatTimeRange(m.start.slice(11, 16), m.end.slice(11, 16), locale)}`;
  return (
    <li className={styles.item} data-plan={m.planId}>
      <Body1Strong>{m.subject}</Body1Strong>
      <Caption1
        className={styles.muted}
      >{`${when} · ${t('organisedBy')}: ${m.organizer.name}`}</Caption1>
      <Body1 data-testid="my-answer">{`${t('yourAnswer')}: ${t(RESPONSE[m.myResponse])}`}</Body1>
      <div className={styles.actions}>
        <Field label={t('answerComment')}>
          <Input value={comment} onChange={(_, d) => setComment(d.value)} />
        </Field>
        <Button appearance="primary" onClick={() => props.onAnswer('accept', comment)}>
          {t('answerAccept')}
        </Button>
        <Button onClick={() => props.onAnswer('tentativelyAccept', comment)}>
          {t('answerTentative')}
        </Button>
        <Button onClick={() => props.onAnswer('decline', comment)}>{t('answerDecline')}</Button>
        <Button appearance="subtle" aria-expanded={agenda} onClick={() => setAgenda(!agenda)}>
          {agenda ? t('hideAgenda') : t('showAgenda')}
        </Button>
      </div>
      {agenda ? <MailBodyFrame title={`${t('agenda')}: ${m.subject}`} html={m.html} /> : null}
    </li>
  );
}

/** The network meetings the user is invited to, each to answer here or in Outlook. */
export function InvitationsList(props: {
  readonly load: InvitationsLoad;
  readonly answered: boolean;
  readonly answerFailure: GraphFailure | undefined;
  readonly onAnswer: (invitation: Invitation, answer: InvitationAnswer, comment: string) => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const { load } = props;
  return (
    <section aria-labelledby="invitations-heading">
      <Subtitle1 as="h2" block id="invitations-heading">
        {t('invitedTo')}
      </Subtitle1>
      {load.kind === 'loading' ? <Spinner size="tiny" label={t('loadingMeetings')} /> : null}
      <FailureBar failure={load.kind === 'failed' ? load.failure : props.answerFailure} />
      {props.answered ? <Body1 role="status">{t('answered')}</Body1> : null}
      {load.kind === 'loaded' && load.invitations.length === 0 ? (
        <Body1>{t('noInvitations')}</Body1>
      ) : null}
      {load.kind === 'loaded' && load.invitations.length > 0 ? (
        <ul className={styles.list} aria-labelledby="invitations-heading">
          {load.invitations.map((m) => (
            <InvitationItem
              key={m.eventId}
              invitation={m}
              onAnswer={(a, c) => props.onAnswer(m, a, c)}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

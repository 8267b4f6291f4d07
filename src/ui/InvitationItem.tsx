import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import {
  agendaInInvite,
  type AttendanceResponse,
  dateOf,
  formatDate,
  formatTimeRange,
  type Invitation,
  type InvitationAnswer,
  joinList,
  roleInSentence,
  rowTimeIn,
  wallTimeAt,
} from '../domain';
import { DeclineDialog } from './DeclineDialog';
import { ProgrammeRows } from './ProgrammeRows';
import type { StringKey } from './strings';
import { useLocale, useStrings } from './StringsContext';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  // A border as well as a tint: forced colours drop the tint and keep the border.
  expected: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  blocks: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { whiteSpace: 'pre-wrap' },
});

const RESPONSE: Readonly<Record<AttendanceResponse, StringKey>> = {
  accepted: 'accepted',
  tentative: 'tentative',
  declined: 'declined',
  none: 'noAnswer',
};

/**
 * One invitation: when, who organises, the user's roles and the blocks that count on them, their
 * answer, and (while the meeting is ahead and not cancelled) answering; the programme on request.
 */
export function InvitationItem(props: {
  readonly invitation: Invitation;
  /** Absent for a meeting that has ended: there is nothing left to answer. */
  readonly onAnswer?: ((answer: InvitationAnswer, comment: string) => void) | undefined;
  /** Declined here and since moved out of the calendar by Exchange: nothing left to answer. */
  readonly removedFromCalendar?: boolean | undefined;
  /** The whole programme is shown below the item (Outlook's pane): no button for it here. */
  readonly programmeBelow?: boolean | undefined;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [comment, setComment] = useState('');
  const [agenda, setAgenda] = useState(false);
  const m = props.invitation;
  const rows = useMemo(() => (agenda ? agendaInInvite(m.html) : []), [agenda, m.html]);
  // A cancelled meeting, or one Exchange has taken out of the calendar, has nothing to answer.
  const onAnswer = m.isCancelled || props.removedFromCalendar ? undefined : props.onAnswer;
  const when = `${formatDate(dateOf(m.start), locale)}, ${formatTimeRange(wallTimeAt(m.start), wallTimeAt(m.end), locale)}`;
  const headingId = `invitation-${m.eventId}`;
  return (
    <li className={styles.item} data-plan={m.planId} aria-labelledby={headingId}>
      <Body1Strong id={headingId}>{m.subject}</Body1Strong>
      <Caption1 className={styles.muted}>
        {t('organisedBy', { when, name: m.organizer.name })}
      </Caption1>
      {m.myRoles.length > 0 ? (
        <Body1 data-testid="my-roles">
          {t('yourRoles', {
            roles: joinList(
              locale,
              m.myRoles.map((r) => roleInSentence(r, locale)),
            ),
          })}
        </Body1>
      ) : null}
      {m.expected.blocks.length > 0 ? (
        <div className={styles.expected} data-testid="expected-blocks">
          <Body1Strong>{t('expectedOfYou')}</Body1Strong>
          <ul className={styles.blocks}>
            {m.expected.blocks.map((b) => (
              <li key={`${b.time} ${b.title}`}>
                <Body1>{`${rowTimeIn(b, locale)} ${b.title}`}</Body1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {m.isCancelled ? (
        <Body1Strong data-testid="cancelled">{t('invitationCancelled')}</Body1Strong>
      ) : null}
      {m.isCancelled && m.cancellationNote ? (
        <Body1 className={styles.note} data-testid="cancellation-note">
          {t('organiserMessage', { message: m.cancellationNote })}
        </Body1>
      ) : null}
      <Body1 data-testid="my-answer">
        {t('yourAnswer', { answer: t(RESPONSE[m.myResponse]) })}
      </Body1>
      {props.removedFromCalendar ? (
        <Body1 data-testid="declined-removed">{t('declinedRemoved')}</Body1>
      ) : null}
      {onAnswer && m.expected.mustConfirm && m.myResponse === 'none' ? (
        <Body1 data-testid="please-confirm">{t('pleaseConfirm')}</Body1>
      ) : null}
      <div className={styles.actions}>
        {onAnswer ? (
          <>
            <Field label={t('answerComment')}>
              <Input value={comment} onChange={(_, d) => setComment(d.value)} />
            </Field>
            <Button appearance="primary" onClick={() => onAnswer('accept', comment)}>
              {t('answerAccept')}
            </Button>
            <Button onClick={() => onAnswer('tentativelyAccept', comment)}>
              {t('answerTentative')}
            </Button>
            <DeclineDialog
              invitation={m}
              comment={comment}
              describedBy={`${headingId}-decline-hint`}
              onDecline={() => onAnswer('decline', comment)}
            />
          </>
        ) : null}
        {props.programmeBelow ? null : (
          <Button appearance="subtle" aria-expanded={agenda} onClick={() => setAgenda(!agenda)}>
            {agenda ? t('hideAgenda') : t('showAgenda')}
          </Button>
        )}
      </div>
      {onAnswer ? (
        <Caption1 id={`${headingId}-decline-hint`} className={styles.muted}>
          {m.myResponse === 'declined' ? t('changeDeclined') : t('declineHint')}
        </Caption1>
      ) : null}
      {agenda && !props.programmeBelow ? (
        <ProgrammeRows
          rows={rows}
          mine={m.expected.blocks}
          headingId={`${headingId}-programme`}
          headingLevel="h4"
        />
      ) : null}
    </li>
  );
}

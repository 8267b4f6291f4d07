import { Body1, Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { SendOutcome } from '../../app/sendPlan';
import type { BookedMeeting } from '../../domain';
import { failureText } from '../failureText';
import { RetryNotice } from '../RetryNotice';
import { useLocale, useStrings } from '../StringsContext';

const useStyles = makeStyles({
  bar: { display: 'grid', gap: tokens.spacingVerticalS },
  problem: { color: tokens.colorPaletteRedForeground1 },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  invited: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: '240px',
    overflowY: 'auto',
  },
});

/** The Send button: disabled, saying why, while an error stands; then what happened. */
export function SendBar(props: {
  readonly errorCount: number;
  readonly sending: boolean;
  readonly outcome: SendOutcome | undefined;
  readonly onSend: () => void;
  /** Opens the follow-up of the meeting just booked: answers, reminders, changes. */
  readonly onFollowUp: (meeting: BookedMeeting) => void;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const blocked = props.errorCount > 0;
  const sent = props.outcome?.kind === 'sent' ? props.outcome.meeting : undefined;
  return (
    <div className={styles.bar}>
      <Button
        appearance="primary"
        disabledFocusable={blocked || props.sending || !!sent}
        aria-describedby={blocked ? 'send-blocked' : undefined}
        onClick={props.onSend}
      >
        {props.sending ? t('sending') : t('send')}
      </Button>
      {blocked ? (
        <Body1 id="send-blocked" className={styles.problem}>
          {t('sendBlocked', { n: props.errorCount })}
        </Body1>
      ) : null}
      {props.sending ? <Spinner size="tiny" label={t('sending')} /> : null}
      <RetryNotice active={props.sending} />
      {props.outcome?.kind === 'failed' ? (
        <Body1 role="alert" className={styles.problem}>
          {failureText(props.outcome.failure, locale)}
        </Body1>
      ) : null}
      {sent ? (
        <div role="status">
          <Body1 as="p" block>
            {t('sent')}
          </Body1>
          <div className={styles.links}>
            <Button size="small" appearance="primary" onClick={() => props.onFollowUp(sent)}>
              {t('followUpSent')}
            </Button>
            <Button as="a" size="small" href={sent.webLink} target="_blank" rel="noreferrer">
              {t('openInOutlook')}
            </Button>
            {sent.joinUrl ? (
              <Button as="a" size="small" href={sent.joinUrl} target="_blank" rel="noreferrer">
                {t('joinTeams')}
              </Button>
            ) : null}
          </div>
          <Body1 as="p" block id="sent-invited">
            {t('invited', { n: sent.plan.invitees.length })}
          </Body1>
          <ul className={styles.invited} aria-labelledby="sent-invited" tabIndex={0}>
            {sent.plan.invitees.map((i) => (
              <li key={i.email}>
                <Body1>
                  {t('sentInvitee', { name: i.name, required: i.attendance === 'required' })}
                </Body1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

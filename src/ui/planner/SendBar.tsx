import { Body1, Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { SendOutcome } from '../../app/sendPlan';
import { failureText } from '../failureText';
import { RetryNotice } from '../RetryNotice';
import { useLocale, useStrings } from '../StringsContext';

const useStyles = makeStyles({
  bar: { display: 'grid', gap: tokens.spacingVerticalS },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** The Send button: disabled, saying why, while an error stands; a failure, if sending failed. */
export function SendBar(props: {
  readonly errorCount: number;
  readonly sending: boolean;
  readonly outcome: SendOutcome | undefined;
  readonly onSend: () => void;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const blocked = props.errorCount > 0;
  return (
    <div className={styles.bar}>
      <Button
        appearance="primary"
        disabledFocusable={blocked || props.sending}
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
    </div>
  );
}

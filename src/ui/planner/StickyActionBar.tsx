import { Button } from '@fluentui/react-components';
import { useStrings } from '../StringsContext';
import { useStickyActionBarStyles } from './useStickyActionBarStyles.styles';

/**
 * Send, always at the bottom of a narrow window (a meeting's side panel, a phone), where the
 * findings and Send are below the long form rather than beside it. With errors left it says how
 * many ("Send invitation (3 fejl)") and takes the organiser to the findings.
 */
export function StickyActionBar(props: {
  readonly errorCount: number;
  readonly sending: boolean;
  readonly onSend: () => void;
  readonly onShowFindings: () => void;
}) {
  const t = useStrings();
  const styles = useStickyActionBarStyles();
  const { errorCount } = props;
  const label = props.sending
    ? t('sending')
    : errorCount > 0
      ? t('sendWithErrors', { n: errorCount })
      : t('send');
  const showFindings = errorCount > 0;
  return (
    <div className={styles.bar} data-testid="action-bar">
      <Button
        className={styles.send}
        appearance={showFindings ? 'secondary' : 'primary'}
        disabledFocusable={props.sending}
        aria-describedby={errorCount > 0 ? 'send-blocked' : undefined}
        onClick={showFindings ? props.onShowFindings : props.onSend}
      >
        {label}
      </Button>
    </div>
  );
}

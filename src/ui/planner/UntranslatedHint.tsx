import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { isUntranslated, type PlanText } from '../../domain';
import { useLocale, useStrings } from '../StringsContext';

const useStyles = makeStyles({
  hint: { color: tokens.colorPaletteDarkOrangeForeground1 },
  keep: { minWidth: 0, padding: 0, height: 'auto', verticalAlign: 'baseline' },
});

/**
 * Under a text field of the plan: when the text shown is the other language's words, written
 * there and not yet translated, says so (it is shown and sent as written) and lets the organiser
 * keep it as it is. Nothing otherwise.
 */
export function UntranslatedHint(props: {
  readonly id: string;
  readonly text: PlanText;
  readonly onKeep: () => void;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  if (!isUntranslated(props.text, locale)) return null;
  return (
    <span id={props.id} className={styles.hint} data-testid="untranslated">
      {t('untranslatedHint')}{' '}
      <Button appearance="transparent" size="small" className={styles.keep} onClick={props.onKeep}>
        {t('keepUntranslated')}
      </Button>
    </span>
  );
}

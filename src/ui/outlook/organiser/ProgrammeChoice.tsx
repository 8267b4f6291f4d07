import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { formatTimeRange, PROGRAMMES, type ProgrammeId } from '../../../domain';
import { useLocale, useStrings } from '../../StringsContext';
import { useOutlookPaneStyles } from '../useOutlookPaneStyles.styles';

const CHOICES: readonly ProgrammeId[] = ['first', 'second', 'blank'];

/** The guide's programmes to start a network meeting from, in a meeting that has none yet. */
export function ProgrammeChoice(props: { readonly onChoose: (programme: ProgrammeId) => void }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useOutlookPaneStyles();
  return (
    <section className={styles.section} aria-labelledby="programme-choice-heading">
      <Subtitle2 as="h2" id="programme-choice-heading" className={styles.heading}>
        {t('programmes')}
      </Subtitle2>
      <Body1 as="p" className={styles.muted}>
        {t('paneOrganiserIntro')}
      </Body1>
      <div className={styles.actions}>
        {CHOICES.map((id) => {
          const p = PROGRAMMES[id];
          const last = p.blocks.at(-1);
          const time =
            id === 'blank' ? '' : ` (${formatTimeRange(p.start, last?.end ?? p.start, locale)})`;
          return (
            <Button
              key={id}
              appearance={id === 'first' ? 'primary' : 'secondary'}
              onClick={() => props.onChoose(id)}
            >
              {`${p.name[locale]}${time}`}
            </Button>
          );
        })}
      </div>
    </section>
  );
}

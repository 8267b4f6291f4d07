import { Body1, Body1Strong, Caption1, mergeClasses, Subtitle2 } from '@fluentui/react-components';
import type { InviteAgendaRow } from '../../../domain';
import { useStrings } from '../../StringsContext';
import { useOutlookPaneStyles } from '../useOutlookPaneStyles.styles';

/** The whole programme as the invitation gives it, the attendee's own rows marked. */
export function ProgrammeRows(props: {
  readonly rows: readonly InviteAgendaRow[];
  readonly mine: readonly InviteAgendaRow[];
}) {
  const t = useStrings();
  const styles = useOutlookPaneStyles();
  const mine = new Set(props.mine.map((r) => `${r.time} ${r.title}`));
  return (
    <section className={styles.section} aria-labelledby="whole-programme-heading">
      <Subtitle2 as="h2" id="whole-programme-heading" className={styles.heading}>
        {t('paneWholeProgramme')}
      </Subtitle2>
      <ol className={styles.programme} data-testid="whole-programme">
        {props.rows.map((row) => {
          const isMine = mine.has(`${row.time} ${row.title}`);
          return (
            <li
              key={`${row.time} ${row.title}`}
              className={mergeClasses(styles.programmeRow, isMine && styles.mine)}
              data-mine={isMine || undefined}
            >
              <Body1>{row.time}</Body1>
              {isMine ? <Body1Strong>{row.title}</Body1Strong> : <Body1>{row.title}</Body1>}
              {row.presenters ? (
                <Caption1 className={styles.presenters}>{row.presenters}</Caption1>
              ) : null}
              {isMine ? (
                <Caption1 className={styles.presenters}>{t('paneYourPart')}</Caption1>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

import {
  Body1,
  Body1Strong,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { type InviteAgendaRow, rowTimeIn } from '../domain';
import { useLocale, useStrings } from './StringsContext';

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  programme: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'grid', gap: '2px' },
  row: {
    display: 'grid',
    gridTemplateColumns: '6.5em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    fontVariantNumeric: 'tabular-nums',
  },
  // A border as well as a tint: forced colours drop the tint and keep the border.
  mine: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
  },
  presenters: { gridColumn: '2', color: tokens.colorNeutralForeground2 },
});

/**
 * The whole programme as the invitation gives it, the attendee's own rows marked, times in the
 * UI's format: in the tab's invitations and in Outlook's attendee pane alike.
 */
export function ProgrammeRows(props: {
  readonly rows: readonly InviteAgendaRow[];
  readonly mine: readonly InviteAgendaRow[];
  /** Unique on the page: a list of invitations shows several programmes. */
  readonly headingId: string;
  readonly headingLevel?: 'h2' | 'h3' | 'h4';
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const mine = new Set(props.mine.map((r) => `${r.time} ${r.title}`));
  return (
    <section className={styles.section} aria-labelledby={props.headingId}>
      <Subtitle2 as={props.headingLevel ?? 'h2'} id={props.headingId} className={styles.heading}>
        {t('paneWholeProgramme')}
      </Subtitle2>
      <ol className={styles.programme} data-testid="whole-programme">
        {props.rows.map((row) => {
          const isMine = mine.has(`${row.time} ${row.title}`);
          return (
            <li
              key={`${row.time} ${row.title}`}
              className={mergeClasses(styles.row, isMine && styles.mine)}
              data-mine={isMine || undefined}
            >
              <Body1>{rowTimeIn(row, locale)}</Body1>
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

import { Body1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { inviteeWithStandIn, type RoleAttendance, ROLE_LABELS } from '../../domain';
import { useLocale, useStrings } from '../StringsContext';
import { NARROW_WINDOW, useMediaQuery } from '../useMediaQuery';

const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      // Not 'anywhere': that lets the table squeeze a column below its longest word, and the
      // words break inside ("Accept|eret", "næstforma|nd"). A word breaks only if alone too wide.
      overflowWrap: 'break-word',
    },
  },
  count: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  cards: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  role: { margin: 0 },
  answers: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    '& dd': { margin: 0, overflowWrap: 'break-word' },
  },
  answer: { display: 'contents' },
});

const COLUMNS = ['accepted', 'tentative', 'declined', 'none'] as const;

/**
 * Per role: who accepted, answered tentatively, declined or has not answered. A table on a wide
 * screen; a card per role on a narrow one, where four name columns do not fit.
 */
export function RoleAttendanceTable({ roles }: { readonly roles: readonly RoleAttendance[] }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const narrow = useMediaQuery(NARROW_WINDOW);
  const heading = {
    accepted: t('accepted'),
    tentative: t('tentative'),
    declined: t('declined'),
    none: t('noAnswer'),
  };
  const names = (r: RoleAttendance, c: (typeof COLUMNS)[number]) =>
    r[c].length > 0 ? ` · ${r[c].map((i) => inviteeWithStandIn(i, locale)).join(', ')}` : '';
  if (narrow) {
    return (
      <ul className={styles.cards} data-testid="role-attendance" data-layout="cards">
        {roles.map((r) => (
          <li key={r.role} data-role={r.role} className={styles.card}>
            <Body1Strong as="h4" className={styles.role}>
              {ROLE_LABELS[r.role][locale]}
            </Body1Strong>
            <dl className={styles.answers}>
              {COLUMNS.map((c) => (
                <div key={c} className={styles.answer} data-answer={c}>
                  <dt>{heading[c]}</dt>
                  <dd>
                    <span className={styles.count}>{r[c].length}</span>
                    {names(r, c)}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <table className={styles.table} data-testid="role-attendance" data-layout="table">
      <thead>
        <tr>
          <th scope="col">{t('role')}</th>
          {COLUMNS.map((c) => (
            <th key={c} scope="col">
              {heading[c]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {roles.map((r) => (
          <tr key={r.role} data-role={r.role}>
            <th scope="row">{ROLE_LABELS[r.role][locale]}</th>
            {COLUMNS.map((c) => (
              <td key={c} data-answer={c}>
                <span className={styles.count}>{r[c].length}</span>
                {names(r, c)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

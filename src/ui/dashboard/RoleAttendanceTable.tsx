import { makeStyles, tokens } from '@fluentui/react-components';
import { inviteeWithStandIn, type RoleAttendance, ROLE_LABELS } from '../../domain';
import { useLocale, useStrings } from '../StringsContext';

const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  count: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

const COLUMNS = ['accepted', 'tentative', 'declined', 'none'] as const;

/** Per role: who accepted, answered tentatively, declined or has not answered. */
export function RoleAttendanceTable({ roles }: { readonly roles: readonly RoleAttendance[] }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const heading = {
    accepted: t('accepted'),
    tentative: t('tentative'),
    declined: t('declined'),
    none: t('noAnswer'),
  };
  return (
    <table className={styles.table} data-testid="role-attendance">
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
                {r[c].length > 0
                  ? ` · ${r[c].map((i) => inviteeWithStandIn(i, locale)).join(', ')}`
                  : ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

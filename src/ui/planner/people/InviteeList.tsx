import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Subtitle2,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { type Dispatch, useState } from 'react';
import type { PlannerAction } from '../../../app/planner';
import {
  type Invitee,
  ROLE_GROUP_LABELS,
  ROLE_GROUPS,
  ROLE_LABELS,
  ROLES,
  type RoleGroup,
  roleGroupOf,
  rolesAtMeeting,
  standInNote,
} from '../../../domain';
import { useLocale, useStrings } from '../../StringsContext';
import { attendanceSwitchId } from '../fixTarget';

/** Rows shown per role group before "show all": a 5,000-person group stays quick to render. */
const FIRST_ROWS = 20;

const useStyles = makeStyles({
  group: { display: 'grid', gap: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // A narrow window: the person on a line of their own, the switch and removal below.
    '@media (max-width: 599px)': {
      gridTemplateColumns: 'minmax(0, 1fr) auto',
      '& > :first-child': { gridColumn: '1 / -1' },
    },
  },
  who: { display: 'grid', minWidth: 0 },
  roles: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  role: { display: 'inline-flex', alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

const GROUP_ORDER = Object.keys(ROLE_GROUPS) as RoleGroup[];

/** The group a person is listed under: the first of the guide's groups any of their roles is in. */
function listedUnder(invitee: Invitee): RoleGroup {
  const groups = rolesAtMeeting(invitee).map(roleGroupOf);
  return GROUP_ORDER.find((g) => groups.includes(g)) ?? 'localUnits';
}

/** Everyone invited, by the guide's role groups, with required/optional and removal. */
export function InviteeList(props: {
  readonly invitees: readonly Invitee[];
  readonly dispatch: Dispatch<PlannerAction>;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [expanded, setExpanded] = useState<ReadonlySet<RoleGroup>>(new Set());
  if (props.invitees.length === 0) return <Body1>{t('nobodyInvited')}</Body1>;
  return (
    <div id="invitee-list" tabIndex={-1} className={styles.group}>
      {GROUP_ORDER.map((group) => {
        const people = props.invitees.filter((i) => listedUnder(i) === group);
        if (people.length === 0) return null;
        const shown = expanded.has(group) ? people : people.slice(0, FIRST_ROWS);
        const headingId = `invitees-${group}`;
        return (
          <section key={group} aria-labelledby={headingId} className={styles.group}>
            <Subtitle2 as="h4" id={headingId}>
              {`${ROLE_GROUP_LABELS[group][locale]} (${people.length})`}
            </Subtitle2>
            <ul className={styles.list} aria-labelledby={headingId}>
              {shown.map((i, n) => (
                // A hand-edited draft may list a person twice (coverage says so): keys stay unique.
                <li key={`${i.email}-${n}`} className={styles.row} data-email={i.email}>
                  <div className={styles.who}>
                    <Body1>{i.name}</Body1>
                    <Caption1 className={styles.muted}>{i.email}</Caption1>
                    <div className={styles.roles}>
                      {i.roles.map((r) => (
                        <span key={r} className={styles.role}>
                          <Badge appearance="tint" color="informative" size="small">
                            {ROLE_LABELS[r][locale]}
                          </Badge>
                          {/* Their only role goes with them: "Fjern" below removes the person. */}
                          {i.roles.length > 1 ? (
                            <Button
                              size="small"
                              appearance="transparent"
                              icon={<DismissRegular />}
                              aria-label={t('roleRemove', {
                                role: ROLE_LABELS[r][locale],
                                name: i.name,
                              })}
                              onClick={() =>
                                props.dispatch({ type: 'removeRole', email: i.email, role: r })
                              }
                            />
                          ) : null}
                        </span>
                      ))}
                      <Menu>
                        <MenuTrigger disableButtonEnhancement>
                          <Button
                            size="small"
                            appearance="subtle"
                            icon={<AddRegular />}
                            aria-label={t('roleAddTo', { name: i.name })}
                          >
                            {t('roleAdd')}
                          </Button>
                        </MenuTrigger>
                        <MenuPopover>
                          <MenuList>
                            {ROLES.filter((r) => !i.roles.includes(r)).map((r) => (
                              <MenuItem
                                key={r}
                                onClick={() =>
                                  props.dispatch({ type: 'addRole', email: i.email, role: r })
                                }
                              >
                                {ROLE_LABELS[r][locale]}
                              </MenuItem>
                            ))}
                          </MenuList>
                        </MenuPopover>
                      </Menu>
                    </div>
                    {standInNote(i, locale) ? (
                      <Caption1 className={styles.muted}>{standInNote(i, locale)}</Caption1>
                    ) : null}
                  </div>
                  <Switch
                    id={attendanceSwitchId(i.id)}
                    label={i.attendance === 'required' ? t('required') : t('optional')}
                    aria-label={t('attendanceOf', { name: i.name })}
                    checked={i.attendance === 'required'}
                    onChange={(_, d) =>
                      props.dispatch({
                        type: 'attendance',
                        email: i.email,
                        attendance: d.checked ? 'required' : 'optional',
                      })
                    }
                  />
                  <Button
                    appearance="subtle"
                    aria-label={t('removePerson', { name: i.name })}
                    onClick={() => props.dispatch({ type: 'uninvite', email: i.email })}
                  >
                    {t('remove')}
                  </Button>
                </li>
              ))}
            </ul>
            {shown.length < people.length ? (
              <Button
                appearance="transparent"
                onClick={() => setExpanded(new Set([...expanded, group]))}
              >
                {t('showAllCount', { n: people.length })}
              </Button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

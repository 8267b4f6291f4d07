import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { type Role, roleInSentence } from '../../../domain';
import { personDetails } from '../../directory/PersonSearch';
import { useLocale, useStrings } from '../../StringsContext';
import type { PendingImport } from './usePeopleCard';

/** Members listed before "show all": a 5,000-person group opens at once and stays usable. */
const FIRST_MEMBERS = 50;

const useStyles = makeStyles({
  box: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    maxHeight: '20rem',
    overflowY: 'auto',
  },
  details: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * A picked group's members before they are invited: how many, each with a tick the organiser can
 * remove, and a button that says how many it adds and for which role.
 */
export function GroupImport(props: {
  readonly pending: PendingImport;
  readonly role: Role;
  readonly onToggle: (id: string) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const { group, members, leftOut } = props.pending;
  const adding = members.filter((m) => !leftOut.has(m.id)).length;
  const shown = showAll ? members : members.slice(0, FIRST_MEMBERS);
  const add = t('importAdd', { n: adding, role: roleInSentence(props.role, locale) });
  return (
    <section
      className={styles.box}
      aria-labelledby="group-import-heading"
      data-testid="group-import"
    >
      <Subtitle2 as="h4" id="group-import-heading">
        {t('importMembers', { group: group.name, n: members.length })}
      </Subtitle2>
      <Body1>{t('importIntro')}</Body1>
      <ul className={styles.list} aria-label={group.name}>
        {shown.map((m) => (
          <li key={m.id}>
            <Checkbox
              checked={!leftOut.has(m.id)}
              onChange={() => props.onToggle(m.id)}
              label={
                <>
                  {m.name}
                  <Caption1 className={styles.details}>{personDetails(m)}</Caption1>
                </>
              }
            />
          </li>
        ))}
      </ul>
      {shown.length < members.length ? (
        <Button appearance="subtle" onClick={() => setShowAll(true)}>
          {t('importShowAll', { n: members.length })}
        </Button>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={adding === 0} onClick={props.onConfirm}>
          {add}
        </Button>
        <Button onClick={props.onCancel}>{t('importCancel')}</Button>
      </div>
    </section>
  );
}

import { Body1, Body1Strong, Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { Invitee, Role } from '../../../domain';
import { RolePicker } from '../../directory/RolePicker';
import { useStrings } from '../../StringsContext';
import { useOutlookPaneStyles } from '../useOutlookPaneStyles.styles';

function NoRolePerson(props: {
  readonly invitee: Invitee;
  readonly onGive: (invitee: Invitee, role: Role) => void;
}) {
  const t = useStrings();
  const styles = useOutlookPaneStyles();
  const [role, setRole] = useState<Role>('employee');
  const { invitee } = props;
  const id = `no-role-${invitee.email.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <li className={styles.person} data-email={invitee.email}>
      <Body1Strong>{invitee.name}</Body1Strong>
      <Caption1 className={styles.muted}>{invitee.email}</Caption1>
      <div className={styles.row}>
        <RolePicker
          id={id}
          label={t('paneRoleFor', { name: invitee.name })}
          role={role}
          onChange={setRole}
        />
        <Button onClick={() => props.onGive(invitee, role)}>{t('paneGiveRole')}</Button>
      </div>
    </li>
  );
}

/** Attendees the organiser added in Outlook with no role: each can be given one here. */
export function NoRoleList(props: {
  readonly invitees: readonly Invitee[];
  readonly onGive: (invitee: Invitee, role: Role) => void;
}) {
  const t = useStrings();
  const styles = useOutlookPaneStyles();
  if (props.invitees.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="no-role-heading" data-testid="no-role">
      <Subtitle2 as="h2" id="no-role-heading" className={styles.heading}>
        {t('paneNoRole', { n: props.invitees.length })}
      </Subtitle2>
      <Body1 as="p" className={styles.muted}>
        {t('paneNoRoleIntro')}
      </Body1>
      <ul className={styles.list}>
        {props.invitees.map((i) => (
          <NoRolePerson key={i.email} invitee={i} onGive={props.onGive} />
        ))}
      </ul>
    </section>
  );
}

import {
  Body1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { PlannerAction } from '../../../app/planner';
import { type Invitee, MAX_COMMITTEE_MEMBERS, type Role } from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';
import { GroupSearch } from '../../directory/GroupSearch';
import { PersonSearch } from '../../directory/PersonSearch';
import { RolePicker } from '../../directory/RolePicker';
import { Progress } from '../../Progress';
import { useStrings } from '../../StringsContext';
import { GroupImport } from './GroupImport';
import { InviteeList } from './InviteeList';
import { usePeopleCard } from './usePeopleCard';
import { FailureBar } from '../../FailureBar';

const useStyles = makeStyles({
  pickers: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

/**
 * The role groups: people added from directory groups (after a look at who they are) or one by
 * one, for the chosen role.
 */
export function PeopleCard(props: {
  readonly invitees: readonly Invitee[];
  readonly dispatch: Dispatch<PlannerAction>;
  readonly graph: NetworkMeetingGraph;
  readonly role: Role;
  readonly onRoleChange: (role: Role) => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const card = usePeopleCard(props);
  return (
    <Card>
      <div className={styles.pickers}>
        <RolePicker
          id="invite-role"
          label={t('inviteAs')}
          role={props.role}
          onChange={props.onRoleChange}
        />
        <GroupSearch
          id="group-search"
          label={t('addFromGroup')}
          graph={props.graph}
          disabled={!!card.loading}
          onPick={(g) => void card.addGroup(g)}
        />
        <PersonSearch
          id="person-search"
          label={t('addPerson')}
          graph={props.graph}
          onPick={card.addPerson}
        />
      </div>
      <div aria-live="polite">
        <Progress label={card.loading && t('loadingGroup', { group: card.loading.name })} />
        {card.added ? (
          <Body1>{t('groupLoaded', { group: card.added.group.name, n: card.added.count })}</Body1>
        ) : null}
      </div>
      {card.pending ? (
        <GroupImport
          key={card.pending.group.id}
          pending={card.pending}
          role={props.role}
          onToggle={card.toggle}
          onConfirm={card.confirmImport}
          onCancel={card.cancelImport}
        />
      ) : null}
      {card.tooLarge ? (
        <MessageBar intent="error" role="alert" data-testid="committee-too-large">
          <MessageBarBody>
            {t('committeeTooLarge', {
              group: card.tooLarge.group.name,
              n: card.tooLarge.n,
              max: MAX_COMMITTEE_MEMBERS,
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <FailureBar failure={card.failure} />
      <InviteeList invitees={props.invitees} dispatch={props.dispatch} />
    </Card>
  );
}

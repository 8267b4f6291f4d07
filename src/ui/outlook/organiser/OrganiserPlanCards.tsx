import { Caption1 } from '@fluentui/react-components';
import type { MeetingPlan } from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';
import { CoveragePanel } from '../../planner/CoveragePanel';
import type { useOrganisationKind } from '../../planner/organisation/useOrganisationKind';
import { PeopleCard } from '../../planner/people/PeopleCard';
import { WorkplacesCard } from '../../planner/workplaces/WorkplacesCard';
import { useStrings } from '../../StringsContext';
import { useOutlookPaneStyles } from '../useOutlookPaneStyles.styles';
import { NoRoleList } from './NoRoleList';
import type { useOrganiserPane } from './useOrganiserPane';
import { browserStorage } from '../../../host/browserStorage';

/**
 * The organiser pane's cards once there is a plan: the coverage of what the form holds, the
 * attendees added in Outlook without a role, and the tab's workplace and people pickers. A chunk
 * of its own (`OrganiserPane` loads it lazily), so the pane's first screen, the programme
 * choice, does not carry the pickers.
 */
export function OrganiserPlanCards(props: {
  readonly plan: MeetingPlan;
  readonly pane: ReturnType<typeof useOrganiserPane>;
  readonly graph: NetworkMeetingGraph;
  readonly user: string;
  /** The organisation's kind, asked once (the pane asks before there is a plan). */
  readonly organisation: ReturnType<typeof useOrganisationKind>;
}) {
  const t = useStrings();
  const styles = useOutlookPaneStyles();
  const { plan, pane } = props;
  return (
    <>
      <div className={styles.section}>
        <CoveragePanel findings={pane.findings} canFix={pane.canFix} onFix={pane.jumpTo} />
        <Caption1 as="p" className={styles.muted}>
          {t('paneCoverageNote')}
        </Caption1>
      </div>
      <NoRoleList invitees={pane.withoutRole} onGive={pane.giveRole} />
      <WorkplacesCard
        workplaces={plan.presentingWorkplaces}
        dispatch={pane.dispatch}
        graph={props.graph}
        user={props.user}
        storage={browserStorage('localStorage')}
        presentedBefore={[]}
        organisation={props.organisation}
      />
      <PeopleCard
        invitees={plan.invitees}
        dispatch={pane.dispatch}
        graph={props.graph}
        role={pane.inviteRole}
        onRoleChange={pane.setInviteRole}
      />
    </>
  );
}

import { Button, Caption1, Title3 } from '@fluentui/react-components';
import type { DraftStorage, DraftStore } from '../../app/drafts';
import { presentedBefore } from '../../app/series';
import type { BookedMeeting, MeetingPlan } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { useLocale, useStrings } from '../StringsContext';
import { AgendaEditor } from './agenda/AgendaEditor';
import { CoveragePanel } from './CoveragePanel';
import { FindTimeCard } from './findTime/FindTimeCard';
import { InvitePreview } from './InvitePreview';
import { MeetingDetailsCard } from './MeetingDetailsCard';
import { PeopleCard } from './people/PeopleCard';
import { SendBar } from './SendBar';
import { usePlanner } from './usePlanner';
import { usePlannerStyles } from './usePlannerStyles.styles';
import { WorkplacesCard } from './workplaces/WorkplacesCard';

/**
 * The organiser's planner: the meeting, its workplaces, its people and its agenda on the left;
 * the coverage findings and Send always in view on the right.
 */
export function Planner(props: {
  readonly initial: MeetingPlan;
  readonly user: string;
  readonly drafts: DraftStore;
  readonly storage: DraftStorage;
  readonly graph: NetworkMeetingGraph;
  readonly onBack: () => void;
  /** Opens the follow-up of the meeting just booked. */
  readonly onFollowUp: (meeting: BookedMeeting) => void;
  /** The user's booked meetings, to show which workplaces presented earlier in the series. */
  readonly earlier: readonly BookedMeeting[];
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = usePlannerStyles();
  const planner = usePlanner({ ...props, locale });
  const { plan, dispatch } = planner;

  return (
    <section className={styles.page} aria-labelledby="planner-heading">
      <div className={styles.header}>
        <Button appearance="subtle" onClick={props.onBack}>
          {t('back')}
        </Button>
        <Title3 as="h2" id="planner-heading">
          {t('plannerTitle')}
        </Title3>
        <Caption1 className={styles.status} aria-live="polite">
          {planner.draftSaved === false
            ? t('draftNotSaved')
            : planner.draftSaved
              ? t('draftSaved')
              : ''}
        </Caption1>
      </div>
      <div className={styles.columns}>
        <div className={styles.form}>
          <MeetingDetailsCard plan={plan} refused={planner.refused} dispatch={dispatch} />
          <WorkplacesCard
            workplaces={plan.presentingWorkplaces}
            dispatch={dispatch}
            graph={props.graph}
            user={props.user}
            storage={props.storage}
            presentedBefore={presentedBefore(plan, props.earlier)}
          />
          <PeopleCard
            invitees={plan.invitees}
            dispatch={dispatch}
            graph={props.graph}
            role={planner.inviteRole}
            onRoleChange={planner.setInviteRole}
          />
          <FindTimeCard
            plan={plan}
            graph={props.graph}
            onChoose={(slot) => dispatch({ type: 'move', date: slot.date, start: slot.start })}
            hint={t('chooseSlotHint')}
            chosen={(when) => t('slotChosen', { when })}
          />
          <AgendaEditor
            plan={plan}
            refused={planner.refused}
            edit={(edit) => dispatch({ type: 'agenda', edit })}
          />
          <InvitePreview plan={plan} />
        </div>
        <aside className={styles.aside} aria-label={t('coverage')}>
          <CoveragePanel
            findings={planner.findings}
            canFix={planner.canFix}
            onFix={planner.jumpTo}
          />
          <SendBar
            errorCount={planner.errors.length}
            sending={planner.sending}
            outcome={planner.outcome}
            onSend={() => void planner.send()}
            onFollowUp={props.onFollowUp}
          />
        </aside>
      </div>
    </section>
  );
}

import { Button, Caption1, MessageBar, MessageBarBody, Title3 } from '@fluentui/react-components';
import type { DraftStorage, DraftStore } from '../../app/drafts';
import { presentedBefore } from '../../app/series';
import {
  awaitsOrganisation,
  type BookedMeeting,
  type Finding,
  type MeetingPlan,
} from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { useLocale, useStrings } from '../StringsContext';
import { AgendaEditor } from './agenda/AgendaEditor';
import { CoveragePanel } from './CoveragePanel';
import { FindTimeCard } from './findTime/FindTimeCard';
import { InvitePreview } from './InvitePreview';
import { MeetingDetailsCard } from './MeetingDetailsCard';
import { OrganisationKindField } from './organisation/OrganisationKindField';
import { useOrganisationKind } from './organisation/useOrganisationKind';
import { PeopleCard } from './people/PeopleCard';
import type { PlannerSectionId } from './plannerSections';
import { PlannerSection } from './PlannerSection';
import { SendBar } from './SendBar';
import { SentMeeting } from './SentMeeting';
import { StickyActionBar } from './StickyActionBar';
import { usePlanner } from './usePlanner';
import { usePlannerSections } from './usePlannerSections';
import { usePlannerStyles } from './usePlannerStyles.styles';
import { WorkplacesCard } from './workplaces/WorkplacesCard';

/** Brings the findings into view and to the keyboard. */
function showFindings() {
  const heading = document.getElementById('coverage-heading');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

/**
 * The organiser's planner: the meeting, its workplaces, its people, its programme and the
 * invitation in sections that open and close and say what is left in each; the coverage findings
 * and Send beside them on a wide screen, below them and in a bar at the window's bottom on a
 * narrow one.
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
  /**
   * The user's booked meetings, to show which workplaces presented earlier in the series;
   * `undefined` while they are being read. (The effort's snapshot is read around the plan's date.)
   */
  readonly earlier: readonly BookedMeeting[] | undefined;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = usePlannerStyles();
  const planner = usePlanner({ ...props, locale });
  const sections = usePlannerSections(planner.findings);
  const { plan, dispatch } = planner;
  const organisation = useOrganisationKind({ ...props, plan, dispatch });
  const section = (id: PlannerSectionId, step: number, title: string) => ({
    section: id,
    step,
    title,
    tally: sections.tally[id],
    open: sections.open.has(id),
    onToggle: () => sections.toggle(id),
  });
  const fix = (f: Finding) => {
    sections.openFor(f);
    planner.jumpTo(f);
  };
  const sent = planner.outcome?.kind === 'sent' ? planner.outcome.meeting : undefined;

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
          {sent
            ? t('sentStatus')
            : planner.draftSaved === false
              ? t('draftNotSaved')
              : planner.draftSaved
                ? t('draftSaved')
                : ''}
        </Caption1>
      </div>
      {sent ? (
        <SentMeeting meeting={sent} onFollowUp={props.onFollowUp} />
      ) : (
        <>
          <div className={styles.columns}>
            <div className={styles.form}>
              <PlannerSection {...section('meeting', 1, t('meeting'))}>
                <MeetingDetailsCard plan={plan} refused={planner.refused} dispatch={dispatch} />
              </PlannerSection>
              <PlannerSection {...section('workplaces', 2, t('workplaces'))}>
                <WorkplacesCard
                  workplaces={plan.presentingWorkplaces}
                  dispatch={dispatch}
                  graph={props.graph}
                  user={props.user}
                  storage={props.storage}
                  presentedBefore={presentedBefore(plan, props.earlier ?? [])}
                  organisation={organisation}
                />
              </PlannerSection>
              <PlannerSection {...section('people', 3, t('people'))}>
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
                  onChoose={(slot) =>
                    dispatch({ type: 'move', date: slot.date, start: slot.start })
                  }
                  hint={t('chooseSlotHint')}
                  chosen={(when) => t('slotChosen', { when })}
                />
              </PlannerSection>
              <PlannerSection {...section('programme', 4, t('agenda'))}>
                {!organisation.asked && awaitsOrganisation(plan) ? (
                  <MessageBar intent="info" layout="multiline">
                    <MessageBarBody>
                      <OrganisationKindField
                        id="organisation-question"
                        organisation={organisation}
                      />
                    </MessageBarBody>
                  </MessageBar>
                ) : null}
                <AgendaEditor
                  plan={plan}
                  refused={planner.refused}
                  edit={(edit) => dispatch({ type: 'agenda', edit })}
                />
              </PlannerSection>
              <PlannerSection {...section('invitation', 5, t('preview'))}>
                <InvitePreview plan={plan} />
              </PlannerSection>
            </div>
            <aside className={styles.aside} aria-label={t('coverage')}>
              <CoveragePanel findings={planner.findings} canFix={planner.canFix} onFix={fix} />
              <SendBar
                errorCount={planner.errors.length}
                sending={planner.sending}
                outcome={planner.outcome}
                onSend={() => void planner.send()}
              />
            </aside>
          </div>
          <StickyActionBar
            errorCount={planner.errors.length}
            sending={planner.sending}
            onSend={() => void planner.send()}
            onShowFindings={showFindings}
          />
        </>
      )}
    </section>
  );
}

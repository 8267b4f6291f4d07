import { Body1, Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { NetworkMeetingGraph } from '../../../graph';
import type { MeetingForm } from '../../../host/outlook/meetingForm';
import { FailureBar } from '../../FailureBar';
import { lazy, Suspense } from 'react';
import { useOrganisationKind } from '../../planner/organisation/useOrganisationKind';
import { useLocale, useStrings } from '../../StringsContext';
import { useOutlookPaneStyles } from '../useOutlookPaneStyles.styles';
import { ProgrammeChoice } from './ProgrammeChoice';
import type { EarlyFormPlan } from '../formPlanReads';
import { useOrganiserPane } from './useOrganiserPane';
import { browserStorage } from '../../../host/browserStorage';

// The planner's cards come once there is a plan: the first screen is the programme choice.
const OrganiserPlanCards = lazy(() =>
  import(/* webpackChunkName: "organiser-cards" */ './OrganiserPlanCards').then((m) => ({
    default: m.OrganiserPlanCards,
  })),
);

/**
 * The organiser's task pane in Outlook's meeting form: a programme to start from, then the
 * coverage of what the form holds now, the attendees added in Outlook without a role, writing
 * the plan into the form, and the tab's workplace and people pickers.
 */
export function OrganiserPane(props: {
  readonly form: MeetingForm;
  readonly graph: NetworkMeetingGraph;
  /** The form's plan as the page found it before the pane was drawn (`earlyFormPlan`). */
  readonly early?: EarlyFormPlan | undefined;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useOutlookPaneStyles();
  const pane = useOrganiserPane({ ...props, locale });
  const organisation = useOrganisationKind({
    user: props.form.mailboxAddress,
    storage: browserStorage('localStorage'),
    plan: pane.plan,
    dispatch: pane.dispatch,
  });
  const { plan, outcome } = pane;

  if (pane.opened.kind === 'opening') return <Spinner label={t('paneReadingForm')} />;
  if (pane.opened.kind === 'unreadable') {
    return (
      <>
        <MessageBar intent="error">
          <MessageBarBody>
            {pane.opened.notArrived ? t('paneUnreadableNotArrived') : t('paneUnreadablePlan')}
          </MessageBarBody>
        </MessageBar>
        <FailureBar failure={pane.opened.failure} />
      </>
    );
  }
  return (
    <>
      {pane.formFailed ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('paneFormFailed')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {plan ? null : <ProgrammeChoice onChoose={pane.choose} />}
      {plan ? (
        <section className={styles.section} aria-label={t('paneWrite')}>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={pane.writing}
              onClick={() => void pane.write()}
              data-testid="write-to-form"
            >
              {pane.writing ? t('paneWriting') : t('paneWrite')}
            </Button>
          </div>
          <div aria-live="polite" data-testid="write-status">
            {pane.writing ? <Spinner size="tiny" label={t('paneWriting')} /> : null}
            {!pane.writing && pane.pending ? <Body1>{t('panePending')}</Body1> : null}
            {!pane.writing && !pane.pending && outcome?.kind === 'written' ? (
              <Body1>{outcome.saved ? t('paneWritten') : t('paneWrittenNotSaved')}</Body1>
            ) : null}
          </div>
          {outcome?.kind === 'refused' ? (
            <MessageBar intent="error">
              <MessageBarBody>{t('paneRefused', { error: outcome.error.name })}</MessageBarBody>
            </MessageBar>
          ) : null}
          {outcome?.kind === 'tooLarge' ? (
            <MessageBar intent="error">
              <MessageBarBody>
                {t('paneTooLarge', { length: outcome.length, max: outcome.max })}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {outcome?.kind === 'tooLong' ? (
            <MessageBar intent="error" data-testid="write-too-long">
              <MessageBarBody>
                {outcome.field === 'subject'
                  ? t('paneSubjectTooLong', { length: outcome.length, max: outcome.max })
                  : t('paneLocationTooLong', { length: outcome.length, max: outcome.max })}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {outcome?.kind === 'notArrived' ? (
            <MessageBar intent="warning" data-testid="write-not-arrived">
              <MessageBarBody>{t('paneNotArrived')}</MessageBarBody>
            </MessageBar>
          ) : null}
          {outcome?.kind === 'notStored' ? (
            <>
              <MessageBar intent="warning">
                <MessageBarBody>{t('paneNotStored')}</MessageBarBody>
              </MessageBar>
              <FailureBar failure={outcome.failure} />
            </>
          ) : null}
        </section>
      ) : null}
      {plan ? (
        <Suspense fallback={<Spinner label={t('loading')} />}>
          <OrganiserPlanCards
            plan={plan}
            pane={pane}
            graph={props.graph}
            user={props.form.mailboxAddress}
            organisation={organisation}
          />
        </Suspense>
      ) : null}
    </>
  );
}

import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import {
  type BookedMeeting,
  contentLocale,
  DayClock,
  formatDate,
  formatTimeRange,
  nextPositionIn,
  personKey,
} from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { CoveragePanel } from '../planner/CoveragePanel';
import { FindTimeCard } from '../planner/findTime/FindTimeCard';
import { MeetingLinks } from '../MeetingLinks';
import { useLocale, useStrings } from '../StringsContext';
import { CancelMeetingDialog } from './CancelMeetingDialog';
import { DeclinedNote } from './DeclinedNote';
import { PeopleChanges } from './PeopleChanges';
import { RemindDialog } from './RemindDialog';
import { RoleAttendanceTable } from './RoleAttendanceTable';
import { mismatchMessage } from './deliveryMessages';
import { exportMeetingIcs } from './exportMeetingIcs';
import { useMeetingDashboard } from './useMeetingDashboard';
import { FailureBar } from '../FailureBar';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
  },
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Apart from the rest, at the far end of the row (or on a line of its own).
  danger: { display: 'flex', marginLeft: 'auto' },
  when: { color: tokens.colorNeutralForeground2 },
  message: { whiteSpace: 'pre-wrap' },
});

const NEVER = () => false;

/**
 * The organiser's follow-up of one booked meeting: answers per role, what they leave open,
 * reminders, changes and cancelling. A cancelled meeting shows only that it is cancelled, with
 * the message sent, and the answers it had.
 */
export function MeetingDashboard(props: {
  readonly graph: NetworkMeetingGraph;
  readonly eventId: string;
  /** Absent where there is nothing to go back to (the meeting's own details tab). */
  readonly onBack?: (() => void) | undefined;
  /** Absent where the planner is not at hand (in a meeting, the app's personal tab plans). */
  readonly onPlanNext?: ((meeting: BookedMeeting) => Promise<void>) | undefined;
  /** Told when the meeting is cancelled here, so the organiser's list can keep it marked. */
  readonly onCancelled?: (meeting: BookedMeeting) => void;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const dashboard = useMeetingDashboard(props.graph, props.eventId, locale, props.onCancelled);
  const { load, coverage } = dashboard;
  const meeting = load.kind === 'loaded' ? load.meeting : undefined;
  const cancelled = !!meeting && (meeting.isCancelled || dashboard.cancelledWith !== undefined);
  return (
    <section className={styles.page} aria-labelledby="dashboard-heading">
      <div className={styles.header}>
        {props.onBack ? (
          <Button appearance="subtle" onClick={props.onBack}>
            {t('back')}
          </Button>
        ) : null}
        <Title3 as="h2" id="dashboard-heading">
          {t('followUpTitle')}
        </Title3>
      </div>
      {load.kind === 'loading' ? <Spinner size="tiny" label={t('loading')} /> : null}
      <FailureBar failure={load.kind === 'failed' ? load.failure : undefined} />
      {load.kind === 'unreadable' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('meetingUnreadable')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {meeting && coverage ? (
        <>
          <div>
            <Subtitle2 as="h3" data-testid="meeting-title">
              {meeting.plan.title[contentLocale(meeting.plan, locale)]}
            </Subtitle2>
            <Body1 as="p" block className={styles.when}>
              {`${formatDate(meeting.plan.date, locale)}, ${formatTimeRange(meeting.plan.start, meeting.plan.end, locale)}`}
            </Body1>
          </div>
          {meeting.mismatch && !cancelled ? (
            <MessageBar intent="error" layout="multiline" data-testid="plan-mismatch">
              <MessageBarBody>
                <MessageBarTitle>{t('planMismatchTitle')}</MessageBarTitle>
                {mismatchMessage(meeting.mismatch, t, locale)}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {cancelled ? (
            <MessageBar intent="warning" role="status" data-testid="dashboard-cancelled">
              <MessageBarBody>
                <MessageBarTitle>{t('cancelledBadge')}</MessageBarTitle>
                {t('cancelled')}
                {dashboard.cancelledWith ? (
                  <Body1 as="p" block className={styles.message}>
                    {t('cancelledWith', { message: dashboard.cancelledWith })}
                  </Body1>
                ) : null}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {/* Three groups: what follows the meeting up, what is handy, and cancelling apart. */}
          <div className={styles.actions} data-testid="follow-up-actions">
            <div role="group" aria-label={t('mainActions')} className={styles.group}>
              {cancelled ? null : (
                <>
                  <MeetingLinks webLink={meeting.webLink} joinUrl={meeting.joinUrl} />
                  <RemindDialog
                    recipients={dashboard.unanswered}
                    disabled={dashboard.unanswered.length === 0}
                    onSend={(comment) => void dashboard.remind(comment)}
                  />
                </>
              )}
              {props.onPlanNext && nextPositionIn(meeting.plan) <= meeting.plan.series.size ? (
                <Button onClick={() => void props.onPlanNext?.(meeting)}>
                  {t('planNext', {
                    position: nextPositionIn(meeting.plan),
                    size: meeting.plan.series.size,
                  })}
                </Button>
              ) : null}
            </div>
            {cancelled ? null : (
              <div role="group" aria-label={t('moreActions')} className={styles.group}>
                <Button appearance="subtle" onClick={() => void dashboard.refresh()}>
                  {t('refresh')}
                </Button>
                <Button appearance="subtle" onClick={() => void exportMeetingIcs(meeting, locale)}>
                  {t('exportIcs')}
                </Button>
              </div>
            )}
            {/* Stays mounted once cancelled: a dialog unmounted while it closes leaves the page
                hidden from assistive technology. */}
            <div role="group" aria-label={t('dangerActions')} className={styles.danger}>
              <CancelMeetingDialog
                disabled={cancelled || dashboard.cancelling}
                onCancel={(comment) => void dashboard.cancel(comment)}
              />
            </div>
          </div>
          {!cancelled && dashboard.reminded !== undefined ? (
            <Body1 role="status">{t('reminded', { n: dashboard.reminded })}</Body1>
          ) : null}
          <FailureBar failure={dashboard.remindFailure} />
          <FailureBar failure={dashboard.cancelFailure} />
          {/* A cancelled meeting leaves no role to cover: no answer findings. */}
          {!cancelled && coverage.findings.length === 0 ? (
            <Body1>{t('attendanceCovered')}</Body1>
          ) : null}
          {!cancelled && coverage.findings.length > 0 ? (
            <CoveragePanel findings={coverage.findings} canFix={NEVER} onFix={NEVER} />
          ) : null}
          {cancelled ? null : (
            <DeclinedNote
              names={coverage.roles
                .flatMap((r) => r.declined.map((i) => i.name))
                .filter((name, at, all) => all.indexOf(name) === at)}
              webLink={meeting.webLink}
            />
          )}
          {/* A plan that does not fit its event is never saved over it: nothing to edit. */}
          {cancelled || meeting.mismatch ? null : (
            <PeopleChanges
              graph={props.graph}
              invitees={meeting.plan.invitees}
              date={meeting.plan.date}
              start={meeting.plan.start}
              declined={
                new Set(
                  meeting.responses
                    .filter((r) => r.response === 'declined')
                    .map((r) => personKey(r.email)),
                )
              }
              edits={dashboard.edits}
              delivery={dashboard.delivery}
              answersLost={dashboard.answersLost}
              refusals={dashboard.refusals}
              onEdit={dashboard.addEdit}
              onSave={() => void dashboard.save()}
              saving={dashboard.saving}
              saved={dashboard.saved}
              conflict={dashboard.conflict}
            />
          )}
          {cancelled || meeting.mismatch ? null : (
            // A new version of the meeting (a move saved) starts the card afresh: its slots and
            // "when you save, the meeting moves to …" were about the version before.
            <FindTimeCard
              key={meeting.etag}
              plan={meeting.plan}
              graph={props.graph}
              moving={{
                startInstant: new DayClock(meeting.plan.date).instant(meeting.plan.start),
                endInstant: new DayClock(meeting.plan.date).instant(meeting.plan.end),
              }}
              onChoose={(s) => dashboard.addEdit({ kind: 'move', date: s.date, start: s.start })}
              hint={t('moveSlotHint')}
              chosen={(when) => t('moveSlotChosen', { when })}
            />
          )}
          <FailureBar failure={dashboard.saveFailure} />
          <section aria-labelledby="answers-heading">
            <Subtitle2 as="h3" id="answers-heading">
              {t('answersPerRole')}
            </Subtitle2>
            <RoleAttendanceTable roles={coverage.roles} />
          </section>
        </>
      ) : null}
    </section>
  );
}

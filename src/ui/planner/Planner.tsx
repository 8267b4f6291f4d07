import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  SpinButton,
  Subtitle2,
  Switch,
  Title3,
} from '@fluentui/react-components';
import type { DraftStore } from '../../app/drafts';
import { formatTimeRange, type MeetingPlan, sameInBoth } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { useLocale, useStrings } from '../StringsContext';
import { CoveragePanel } from './CoveragePanel';
import { SendBar } from './SendBar';
import { usePlanner } from './usePlanner';
import { usePlannerStyles } from './usePlannerStyles.styles';

/** The organiser's planner: the meeting, its programme, the coverage findings and Send. */
export function Planner(props: {
  readonly initial: MeetingPlan;
  readonly user: string;
  readonly drafts: DraftStore;
  readonly graph: NetworkMeetingGraph;
  readonly onBack: () => void;
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
          <Card>
            <Subtitle2 as="h3">{t('meeting')}</Subtitle2>
            <Field label={t('meetingTitle')}>
              <Input
                value={plan.title[locale]}
                onChange={(_, d) => dispatch({ type: 'details', title: sameInBoth(d.value) })}
              />
            </Field>
            <div className={styles.fields}>
              <Field label={t('date')}>
                <Input
                  type="date"
                  value={plan.date}
                  onChange={(_, d) => d.value && dispatch({ type: 'move', date: d.value })}
                />
              </Field>
              <Field label={t('startTime')} validationMessage={planner.refused?.message[locale]}>
                <Input
                  type="time"
                  step={300}
                  value={plan.start}
                  onChange={(_, d) => d.value && dispatch({ type: 'move', start: d.value })}
                />
              </Field>
              <Field label={t('place')}>
                <Input
                  value={plan.location.place ?? ''}
                  onChange={(_, d) =>
                    dispatch({ type: 'details', location: { ...plan.location, place: d.value } })
                  }
                />
              </Field>
              <Switch
                label={t('teamsMeeting')}
                checked={plan.location.teams}
                onChange={(_, d) =>
                  dispatch({ type: 'details', location: { ...plan.location, teams: d.checked } })
                }
              />
              <Field label={t('seriesPosition')}>
                <SpinButton
                  min={1}
                  max={plan.series.size}
                  value={plan.series.position}
                  onChange={(_, d) =>
                    d.value &&
                    dispatch({ type: 'details', series: { ...plan.series, position: d.value } })
                  }
                />
              </Field>
              <Field label={t('seriesSize')}>
                <SpinButton
                  min={1}
                  max={12}
                  value={plan.series.size}
                  onChange={(_, d) =>
                    d.value &&
                    dispatch({ type: 'details', series: { ...plan.series, size: d.value } })
                  }
                />
              </Field>
            </div>
          </Card>
          <Card>
            <Subtitle2 as="h3">{t('agenda')}</Subtitle2>
            <ol className={styles.agenda}>
              {plan.agenda.map((block) => (
                <li key={block.id}>
                  <Body1>
                    <span className={styles.time}>
                      {formatTimeRange(block.start, block.end, locale)}
                    </span>
                    {block.title[locale]}
                  </Body1>
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <aside className={styles.aside}>
          <CoveragePanel findings={planner.findings} />
          <SendBar
            errorCount={planner.errors.length}
            sending={planner.sending}
            outcome={planner.outcome}
            onSend={() => void planner.send()}
          />
        </aside>
      </div>
    </section>
  );
}

import {
  Body1,
  Card,
  Checkbox,
  Field,
  Input,
  SpinButton,
  Switch,
  Textarea,
} from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { PlannerAction } from '../../app/planner';
import {
  type AgendaEditError,
  FRAME_ADAPT_UNCONFIRMED_MINUTES,
  formatDuration,
  formatTime,
  isUntranslated,
  keptAsTranslated,
  type MeetingPlan,
  meetingFrame,
  withTextIn,
} from '../../domain';
import { FRAME_CONFIRM_ID } from './fixTarget';
import { DateField } from '../dateTime/DateField';
import { TimeField } from '../dateTime/TimeField';
import { useLocale, useStrings } from '../StringsContext';
import { UntranslatedHint } from './UntranslatedHint';
import { usePlannerStyles } from './usePlannerStyles.styles';

/** The refusals of moving the meeting, said at its start time. */
const TIME_REFUSALS: ReadonlySet<AgendaEditError['code']> = new Set([
  'past-midnight',
  'invalid-time',
  'invalid-length',
]);

/**
 * The meeting itself: title, date, start (and when it ends, and by how much it runs past the
 * guide's frame), place, Teams, and its place in the series.
 */
export function MeetingDetailsCard(props: {
  readonly plan: MeetingPlan;
  readonly refused: AgendaEditError | undefined;
  readonly dispatch: Dispatch<PlannerAction>;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = usePlannerStyles();
  const { plan, dispatch } = props;
  const frame = meetingFrame(plan);
  // Each refusal beside the field it is about: a title past Outlook's subject at the title.
  const titleRefused = props.refused?.code === 'title-too-long' ? props.refused : undefined;
  const timeRefused =
    props.refused && TIME_REFUSALS.has(props.refused.code) ? props.refused : undefined;
  return (
    <Card>
      <Field
        label={t('meetingTitle')}
        {...(titleRefused
          ? { validationMessage: titleRefused.message[locale], validationState: 'error' as const }
          : {})}
      >
        <Input
          id="meeting-title"
          value={plan.title[locale]}
          aria-describedby={isUntranslated(plan.title, locale) ? 'meeting-title-hint' : undefined}
          onChange={(_, d) =>
            dispatch({ type: 'details', title: withTextIn(plan.title, locale, d.value) })
          }
        />
      </Field>
      <UntranslatedHint
        id="meeting-title-hint"
        text={plan.title}
        onKeep={() => dispatch({ type: 'details', title: keptAsTranslated(plan.title, locale) })}
      />
      <Field label={t('focus')}>
        <Textarea
          id="meeting-focus"
          value={plan.focus[locale]}
          resize="vertical"
          aria-describedby={isUntranslated(plan.focus, locale) ? 'meeting-focus-hint' : undefined}
          onChange={(_, d) =>
            dispatch({ type: 'details', focus: withTextIn(plan.focus, locale, d.value) })
          }
        />
      </Field>
      <UntranslatedHint
        id="meeting-focus-hint"
        text={plan.focus}
        onKeep={() => dispatch({ type: 'details', focus: keptAsTranslated(plan.focus, locale) })}
      />
      <div className={styles.fields}>
        <DateField
          id="meeting-date"
          label={t('date')}
          value={plan.date}
          onChange={(date) => dispatch({ type: 'move', date })}
        />
        <TimeField
          id="start-time"
          label={t('startTime')}
          value={plan.start}
          validationMessage={timeRefused?.message[locale]}
          onChange={(start) => dispatch({ type: 'move', start })}
        />
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
            id="series-position"
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
            id="series-size"
            min={1}
            max={12}
            value={plan.series.size}
            onChange={(_, d) =>
              d.value && dispatch({ type: 'details', series: { ...plan.series, size: d.value } })
            }
          />
        </Field>
      </div>
      {frame ? (
        <Body1
          data-testid="meeting-end"
          className={frame.overrun > 0 ? styles.overrun : styles.status}
        >
          {frame.overrun > 0
            ? t('overFrame', {
                time: formatTime(frame.end, locale),
                overrun: formatDuration(frame.overrun, locale),
              })
            : t('endsAt', { time: formatTime(frame.end, locale) })}
        </Body1>
      ) : null}
      {frame && (frame.overrun > FRAME_ADAPT_UNCONFIRMED_MINUTES || plan.adaptedFrame) ? (
        <Field hint={t('frameConfirmHint')}>
          <Checkbox
            id={FRAME_CONFIRM_ID}
            // Confirmed for this length or longer; a longer meeting than confirmed asks again.
            checked={!!plan.adaptedFrame && frame.minutes <= plan.adaptedFrame.minutes}
            label={t('frameConfirm', {
              duration: formatDuration(frame.minutes, locale),
              time: formatTime(frame.end, locale),
            })}
            onChange={(_, d) =>
              dispatch({ type: 'confirmFrame', minutes: d.checked ? frame.minutes : undefined })
            }
          />
        </Field>
      ) : null}
    </Card>
  );
}

import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Card,
  Field,
  Input,
  makeStyles,
  SpinButton,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { PlannerAction } from '../../../app/planner';
import { formatDate, formatTimeRange, type MeetingPlan } from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';
import { Progress } from '../../Progress';
import { useLocale, useStrings } from '../../StringsContext';
import { useFindTime } from './useFindTime';
import { FailureBar } from '../../FailureBar';

/** Slots shown: the best ones; the rest are worse by construction. */
const SHOWN = 8;

const useStyles = makeStyles({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalL,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  slot: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  what: { display: 'grid', gap: tokens.spacingVerticalXXS },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Find a time: slots in the coming weeks ranked by whether the must-have roles can come. */
export function FindTimeCard(props: {
  readonly plan: MeetingPlan;
  readonly graph: NetworkMeetingGraph;
  readonly dispatch: Dispatch<PlannerAction>;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const card = useFindTime(props);
  const when = (s: { date: string; start: string; end: string }) =>
    `${formatDate(s.date, locale)}, ${formatTimeRange(s.start, s.end, locale)}`;
  return (
    <Card>
      <Subtitle2 as="h3" id="find-time-heading">
        {t('findTime')}
      </Subtitle2>
      <Body1 className={styles.intro}>{t('findTimeIntro')}</Body1>
      <div className={styles.controls}>
        <Field label={t('searchFrom')}>
          <Input
            type="date"
            id="find-from"
            value={card.from}
            onChange={(_, d) => d.value && card.setFrom(d.value)}
          />
        </Field>
        <Field label={t('searchWeeks')}>
          <SpinButton
            id="find-weeks"
            min={1}
            max={8}
            value={card.weeks}
            onChange={(_, d) => {
              const value = d.value ?? Number.parseInt(d.displayValue ?? '', 10);
              if (Number.isInteger(value) && value >= 1 && value <= 8) card.setWeeks(value);
            }}
          />
        </Field>
        <Button
          appearance="primary"
          disabled={card.reading !== undefined}
          onClick={() => void card.find()}
        >
          {t('findTimes')}
        </Button>
      </div>
      <div aria-live="polite">
        <Progress
          label={
            card.reading === undefined
              ? undefined
              : `${t('readingCalendars')} ${card.reading} ${t('persons')} …`
          }
        />
        {card.picked ? <Body1Strong>{`${t('movedTo')} ${when(card.picked)}`}</Body1Strong> : null}
      </div>
      <FailureBar failure={card.failure} />
      {card.slots?.length === 0 ? <Body1>{t('noSlots')}</Body1> : null}
      {card.slots && card.slots.length > 0 ? (
        <ol className={styles.list} aria-label={t('slotsFound')} data-testid="slots">
          {card.slots.slice(0, SHOWN).map((s) => (
            <li
              key={s.startInstant}
              className={styles.slot}
              data-all-free={s.allMustHavesFree}
              data-date={s.date}
              data-start={s.start}
            >
              <div className={styles.what}>
                <div className={styles.head}>
                  <Body1Strong>{when(s)}</Body1Strong>
                  {s.allMustHavesFree ? (
                    <Badge appearance="tint" color="success">
                      {t('slotAllFree')}
                    </Badge>
                  ) : (
                    <Badge appearance="tint" color="danger">
                      {`${t('slotMissing')}: ${s.uncovered.map((u) => u.mustHave.label[locale]).join(', ')}`}
                    </Badge>
                  )}
                </div>
                <Body1>{s.explanation[locale]}</Body1>
              </div>
              <Button aria-label={`${t('choose')}: ${when(s)}`} onClick={() => card.pick(s)}>
                {t('choose')}
              </Button>
            </li>
          ))}
        </ol>
      ) : null}
    </Card>
  );
}

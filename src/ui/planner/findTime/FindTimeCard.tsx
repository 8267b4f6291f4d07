import {
  Body1,
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  SpinButton,
  Subtitle2,
} from '@fluentui/react-components';
import { formatDate, formatTimeRange, type MeetingPlan, type RankedSlot } from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';
import { DateField } from '../../dateTime/DateField';
import { FailureBar } from '../../FailureBar';
import { Progress } from '../../Progress';
import { useLocale, useStrings } from '../../StringsContext';
import { SlotDetails } from './SlotDetails';
import { SlotItem } from './SlotItem';
import { useFindTime } from './useFindTime';
import { useFindTimeStyles } from './useFindTimeStyles.styles';

/**
 * Find a time: a few slots a week over the coming weeks, ranked by whether the must-have roles
 * can come, each naming who cannot. Choosing one hands it to `onChoose`; what that does (and
 * that nothing is booked yet) the caller says in `hint` and `chosen`.
 */
export function FindTimeCard(props: {
  readonly plan: MeetingPlan;
  readonly graph: NetworkMeetingGraph;
  readonly onChoose: (slot: RankedSlot) => void;
  /** Said above the slots: what choosing one does. */
  readonly hint: string;
  /** Said after a choice, of its time: what will happen, and that nothing has yet. */
  readonly chosen: (when: string) => string;
  /** A booked meeting being moved: its own time is not held against its attendees. */
  readonly moving?: { readonly startInstant: string; readonly endInstant: string } | undefined;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useFindTimeStyles();
  const card = useFindTime(props);
  const when = (s: RankedSlot) =>
    `${formatDate(s.date, locale)}, ${formatTimeRange(s.start, s.end, locale)}`;
  return (
    <Card>
      <Subtitle2 as="h3" id="find-time-heading">
        {t('findTime')}
      </Subtitle2>
      <Body1 className={styles.intro}>{t('findTimeIntro')}</Body1>
      <div className={styles.controls}>
        <DateField
          id="find-from"
          label={t('searchFrom')}
          value={card.from}
          onChange={card.setFrom}
        />
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
            card.reading === undefined ? undefined : t('readingCalendars', { n: card.reading })
          }
        />
        {card.chosen ? (
          <MessageBar intent="success" layout="multiline" data-testid="slot-chosen">
            <MessageBarBody>{props.chosen(when(card.chosen))}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <FailureBar failure={card.failure} />
      {card.own ? (
        // First: whether the time the plan has now works, judged as every other time is.
        <div
          className={styles.own}
          data-testid="own-time"
          data-all-free={card.own.slot.allMustHavesFree}
        >
          <SlotDetails
            slot={card.own.slot}
            heading={
              props.moving
                ? t('ownTimeMoving', { when: when(card.own.slot) })
                : t('ownTime', { when: when(card.own.slot) })
            }
            works={t('ownTimeWorks')}
            missing={(names) => t('ownTimeMissing', { names })}
            remark={card.own.dayOff ? t('ownTimeDayOff') : undefined}
          />
        </div>
      ) : null}
      {card.slots?.length === 0 ? <Body1>{t('noSlots')}</Body1> : null}
      {card.slots && card.slots.length > 0 ? (
        <>
          <Subtitle2 as="h4" id="other-times-heading">
            {t('otherTimes')}
          </Subtitle2>
          <Body1 className={styles.intro}>{props.hint}</Body1>
          <ol className={styles.list} aria-label={t('slotsFound')} data-testid="slots">
            {card.slots.map((s) => (
              <SlotItem
                key={s.startInstant}
                slot={s}
                when={when(s)}
                onChoose={() => card.choose(s)}
              />
            ))}
          </ol>
        </>
      ) : null}
    </Card>
  );
}

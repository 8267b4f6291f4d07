import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Caption1Strong,
  mergeClasses,
  Subtitle1,
  Subtitle2,
  Title3,
} from '@fluentui/react-components';
import {
  formatDate,
  formatTime,
  formatTimeRange,
  type LiveProgramme,
  type Locale,
  type MeetingProgramme,
  type ProgrammeItem,
  wholeMinutes,
} from '../../domain';
import type { Translate } from '../strings';
import type { useSidePanel } from './useSidePanel';
import type { useSidePanelStyles } from './useSidePanelStyles.styles';
import { copenhagenClock } from './liveText';

type Styles = ReturnType<typeof useSidePanelStyles>;
type State = ReturnType<typeof useSidePanel>;

function roomText(live: LiveProgramme, t: Translate): string {
  if (live.following === 'plan') return t('liveFollowsPlan');
  if (live.minutesBehind > 0) return t('liveBehind', { n: live.minutesBehind });
  if (live.minutesBehind < 0) return t('liveAhead', { n: -live.minutesBehind });
  return t('liveOnTime');
}

function phaseText(
  live: LiveProgramme,
  programme: MeetingProgramme,
  locale: Locale,
  t: Translate,
): string | undefined {
  if (live.phase === 'after') return t('liveOver');
  if (live.phase !== 'before' || live.following === 'room') return undefined;
  // Within the next few hours: how long until it starts; further off: when it is.
  if (live.msToStart <= 6 * 60 * 60_000)
    return t('liveStartsIn', { n: wholeMinutes(live.msToStart) });
  const first = programme.items[0];
  if (!first) return undefined;
  const when = `${formatDate(programme.date, locale)}, ${formatTime(first.start, locale)}`;
  return t('liveOnDate', { when });
}

function Presenters({ item, locale, t }: { item: ProgrammeItem; locale: Locale; t: Translate }) {
  const names = item.presenters[locale].trim();
  return names ? <Body1>{t('livePresenters', { names })}</Body1> : null;
}

/** The side panel: the item on now and the minutes left, the next and who presents it, the room, the whole programme. */
export function renderSidePanel(
  state: State,
  programme: MeetingProgramme,
  live: LiveProgramme,
  styles: Styles,
  locale: Locale,
  t: Translate,
) {
  const { current, next } = live;
  const phase = phaseText(live, programme, locale, t);
  return (
    <section className={styles.panel} aria-labelledby="live-heading">
      <div>
        <Subtitle1 as="h2" block id="live-heading" className={styles.heading}>
          {t('liveTitle')}
        </Subtitle1>
        <Caption1 as="p" block className={mergeClasses(styles.heading, styles.muted)}>
          {programme.title[locale]}
        </Caption1>
        <Body1 as="p" block className={styles.heading} data-testid="live-clock">
          {t('liveClock', { time: copenhagenClock(state.now, locale) })}
        </Body1>
      </div>
      {phase ? (
        <Body1Strong as="p" block className={styles.heading} data-testid="live-phase">
          {phase}
        </Body1Strong>
      ) : null}
      {current ? (
        <div className={styles.now} data-testid="live-now">
          <Caption1Strong className={styles.label}>{t('liveNow')}</Caption1Strong>
          <Title3 as="h3" className={styles.itemTitle}>
            {current.item.title[locale]}
          </Title3>
          <Body1>{formatTimeRange(current.item.start, current.item.end, locale)}</Body1>
          <Body1Strong
            data-testid="live-minutes"
            className={current.msLeft < 0 ? styles.over : undefined}
          >
            {current.msLeft >= 0
              ? t('liveMinutesLeft', { n: wholeMinutes(current.msLeft) })
              : t('liveMinutesOver', { n: wholeMinutes(current.msLeft) })}
          </Body1Strong>
          <Presenters item={current.item} locale={locale} t={t} />
        </div>
      ) : live.phase === 'during' ? (
        <Body1 as="p" className={styles.heading}>
          {t('liveBetween')}
        </Body1>
      ) : null}
      {next ? (
        <div className={styles.next} data-testid="live-next">
          <Caption1Strong className={styles.label}>{t('liveNext')}</Caption1Strong>
          <Subtitle2 as="h3" className={styles.itemTitle}>
            {next.item.title[locale]}
          </Subtitle2>
          <Body1>{t('liveAt', { time: formatTime(next.item.start, locale) })}</Body1>
          <Presenters item={next.item} locale={locale} t={t} />
        </div>
      ) : null}
      {live.phase !== 'after' || live.following === 'room' ? (
        <>
          <Body1 as="p" className={styles.heading} data-testid="live-room" aria-live="polite">
            {roomText(live, t)}
          </Body1>
          <div className={styles.actions}>
            {next ? <Button onClick={state.moveOn}>{t('liveMoveOn')}</Button> : null}
            {state.room ? (
              <Button appearance="subtle" onClick={state.followPlan}>
                {t('liveFollowPlan')}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={state.share}
          disabledFocusable={state.shared === 'sharing'}
        >
          {t('stageShare')}
        </Button>
      </div>
      {state.shared && state.shared !== 'sharing' ? (
        <Body1 as="p" role="status" className={styles.heading} data-testid="stage-result">
          {state.shared === 'shared'
            ? t('stageShared')
            : state.shared === 'refused'
              ? t('stageRefused')
              : t('stageUnavailable')}
        </Body1>
      ) : null}
      <section aria-labelledby="whole-programme-heading">
        <Subtitle2 as="h3" block id="whole-programme-heading">
          {t('liveWhole')}
        </Subtitle2>
        <ol className={styles.list} data-testid="live-programme">
          {live.items.map(({ item, state: at }) => (
            <li
              key={item.id}
              data-state={at}
              aria-current={at === 'current' ? 'step' : undefined}
              className={mergeClasses(
                styles.item,
                at === 'current' && styles.current,
                at === 'past' && styles.past,
              )}
            >
              <Caption1>{formatTimeRange(item.start, item.end, locale)}</Caption1>
              <Body1>
                {item.title[locale]}
                {at === 'past' ? <span className={styles.hidden}> ({t('liveDone')})</span> : null}
              </Body1>
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}

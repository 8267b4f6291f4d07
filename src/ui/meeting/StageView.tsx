import { mergeClasses } from '@fluentui/react-components';
import {
  formatTimeRange,
  liveProgrammeAt,
  type MeetingProgramme,
  wholeMinutes,
} from '../../domain';
import { useLocale, useStrings } from '../StringsContext';
import { copenhagenClock, countdownText } from './liveText';
import { useNow } from './useNow';
import { useStageStyles } from './useStageStyles.styles';

/**
 * The programme on the meeting's stage, for everyone in the room and online: the item on now and
 * the next in large type, a countdown and the clock. Only the programme: never attendance or
 * answers, since people who were not invited may see it. Each client works it out from the plan
 * and its own clock; nothing is shared between them (README: a later shared timer).
 */
export function StageView({ programme }: { readonly programme: MeetingProgramme }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStageStyles();
  const now = useNow();
  const live = liveProgrammeAt(programme, now);
  const { current, next } = live;
  return (
    <main className={styles.stage} data-testid="stage">
      <header className={styles.top}>
        <h1 className={styles.title}>{programme.title[locale]}</h1>
        <p className={styles.clock} data-testid="stage-clock">
          <span className={styles.clockLabel}>{t('stageClock')}</span>
          <time>{copenhagenClock(now, locale)}</time>
        </p>
      </header>
      {current ? (
        <section className={styles.now} aria-labelledby="stage-now">
          <p className={styles.label} id="stage-now">
            {t('stageNow', {
              range: formatTimeRange(current.item.start, current.item.end, locale),
            })}
          </p>
          <p className={styles.current} data-testid="stage-current">
            {current.item.title[locale]}
          </p>
          {current.item.presenters[locale].trim() ? (
            <p className={styles.presenters}>
              {t('livePresenters', { names: current.item.presenters[locale] })}
            </p>
          ) : null}
          <p
            className={mergeClasses(styles.countdown, current.msLeft < 0 && styles.countdownOver)}
            data-testid="stage-countdown"
          >
            {countdownText(current.msLeft)}
            <span className={styles.countdownUnit}>
              {current.msLeft < 0 ? t('stageOver') : t('stageLeft')}
            </span>
          </p>
        </section>
      ) : (
        <p className={styles.message} data-testid="stage-phase">
          {live.phase === 'after'
            ? t('liveOver')
            : live.phase === 'before'
              ? t('liveStartsIn', { n: wholeMinutes(live.msToStart) })
              : t('liveBetween')}
        </p>
      )}
      {next ? (
        <section className={styles.next} aria-labelledby="stage-next">
          <p className={styles.label} id="stage-next">
            {t('stageNext', { range: formatTimeRange(next.item.start, next.item.end, locale) })}
          </p>
          <p className={styles.nextTitle} data-testid="stage-next-title">
            {next.item.title[locale]}
          </p>
          {next.item.presenters[locale].trim() ? (
            <p className={styles.presenters}>
              {t('livePresenters', { names: next.item.presenters[locale] })}
            </p>
          ) : null}
        </section>
      ) : null}
    </main>
  );
}

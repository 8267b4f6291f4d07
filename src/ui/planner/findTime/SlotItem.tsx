import { Badge, Body1, Body1Strong, Button } from '@fluentui/react-components';
import type { RankedSlot } from '../../../domain';
import { useLocale, useStrings } from '../../StringsContext';
import { mustHaveName, slotLines } from './slotNoteText';
import { useFindTimeStyles } from './useFindTimeStyles.styles';

/** One slot offered: when, who cannot come and who is unknown, and the button to choose it. */
export function SlotItem(props: {
  readonly slot: RankedSlot;
  readonly when: string;
  readonly onChoose: () => void;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useFindTimeStyles();
  const { slot: s } = props;
  return (
    <li
      className={styles.slot}
      data-all-free={s.allMustHavesFree}
      data-date={s.date}
      data-start={s.start}
      data-programme-start={s.atProgrammeStart}
    >
      <div className={styles.what}>
        <div className={styles.head}>
          <Body1Strong>{props.when}</Body1Strong>
          {s.allMustHavesFree ? (
            <Badge appearance="tint" color="success">
              {t('slotAllFree')}
            </Badge>
          ) : (
            <Badge appearance="tint" color="danger">
              {t('slotMissing', {
                names: s.uncovered
                  .map((u) => mustHaveName(u.mustHave.subject, t, locale))
                  .join(', '),
              })}
            </Badge>
          )}
        </div>
        {slotLines(s.notes, t, locale).map((line) => (
          <Body1
            key={line.code + line.text}
            data-note={line.code}
            className={
              line.code === 'mustHaveBusy'
                ? styles.missing
                : line.code === 'othersFree'
                  ? styles.quiet
                  : undefined
            }
          >
            {line.text}
          </Body1>
        ))}
      </div>
      <Button aria-label={t('chooseSlotAt', { when: props.when })} onClick={props.onChoose}>
        {t('chooseSlot')}
      </Button>
    </li>
  );
}

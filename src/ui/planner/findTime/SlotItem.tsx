import { Button } from '@fluentui/react-components';
import type { RankedSlot } from '../../../domain';
import { useStrings } from '../../StringsContext';
import { SlotDetails } from './SlotDetails';
import { useFindTimeStyles } from './useFindTimeStyles.styles';

/** One slot offered: when, who cannot come and who is unknown, and the button to choose it. */
export function SlotItem(props: {
  readonly slot: RankedSlot;
  readonly when: string;
  readonly onChoose: () => void;
}) {
  const t = useStrings();
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
      <SlotDetails
        slot={s}
        heading={props.when}
        works={t('slotAllFree')}
        missing={(names) => t('slotMissing', { names })}
      />
      <Button aria-label={t('chooseSlotAt', { when: props.when })} onClick={props.onChoose}>
        {t('chooseSlot')}
      </Button>
    </li>
  );
}

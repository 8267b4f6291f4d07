import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { type Dispatch, useState } from 'react';
import type { PlannerAction } from '../../../app/planner';
import { type PresentingWorkplace, refOf, TRIO_SEATS, type TrioSeat } from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';
import { PersonSearch } from '../../directory/PersonSearch';
import type { StringKey } from '../../strings';
import { useStrings } from '../../StringsContext';
import { seatSearchId } from './seatSearchId';

const SEAT_LABEL: Readonly<Record<TrioSeat, StringKey>> = {
  leader: 'seatLeader',
  amr: 'seatAmr',
  tr: 'seatTr',
};

const useStyles = makeStyles({
  seats: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  seat: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { minWidth: '4em', fontWeight: tokens.fontWeightSemibold },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * A workplace's three TRIO seats: who holds each, and a search to fill or change it that lists
 * the workplace's own members first.
 */
export function TrioSeats(props: {
  readonly workplace: PresentingWorkplace;
  readonly graph: NetworkMeetingGraph;
  readonly dispatch: Dispatch<PlannerAction>;
}) {
  const t = useStrings();
  const styles = useStyles();
  const [changing, setChanging] = useState<TrioSeat | undefined>();
  const w = props.workplace;
  return (
    <ul className={styles.seats}>
      {TRIO_SEATS.map(({ seat }) => {
        const person = w.trio[seat];
        const label = t(SEAT_LABEL[seat]);
        return (
          <li key={seat} className={styles.seat}>
            <Body1 className={styles.label}>{label}</Body1>
            {person ? (
              <Body1>{person.name}</Body1>
            ) : (
              <Body1 className={styles.missing}>{t('seatEmpty')}</Body1>
            )}
            {person && changing !== seat ? (
              <Button
                size="small"
                appearance="subtle"
                aria-label={t('seatChangeFor', { seat: label, workplace: w.name })}
                onClick={() => setChanging(seat)}
              >
                {t('seatChange')}
              </Button>
            ) : (
              <PersonSearch
                id={seatSearchId(w.id, seat)}
                label={t('seatPick', { seat: label, workplace: w.name })}
                graph={props.graph}
                firstFrom={w.id}
                onPick={(p) => {
                  setChanging(undefined);
                  props.dispatch({ type: 'seat', workplaceId: w.id, seat, person: refOf(p) });
                }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

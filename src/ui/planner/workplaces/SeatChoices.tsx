import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { TrioGroups } from '../../../app/directoryPicks';
import type { PlannerAction } from '../../../app/planner';
import {
  joinList,
  type PresentingWorkplace,
  refOf,
  roleInSentence,
  roleOfSeat,
  TRIO_SEATS,
} from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';
import { FailureBar } from '../../FailureBar';
import { Progress } from '../../Progress';
import { useLocale, useStrings } from '../../StringsContext';
import { seatChoiceId } from './seatSearchId';
import { useSeatChoices } from './useSeatChoices';

const useStyles = makeStyles({
  body: { display: 'grid', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The TRIO of a group that holds several workplaces, never picked by the app: for each seat the
 * group gave several people for, the organiser chooses one; or splits the group into its
 * workplaces, each with its own TRIO.
 */
export function SeatChoices(props: {
  readonly workplace: PresentingWorkplace;
  readonly graph: NetworkMeetingGraph;
  readonly trioGroups: TrioGroups;
  readonly dispatch: Dispatch<PlannerAction>;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const w = props.workplace;
  const choices = useSeatChoices(props);
  const open = TRIO_SEATS.filter(({ seat }) => (w.seatChoices?.[seat]?.length ?? 0) > 1);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="seat-choices">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t('seatChoicesTitle', { name: w.name })}</MessageBarTitle>
        {t('seatChoicesIntro')}
        {open.map(({ seat }) => {
          const role = roleInSentence(roleOfSeat(seat), locale);
          return (
            <Field key={seat} label={t('seatChoice', { role })}>
              <RadioGroup
                onChange={(_, d) => {
                  const person = w.seatChoices?.[seat]?.find((p) => p.id === d.value);
                  if (person) {
                    props.dispatch({
                      type: 'seat',
                      workplaceId: w.id,
                      seat,
                      person: refOf(person),
                    });
                  }
                }}
              >
                {(w.seatChoices?.[seat] ?? []).map((p, i) => (
                  <Radio
                    key={p.id}
                    // The seat's finding jumps here while the seat waits for a choice.
                    id={i === 0 ? seatChoiceId(w.id, seat) : undefined}
                    value={p.id}
                    label={`${p.name} (${p.email})`}
                  />
                ))}
              </RadioGroup>
            </Field>
          );
        })}
        <div className={styles.actions} aria-live="polite">
          {choices.parts && choices.parts.length > 0 ? (
            <Button disabled={choices.splitting} onClick={() => void choices.split()}>
              {t('splitInto', {
                names: joinList(
                  locale,
                  choices.parts.map((g) => g.name),
                ),
              })}
            </Button>
          ) : null}
          {choices.parts?.length === 0 ? t('splitNone') : null}
          <Progress label={choices.splitting ? t('splitReading') : undefined} />
        </div>
        <FailureBar failure={choices.failure} />
      </MessageBarBody>
    </MessageBar>
  );
}

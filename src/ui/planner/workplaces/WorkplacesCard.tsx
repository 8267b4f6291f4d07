import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Card,
  makeStyles,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { DraftStorage } from '../../../app/drafts';
import type { PlannerAction } from '../../../app/planner';
import type { PresentedBefore } from '../../../app/series';
import { hasSeatChoices, type PresentingWorkplace, type TrioSeat } from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';
import { GroupSearch } from '../../directory/GroupSearch';
import type { StringKey } from '../../strings';
import { Progress } from '../../Progress';
import { useStrings } from '../../StringsContext';
import { OrganisationKindField } from '../organisation/OrganisationKindField';
import type { OrganisationKindState } from '../organisation/useOrganisationKind';
import { SeatChoices } from './SeatChoices';
import { TrioSeats } from './TrioSeats';
import { useWorkplacesCard } from './useWorkplacesCard';
import { FailureBar } from '../../FailureBar';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalM },
  workplace: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  intro: { color: tokens.colorNeutralForeground2, marginTop: 0 },
  before: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  name: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  block: { display: 'block', margin: `${tokens.spacingVerticalS} 0` },
  reread: {
    display: 'grid',
    justifyItems: 'start',
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalM,
  },
});

const TRIO_GROUP_LABELS: readonly [TrioSeat, StringKey][] = [
  ['leader', 'trioGroupLeader'],
  ['amr', 'trioGroupAmr'],
  ['tr', 'trioGroupTr'],
];

/** The presenting workplaces, picked from the directory, each with its TRIO. */
export function WorkplacesCard(props: {
  readonly workplaces: readonly PresentingWorkplace[];
  readonly dispatch: Dispatch<PlannerAction>;
  readonly graph: NetworkMeetingGraph;
  readonly user: string;
  readonly storage: DraftStorage;
  readonly presentedBefore: readonly PresentedBefore[];
  /** Which kind of organisation this is: a setting beside the TRIO groups. */
  readonly organisation: OrganisationKindState;
}) {
  const t = useStrings();
  const styles = useStyles();
  const card = useWorkplacesCard(props);
  return (
    <Card>
      <section aria-labelledby="trio-groups-heading">
        <Body1Strong as="h4" id="trio-groups-heading" className={styles.block}>
          {t('trioGroups')}
        </Body1Strong>
        <Body1 as="p" className={styles.intro}>
          {t('trioGroupsIntro')}
        </Body1>
        <div className={styles.grid}>
          {TRIO_GROUP_LABELS.map(([seat, key]) => (
            <GroupSearch
              key={seat}
              id={`trio-group-${seat}`}
              label={t(key)}
              graph={props.graph}
              selected={card.trioGroups[seat]}
              onPick={(g) => card.chooseTrioGroup(seat, g)}
            />
          ))}
        </div>
        <OrganisationKindField id="organisation-kind" organisation={props.organisation} />
        <div className={styles.reread}>
          <Body1 className={styles.intro}>{t('trioGroupsRemembered')}</Body1>
          <Button
            size="small"
            disabled={card.reread === 'reading' || !Object.values(card.trioGroups).some(Boolean)}
            onClick={() => void card.readGroupsAgain()}
          >
            {t('trioGroupsReadAgain')}
          </Button>
          <div aria-live="polite">
            <Progress label={card.reread === 'reading' ? t('trioGroupsReading') : undefined} />
            {card.reread === 'done' ? <Body1>{t('trioGroupsReadDone')}</Body1> : null}
          </div>
        </div>
      </section>
      {props.presentedBefore.length > 0 ? (
        <section aria-labelledby="presented-before-heading" data-testid="presented-before">
          <Body1Strong as="h4" id="presented-before-heading" className={styles.block}>
            {t('presentedBefore')}
          </Body1Strong>
          <ul className={styles.before}>
            {props.presentedBefore.map((b) => (
              <li key={`${b.workplaceId}-${b.position}`}>
                <Body1>{t('meetingNo', { name: b.name, position: b.position })}</Body1>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <GroupSearch
        id="workplace-search"
        label={t('addWorkplace')}
        hint={t('relayoutHint')}
        graph={props.graph}
        clearAfterPick
        disabled={!!card.loading}
        onPick={(g) => void card.addWorkplace(g)}
      />
      <div aria-live="polite">
        <Progress label={card.loading && t('loadingWorkplace', { name: card.loading.name })} />
      </div>
      <FailureBar failure={card.failure} />
      {props.workplaces.length === 0 ? <Body1>{t('noWorkplaces')}</Body1> : null}
      <ul className={styles.list} aria-label={t('workplaces')}>
        {props.workplaces.map((w) => (
          <li key={w.id} className={styles.workplace} data-workplace={w.name}>
            <div className={styles.title}>
              <div className={styles.name}>
                <Subtitle2 as="h4">{w.name}</Subtitle2>
                {props.presentedBefore
                  .filter((b) => b.workplaceId === w.id)
                  .map((b) => (
                    <Badge key={b.position} appearance="tint" color="warning">
                      {t('presentedInMeeting', { position: b.position })}
                    </Badge>
                  ))}
              </div>
              <Button
                appearance="subtle"
                aria-label={t('removeWorkplace', { name: w.name })}
                onClick={() => props.dispatch({ type: 'removeWorkplace', workplaceId: w.id })}
              >
                {t('remove')}
              </Button>
            </div>
            {hasSeatChoices(w) ? (
              <SeatChoices
                workplace={w}
                graph={props.graph}
                trioGroups={card.trioGroups}
                dispatch={props.dispatch}
              />
            ) : null}
            <TrioSeats workplace={w} graph={props.graph} dispatch={props.dispatch} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

import { Spinner } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { programmeOfView } from '../../app/meetingInTeams';
import { programmeOfStageLink } from '../../app/stageLink';
import type { MeetingProgramme } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import type { Host } from '../../host/hostInfo';
import { useStrings } from '../StringsContext';
import { MeetingNotices } from './MeetingNotices';
import { StageView } from './StageView';
import { useMeetingInTeams } from './useMeetingInTeams';
import { useStageStyles } from './useStageStyles.styles';

/**
 * The stage as the side panel shares it: the programme is in the link, so nobody on the stage
 * signs in and nothing is read from Graph.
 */
export function StageFromLink({ search }: { readonly search: string }) {
  const t = useStrings();
  const styles = useStageStyles();
  const [programme, setProgramme] = useState<MeetingProgramme | null | undefined>(undefined);
  useEffect(() => {
    let gone = false;
    void programmeOfStageLink(search).then((p) => {
      if (!gone) setProgramme(p ?? null);
    });
    return () => {
      gone = true;
    };
  }, [search]);
  if (programme === undefined) return <Spinner label={t('loading')} />;
  if (programme === null)
    return (
      <main className={styles.stage}>
        <h1 className={styles.title}>{t('appName')}</h1>
        <p className={styles.message} data-testid="stage-no-programme">
          {t('stageNoProgramme')}
        </p>
      </main>
    );
  return <StageView programme={programme} />;
}

/**
 * The stage when Teams shares the tab itself (its own share button): the meeting found as the
 * side panel finds it, signed in, and its programme.
 */
export function StageFromMeeting(props: {
  readonly graph: NetworkMeetingGraph;
  readonly host: Host;
  readonly chatId: string;
  readonly me: { readonly email: string; readonly name: string };
}) {
  const { load } = useMeetingInTeams(props.graph, props.chatId, props.me);
  const programme = useMemo(
    () => (load.kind === 'found' ? programmeOfView(load.view) : undefined),
    [load],
  );
  return programme ? (
    <StageView programme={programme} />
  ) : (
    <MeetingNotices load={load} host={props.host} />
  );
}

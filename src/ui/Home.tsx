import {
  Body1,
  Button,
  Card,
  CardFooter,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useEffect } from 'react';
import type { CopyAs } from '../app/copyMeeting';
import type { DraftLoad } from '../app/drafts';
import {
  type BookedMeeting,
  FIRST_PROGRAMME,
  formatTimeRange,
  type MeetingPlan,
  type ProgrammeId,
  SECOND_PROGRAMME,
} from '../domain';
import { EarlierMeetingsList } from './EarlierMeetingsList';
import { useLocale, useStrings } from './StringsContext';
import type { EarlierMeetings } from './useSignedInScreens';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  cards: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  card: { width: '280px', maxWidth: '100%' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** The signed-in start screen: the guide's programmes to plan from, and the draft if there is one. */
export function Home(props: {
  readonly draft: DraftLoad;
  readonly onPlan: (programme: ProgrammeId) => void;
  readonly onContinue: () => void;
  readonly earlier: EarlierMeetings;
  /** Reads what the start screen lists; called each time it opens. */
  readonly onLoad: () => void;
  readonly onCopy: (meeting: BookedMeeting, as: CopyAs) => void;
  /** A meeting's plan with its whole effort read from the calendar (the copy menu's offer). */
  readonly readEffort: (meeting: BookedMeeting) => Promise<MeetingPlan>;
  readonly onFollowUp: (meeting: BookedMeeting) => void;
  /** The meetings the user is invited to, answered here or in Outlook. */
  readonly invitations: ReactNode;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { onLoad } = props;
  useEffect(onLoad, [onLoad]);
  return (
    <div className={styles.page}>
      {props.draft.kind === 'unreadable' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('draftUnreadable', { name: props.draft.keptAs })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.draft.kind === 'draft' ? (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={props.onContinue}>
            {t('continueDraft', { title: props.draft.plan.title[locale] })}
          </Button>
        </div>
      ) : null}
      {props.invitations}
      <section aria-labelledby="programmes-heading">
        <Subtitle1 as="h2" id="programmes-heading">
          {t('programmes')}
        </Subtitle1>
        <div className={styles.cards}>
          {[FIRST_PROGRAMME, SECOND_PROGRAMME].map((p) => {
            const last = p.blocks[p.blocks.length - 1];
            return (
              <Card key={p.id} className={styles.card}>
                <CardHeader
                  header={<Body1 as="h3">{p.name[locale]}</Body1>}
                  description={t('programmeTime', {
                    range: formatTimeRange(p.start, last?.end ?? p.start, locale),
                  })}
                />
                <Body1>{p.focus[locale]}</Body1>
                <CardFooter>
                  <Button
                    onClick={() => props.onPlan(p.id)}
                    aria-label={t('planProgramme', { name: p.name[locale] })}
                  >
                    {t('plan')}
                  </Button>
                </CardFooter>
              </Card>
            );
          })}
        </div>
      </section>
      <div className={styles.actions}>
        <Button appearance="subtle" onClick={() => props.onPlan('blank')}>
          {t('planBlank')}
        </Button>
      </div>
      <EarlierMeetingsList
        earlier={props.earlier}
        onCopy={props.onCopy}
        readEffort={props.readEffort}
        onFollowUp={props.onFollowUp}
      />
    </div>
  );
}

import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { type BookedMeeting, formatDate, formatTimeRange } from '../domain';
import { useLocale, useStrings } from './StringsContext';
import type { EarlierMeetings } from './useSignedInScreens';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  when: { color: tokens.colorNeutralForeground3 },
});

/** The organiser's booked network meetings, each to copy as the start of a new plan. */
export function EarlierMeetingsList(props: {
  readonly earlier: EarlierMeetings;
  readonly onCopy: (meeting: BookedMeeting) => void;
  readonly onFollowUp: (meeting: BookedMeeting) => void;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { earlier } = props;
  return (
    <section aria-labelledby="earlier-heading">
      <Subtitle1 as="h2" block id="earlier-heading">
        {t('copyEarlier')}
      </Subtitle1>
      {earlier.kind === 'loading' ? <Spinner size="tiny" label={t('loadingMeetings')} /> : null}
      {earlier.kind === 'failed' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{earlier.failure.message[locale]}</MessageBarBody>
        </MessageBar>
      ) : null}
      {earlier.kind === 'loaded' && earlier.meetings.length === 0 ? (
        <Body1>{t('noEarlierMeetings')}</Body1>
      ) : null}
      {earlier.kind === 'loaded' && earlier.meetings.length > 0 ? (
        <ul className={styles.list} aria-label={t('earlierMeetings')}>
          {earlier.meetings.map((m) => {
            const title = m.plan.title[locale];
            return (
              <li key={m.eventId} className={styles.row}>
                <Body1>{title}</Body1>
                <Caption1 className={styles.when}>
                  {`${formatDate(m.plan.date, locale)}, ${formatTimeRange(m.plan.start, m.plan.end, locale)}`}
                </Caption1>
                <Button
                  size="small"
                  appearance="primary"
                  aria-label={`${t('followUp')}: ${title}, ${formatDate(m.plan.date, locale)}`}
                  onClick={() => props.onFollowUp(m)}
                >
                  {t('followUp')}
                </Button>
                <Button
                  size="small"
                  aria-label={`${t('copyMeeting')}: ${title}, ${formatDate(m.plan.date, locale)}`}
                  onClick={() => props.onCopy(m)}
                >
                  {t('copyMeeting')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

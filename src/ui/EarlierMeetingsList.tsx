import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { type CopyAs, nextPositionForCopy } from '../app/copyMeeting';
import {
  type BookedMeeting,
  contentLocale,
  formatDate,
  formatTimeRange,
  type MeetingPlan,
  meetingsByTime,
  seriesMeetingsFrom,
  withSeriesMeetings,
} from '../domain';
import { failureText } from './failureText';
import { MeetingsPart } from './MeetingsPart';
import { useLocale, useStrings } from './StringsContext';
import type { EarlierMeetings } from './useSignedInScreens';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  when: { color: tokens.colorNeutralForeground3 },
});

interface MeetingActions {
  readonly onCopy: (meeting: BookedMeeting, as: CopyAs) => void;
  /**
   * The meeting's plan with its effort read around the meeting's own date: the start screen
   * lists a year around today, and an effort's last meeting may lie beyond it.
   */
  readonly readEffort: (meeting: BookedMeeting) => Promise<MeetingPlan>;
  readonly onFollowUp: (meeting: BookedMeeting) => void;
}

/**
 * One of the organiser's meetings, to follow up or to copy; a cancelled one marked so. A copy is
 * the next meeting of its effort (while the effort has a number left) or the first of a new one.
 */
function MeetingRow(
  props: MeetingActions & {
    readonly meeting: BookedMeeting;
    readonly all: readonly BookedMeeting[];
  },
) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const m = props.meeting;
  // As the attendees received it, whatever the UI's language.
  const title = m.plan.title[contentLocale(m.plan, locale)];
  // Read again when the menu opens; until then the copy as next meeting is not offered, so a
  // number the effort already has (its last meeting beyond the list) is never offered.
  const [effort, setEffort] = useState<MeetingPlan | 'reading'>('reading');
  const listed = withSeriesMeetings(m.plan, seriesMeetingsFrom(m.plan, props.all));
  const next = nextPositionForCopy(effort === 'reading' ? listed : effort);
  return (
    <li className={styles.row}>
      <Body1>{title}</Body1>
      <Caption1 className={styles.when}>
        {`${formatDate(m.plan.date, locale)}, ${formatTimeRange(m.plan.start, m.plan.end, locale)}`}
      </Caption1>
      {m.isCancelled ? (
        // Exchange has moved it out of the calendar: there is nothing left to follow up.
        <Body1Strong data-testid="organised-cancelled">{t('cancelledBadge')}</Body1Strong>
      ) : (
        <Button
          size="small"
          appearance="primary"
          aria-label={t('followUpMeeting', { title, date: formatDate(m.plan.date, locale) })}
          onClick={() => props.onFollowUp(m)}
        >
          {t('followUp')}
        </Button>
      )}
      <Menu
        onOpenChange={(_, data) => {
          if (!data.open) return;
          setEffort('reading');
          void props.readEffort(m).then(setEffort);
        }}
      >
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
            size="small"
            aria-label={t('copyMeetingNamed', { title, date: formatDate(m.plan.date, locale) })}
          >
            {t('copyMeeting')}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {next === undefined ? null : (
              <MenuItem
                disabled={effort === 'reading'}
                onClick={() => props.onCopy(m, 'nextMeeting')}
              >
                {t('copyAsNextMeeting', { position: next, size: m.plan.series.size })}
              </MenuItem>
            )}
            <MenuItem onClick={() => props.onCopy(m, 'newEffort')}>{t('copyAsNewEffort')}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </li>
  );
}

/**
 * The network meetings the organiser booked in the year around today: those ahead and those
 * before, each to follow up (answers, changes) or to copy as the start of a new plan.
 */
export function EarlierMeetingsList(props: MeetingActions & { readonly earlier: EarlierMeetings }) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { earlier } = props;
  const split = useMemo(
    () => (earlier.kind === 'loaded' ? meetingsByTime(earlier.meetings, new Date()) : undefined),
    [earlier],
  );
  return (
    <section aria-labelledby="earlier-heading">
      <Subtitle1 as="h2" block id="earlier-heading">
        {t('copyEarlier')}
      </Subtitle1>
      {earlier.kind === 'loading' ? <Spinner size="tiny" label={t('loadingMeetings')} /> : null}
      {earlier.kind === 'failed' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{failureText(earlier.failure, locale)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {earlier.kind === 'loaded' && earlier.meetings.length === 0 ? (
        <Body1>{t('noEarlierMeetings')}</Body1>
      ) : null}
      {split
        ? (
            [
              ['organised-upcoming', t('upcomingMeetings'), split.upcoming],
              ['organised-past', t('pastMeetings'), split.past],
            ] as const
          ).map(([id, heading, meetings]) => (
            // Named with the section, so it is not confused with the invitations' lists.
            <MeetingsPart
              key={id}
              id={id}
              heading={heading}
              labelledBy={`earlier-heading ${id}`}
              listClassName={styles.list}
            >
              {meetings.map((m) => (
                <MeetingRow
                  key={m.eventId}
                  meeting={m}
                  all={earlier.kind === 'loaded' ? earlier.meetings : []}
                  onCopy={props.onCopy}
                  readEffort={props.readEffort}
                  onFollowUp={props.onFollowUp}
                />
              ))}
            </MeetingsPart>
          ))
        : null}
    </section>
  );
}

import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { type BookedMeeting, contentLocale, formatDate, formatTimeRange } from '../../domain';
import { MeetingLinks } from '../MeetingLinks';
import { useLocale, useStrings } from '../StringsContext';

const useStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '60rem' },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  invited: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: '240px',
    overflowY: 'auto',
  },
});

/**
 * What the organiser sees once the invitation is sent, in place of the planner: the meeting as
 * sent, that it is changed from now on through its follow-up (so the attendees hear of it), the
 * way there, and who was invited. Nothing here can be edited: a plan left editable after sending
 * would change nothing the attendees have.
 */
export function SentMeeting(props: {
  readonly meeting: BookedMeeting;
  /** Opens the follow-up of the meeting just booked: answers, reminders, changes. */
  readonly onFollowUp: (meeting: BookedMeeting) => void;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { meeting } = props;
  const { plan } = meeting;
  return (
    <section className={styles.page} aria-labelledby="sent-heading" data-testid="sent-meeting">
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle id="sent-heading">{t('sent')}</MessageBarTitle>
          {t('sentMeeting', {
            title: plan.title[contentLocale(plan, locale)],
            when: `${formatDate(plan.date, locale)}, ${formatTimeRange(plan.start, plan.end, locale)}`,
          })}
        </MessageBarBody>
      </MessageBar>
      <Body1 as="p" block data-testid="changes-through-follow-up">
        {t('changesThroughFollowUp')}
      </Body1>
      <div className={styles.links}>
        <Button appearance="primary" onClick={() => props.onFollowUp(meeting)}>
          {t('followUpSent')}
        </Button>
        <MeetingLinks webLink={meeting.webLink} joinUrl={meeting.joinUrl} />
      </div>
      <Body1 as="p" block id="sent-invited">
        {t('invited', { n: plan.invitees.length })}
      </Body1>
      <ul className={styles.invited} aria-labelledby="sent-invited" tabIndex={0}>
        {plan.invitees.map((i) => (
          <li key={i.email}>
            <Body1>
              {t('sentInvitee', { name: i.name, required: i.attendance === 'required' })}
            </Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}

import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { Invitation } from '../domain';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalS },
});

/**
 * Declining asks first and says what will happen: the organiser gets the answer (and the
 * comment), the programme loses the attendee's part, and Outlook moves the meeting out of the
 * calendar (Exchange's behaviour unless the mailbox keeps declined meetings).
 */
export function DeclineDialog(props: {
  readonly invitation: Invitation;
  readonly comment: string;
  readonly describedBy: string;
  readonly onDecline: () => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const id = useId();
  const m = props.invitation;
  const comment = props.comment.trim();
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button aria-describedby={props.describedBy}>{t('answerDecline')}</Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={id}>
        <DialogBody>
          <DialogTitle>{t('declineTitle')}</DialogTitle>
          <DialogContent className={styles.content} id={id}>
            <Body1 as="p" block>
              {comment
                ? t('declineToOrganiserWithComment', { name: m.organizer.name, comment })
                : t('declineToOrganiser', { name: m.organizer.name })}
            </Body1>
            {m.expected.mustConfirm ? (
              <Body1 as="p" block>
                {t('declineMustHave')}
              </Body1>
            ) : null}
            {m.expected.blocks.length > 0 ? (
              <Body1 as="p" block>
                {t('declineYourPart', { n: m.expected.blocks.length })}
              </Body1>
            ) : null}
            <Body1 as="p" block>
              {t('declineCalendar')}
            </Body1>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={props.onDecline}>
                {t('declineConfirm')}
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t('declineKeep')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

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
  Field,
  makeStyles,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Invitee } from '../../domain';
import { useStrings } from '../StringsContext';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: '160px',
    overflowY: 'auto',
  },
});

/** One group of recipients under its heading; nothing when the group is empty. */
function Recipients(props: {
  readonly id: string;
  readonly heading: string;
  readonly people: readonly Invitee[];
}) {
  const styles = useStyles();
  if (props.people.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <Subtitle2 as="h3" id={props.id}>{`${props.heading} (${props.people.length})`}</Subtitle2>
      {/* Focusable, so a keyboard can scroll a long list. */}
      <ul className={styles.list} aria-labelledby={props.id} tabIndex={0}>
        {props.people.map((p) => (
          <li key={p.email}>
            <Body1>{`${p.name} <${p.email}>`}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Remind those who have not answered: shows who will get the invitation again (required and
 * optional apart) and the message, which can be changed; nothing is sent before Send.
 */
export function RemindDialog(props: {
  readonly recipients: readonly Invitee[];
  readonly disabled: boolean;
  readonly onSend: (comment: string) => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const [comment, setComment] = useState(t('reminderComment'));
  const required = props.recipients.filter((r) => r.attendance === 'required');
  const optional = props.recipients.filter((r) => r.attendance !== 'required');
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={props.disabled}>{`${t('remind')} (${props.recipients.length})`}</Button>
      </DialogTrigger>
      <DialogSurface aria-describedby="remind-intro">
        <DialogBody>
          <DialogTitle>{t('remind')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 id="remind-intro">{`${t('remindIntro')} ${props.recipients.length}.`}</Body1>
            <Recipients id="remind-required" heading={t('requiredPlural')} people={required} />
            <Recipients id="remind-optional" heading={t('optionalPlural')} people={optional} />
            <Field label={t('remindMessage')}>
              <Textarea
                value={comment}
                onChange={(_, d) => setComment(d.value)}
                resize="vertical"
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button
                appearance="primary"
                disabled={props.recipients.length === 0}
                onClick={() => props.onSend(comment)}
              >
                {t('remindSend')}
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t('remindCancel')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

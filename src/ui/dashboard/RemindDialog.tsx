import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Invitee } from '../../domain';
import { useStrings } from '../StringsContext';
import { MessageDialog } from './MessageDialog';

const useStyles = makeStyles({
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
  const required = props.recipients.filter((r) => r.attendance === 'required');
  const optional = props.recipients.filter((r) => r.attendance !== 'required');
  return (
    <MessageDialog
      trigger={t('remindCount', { n: props.recipients.length })}
      disabled={props.disabled}
      title={t('remind')}
      describedBy="remind-intro"
      messageLabel={t('remindMessage')}
      initialMessage={t('reminderComment')}
      confirm={t('remindSend')}
      confirmDisabled={props.recipients.length === 0}
      dismiss={t('remindCancel')}
      onConfirm={props.onSend}
    >
      <Body1 id="remind-intro">{t('remindIntro', { n: props.recipients.length })}</Body1>
      <Recipients id="remind-required" heading={t('requiredPlural')} people={required} />
      <Recipients id="remind-optional" heading={t('optionalPlural')} people={optional} />
    </MessageDialog>
  );
}

import { useStrings } from '../StringsContext';
import { MessageDialog } from './MessageDialog';

/** Cancel with a message: asks before anything is sent, and the message goes to everyone. */
export function CancelMeetingDialog(props: {
  readonly disabled: boolean;
  readonly onCancel: (comment: string) => void;
}) {
  const t = useStrings();
  return (
    <MessageDialog
      trigger={t('cancelMeeting')}
      disabled={props.disabled}
      danger
      title={t('cancelMeeting')}
      messageLabel={t('cancelMessage')}
      initialMessage={t('cancelMessageDefault')}
      confirm={t('cancelConfirm')}
      dismiss={t('keepMeeting')}
      onConfirm={props.onCancel}
    />
  );
}

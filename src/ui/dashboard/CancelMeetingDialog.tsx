import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useStrings } from '../StringsContext';

/** Cancel with a message: asks before anything is sent, and the message goes to everyone. */
export function CancelMeetingDialog(props: {
  readonly disabled: boolean;
  readonly onCancel: (comment: string) => void;
}) {
  const t = useStrings();
  const [comment, setComment] = useState(t('cancelMessageDefault'));
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={props.disabled}>{t('cancelMeeting')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('cancelMeeting')}</DialogTitle>
          <DialogContent>
            <Field label={t('cancelMessage')}>
              <Textarea
                value={comment}
                onChange={(_, d) => setComment(d.value)}
                resize="vertical"
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={() => props.onCancel(comment)}>
                {t('cancelConfirm')}
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t('keepMeeting')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

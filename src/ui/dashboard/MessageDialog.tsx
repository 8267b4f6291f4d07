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
  makeStyles,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

const useStyles = makeStyles({
  content: { display: 'grid', gap: tokens.spacingVerticalM },
  // Fluent v9 has no danger button: red text and border, red ground under the pointer.
  danger: {
    color: tokens.colorPaletteRedForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    ':hover': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorPaletteRedBackground3,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    },
    ':hover:active': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorPaletteRedForeground1,
    },
  },
});

/**
 * A follow-up action that sends mail with a message (remind, cancel): a button opens a dialog
 * that shows what will happen and the message, which can be changed; nothing is sent before
 * the confirm button.
 */
export function MessageDialog(props: {
  readonly trigger: string;
  readonly disabled: boolean;
  /** Whether the action cannot be undone (cancel): the trigger is drawn in the danger style. */
  readonly danger?: boolean;
  readonly title: string;
  /** What the action will do and to whom, above the message. */
  readonly children?: ReactNode;
  /** The id of the element in `children` that describes the dialog, if any. */
  readonly describedBy?: string;
  readonly messageLabel: string;
  readonly initialMessage: string;
  readonly confirm: string;
  readonly confirmDisabled?: boolean;
  readonly dismiss: string;
  readonly onConfirm: (message: string) => void;
}) {
  const styles = useStyles();
  const [message, setMessage] = useState(props.initialMessage);
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button
          disabled={props.disabled}
          className={props.danger && !props.disabled ? styles.danger : undefined}
        >
          {props.trigger}
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={props.describedBy}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.content}>
            {props.children}
            <Field label={props.messageLabel}>
              <Textarea
                value={message}
                onChange={(_, d) => setMessage(d.value)}
                resize="vertical"
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button
                appearance="primary"
                disabled={props.confirmDisabled ?? false}
                onClick={() => props.onConfirm(message)}
              >
                {props.confirm}
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>{props.dismiss}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

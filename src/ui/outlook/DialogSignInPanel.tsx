import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { DialogAuthProvider, DialogSignInFailure } from '../../auth/dialogAuth';
import { useStrings } from '../StringsContext';
import type { Translate } from '../strings';
import { useAuth } from '../useAuth';
import { useOutlookPaneStyles } from './useOutlookPaneStyles.styles';

/** Why the dialog sign-in failed, in the user's words. */
function failureText(t: Translate, failure: DialogSignInFailure, error: string): string {
  switch (failure) {
    case 'closed':
      return t('outlookDialogClosed');
    case 'ignored':
      return t('outlookDialogIgnored');
    case 'blocked':
      return t('outlookDialogBlocked');
    case 'alreadyOpen':
      return t('outlookDialogAlreadyOpen');
    default:
      return t('outlookDialogFailed', { reason: error });
  }
}

/**
 * The pane's sign-in where Outlook offers no nested app authentication: what will happen, and a
 * button that opens Office's sign-in dialog. A browser shows a window only when the user asks,
 * so the pane never opens it by itself.
 */
export function DialogSignInPanel({ auth }: { readonly auth: DialogAuthProvider }) {
  const t = useStrings();
  const styles = useOutlookPaneStyles();
  const { state, error } = useAuth(auth);
  const failure = state === 'failed' ? auth.failure : undefined;
  return (
    <section className={styles.section} data-testid="dialog-sign-in">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('outlookDialogSignInTitle')}</MessageBarTitle>
          {t('outlookDialogSignIn')}
        </MessageBarBody>
      </MessageBar>
      {failure ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{failureText(t, failure, error ?? '')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state === 'signingIn' ? <Spinner size="small" label={t('outlookDialogWaiting')} /> : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={state === 'signingIn'}
          onClick={() => void auth.signIn()}
        >
          {t('outlookDialogSignInButton')}
        </Button>
      </div>
    </section>
  );
}

import { Spinner } from '@fluentui/react-components';
import { type ReactNode, useEffect } from 'react';
import type { AuthProvider } from '../../auth/authProvider';
import { DemoAuthProvider } from '../../auth/demoAuth';
import { DialogAuthProvider } from '../../auth/dialogAuth';
import { personKey } from '../../domain';
import { SignInPanel } from '../SignInPanel';
import { useStrings } from '../StringsContext';
import { useAuth } from '../useAuth';
import { DialogSignInPanel } from './DialogSignInPanel';

/**
 * The pane's sign-in: as the mailbox Outlook has open. Nested app authentication signs in silently
 * with Outlook's account; on the demo tenant the demo person with the mailbox's address is taken.
 * Only when that fails does the pane ask, with the tab's sign-in panel. Without nested app
 * authentication the user signs in through Office's dialog, when they choose to.
 */
export function PaneSignIn(props: {
  readonly auth: AuthProvider;
  readonly mailbox: string;
  readonly children: ReactNode;
}) {
  const t = useStrings();
  const { auth, mailbox } = props;
  const { state, error } = useAuth(auth);
  useEffect(() => {
    if (state !== 'signedOut' || auth instanceof DialogAuthProvider) return;
    if (auth instanceof DemoAuthProvider) {
      const person = auth.people.find((p) => personKey(p.userPrincipalName) === personKey(mailbox));
      if (person) auth.signInAs(person);
      return;
    }
    void auth.signIn();
  }, [auth, mailbox, state]);
  if (state === 'signedIn') return <>{props.children}</>;
  if (auth instanceof DialogAuthProvider) return <DialogSignInPanel auth={auth} />;
  if (state === 'signingIn') return <Spinner label={t('signingIn')} />;
  return <SignInPanel auth={auth} state={state} error={error} />;
}

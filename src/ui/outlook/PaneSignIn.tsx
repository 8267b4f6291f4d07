import { Spinner } from '@fluentui/react-components';
import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import type { AuthProvider } from '../../auth/authProvider';
import { DemoAuthProvider } from '../../auth/demoAuth';
import { DialogAuthProvider } from '../../auth/dialogAuth';
import { personKey } from '../../domain';
import { useStrings } from '../StringsContext';
import { useAuth } from '../useAuth';
import { DialogSignInPanel } from './DialogSignInPanel';

// Asked only when the silent sign-in fails: its picker (a dropdown, a card) stays off the
// pane's first screen.
const SignInPanel = lazy(() =>
  import(/* webpackChunkName: "sign-in-panel" */ '../SignInPanel').then((m) => ({
    default: m.SignInPanel,
  })),
);

/**
 * Whom the pane signs in as without asking: Outlook's account (nested app authentication, `host`),
 * or on the demo tenant the demo person with the mailbox's address; none for the dialog, which
 * a browser opens only when the user asks.
 */
function silentAccount(auth: AuthProvider, mailbox: string) {
  if (auth instanceof DialogAuthProvider) return undefined;
  if (auth instanceof DemoAuthProvider) {
    return auth.people.find((p) => personKey(p.userPrincipalName) === personKey(mailbox));
  }
  return 'host' as const;
}

/**
 * Starts the silent sign-in as the mailbox, if there is one and nobody is signed in. The page
 * calls it before the pane is first drawn, so the first screen does not wait a render for it;
 * `PaneSignIn` calls it again for a provider that signed out.
 */
export function signInSilently(auth: AuthProvider, mailbox: string): void {
  if (auth.state !== 'signedOut') return;
  const silent = silentAccount(auth, mailbox);
  if (silent === undefined) return;
  if (silent !== 'host' && auth instanceof DemoAuthProvider) auth.signInAs(silent);
  else void auth.signIn();
}

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
  const silent = silentAccount(auth, mailbox);
  useEffect(() => {
    if (state === 'signedOut') signInSilently(auth, mailbox);
  }, [auth, mailbox, state]);
  if (state === 'signedIn') return <>{props.children}</>;
  if (auth instanceof DialogAuthProvider) return <DialogSignInPanel auth={auth} />;
  if (state === 'signingIn' || (state === 'signedOut' && silent !== undefined)) {
    return <Spinner label={t('signingIn')} />;
  }
  return (
    <Suspense fallback={<Spinner label={t('signingIn')} />}>
      <SignInPanel auth={auth} state={state} error={error} />
    </Suspense>
  );
}

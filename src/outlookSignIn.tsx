import { createRoot } from 'react-dom/client';
import { DemoAuthProvider, type DemoPerson, loadDemoPeople } from './auth/demoAuth';
import { dialogSignInText } from './auth/dialogAuth';
import { createDialogMsalApp, demoDialogMessage, msalSignInInDialog } from './auth/dialogSignIn';
import { readConfig } from './config/appConfig';
import { BUILD_ENV } from './config/buildEnv';
import { localeFromTag, personKey } from './domain';
import { connectDialogPage } from './host/outlook/signInDialog';
import { MissingConfigPage } from './ui/MissingConfigPage';
import { mountSignInDialog } from './ui/outlook/signIn/SignInDialogPage';

/** The demo people with Outlook's mailbox first, as Entra ID would offer the hinted account. */
function hintFirst(people: readonly DemoPerson[], hint: string | undefined): DemoPerson[] {
  const key = hint ? personKey(hint) : undefined;
  return [...people].sort(
    (a, b) =>
      Number(personKey(b.userPrincipalName) === key) -
      Number(personKey(a.userPrincipalName) === key),
  );
}

/**
 * The page of the Outlook add-in's sign-in dialog, where Outlook offers no nested app
 * authentication (`src/host/outlook/signInDialog.ts` opens it): signs in (MSAL's redirect flow,
 * or the demo person picker on the demo tenant) and sends the token to the pane with
 * `messageParent`. office.js loads before this script, as on the pane's page.
 */
async function start(element: HTMLElement) {
  const params = new URLSearchParams(location.search);
  const locale = localeFromTag(params.get('lang') || navigator.language);
  const hint = params.get('hint') || undefined;
  const configured = readConfig(BUILD_ENV);
  if (!configured.ok) {
    createRoot(element).render(<MissingConfigPage missing={configured.missing} locale={locale} />);
    return;
  }
  const config = configured.config;
  const show = mountSignInDialog(element, locale);
  let reply: (message: string) => void;
  try {
    reply = await connectDialogPage();
  } catch (e) {
    show({ kind: 'noOffice', reason: e instanceof Error ? e.message : String(e) });
    return;
  }
  if (config.demo) {
    const people = hintFirst(await loadDemoPeople(config.graphBaseUrl), hint);
    const auth = new DemoAuthProvider(people, undefined);
    auth.onChange(() => {
      const account = auth.account;
      if (!account) return;
      reply(
        dialogSignInText(
          demoDialogMessage({ displayName: account.name, userPrincipalName: account.username }),
        ),
      );
      show({ kind: 'done' });
    });
    show({ kind: 'demo', auth });
    return;
  }
  show({ kind: 'redirecting' });
  const message = await msalSignInInDialog(await createDialogMsalApp(config), hint);
  if (message) {
    reply(dialogSignInText(message));
    show({ kind: 'done' });
  }
}

const root = document.getElementById('root');
if (root) {
  start(root).catch((e: unknown) => {
    root.textContent = e instanceof Error ? e.message : String(e);
  });
}

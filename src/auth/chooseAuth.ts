import type { AppConfig } from '../config/appConfig';
import type { HostInfo } from '../host/hostInfo';
import type { AuthKind, AuthProvider } from './authProvider';
import { DemoAuthProvider, loadDemoPeople } from './demoAuth';
import { MsalAuthProvider, msalConfiguration } from './msalAuth';
import { browserStorage } from '../host/browserStorage';

/**
 * Which sign-in fits: the demo tenant when the build says so; nested app authentication when
 * the host offers it; standard MSAL otherwise (a plain browser, or an older host).
 */
export function chooseAuthKind(
  config: Pick<AppConfig, 'demo'>,
  host: Pick<HostInfo, 'kind' | 'nestedAuth'>,
): AuthKind {
  if (config.demo) return 'demo';
  if (host.kind !== 'browser' && host.nestedAuth) return 'naa';
  return 'browser';
}

/**
 * The Outlook add-in's sign-in: nested app authentication where Outlook offers it (NestedAppAuth
 * 1.1; on the demo tenant, the demo person with the mailbox's address, silently, as nested app
 * authentication signs in as Outlook's account); otherwise Office's sign-in dialog (DialogApi
 * 1.1: Entra ID's page in a window of its own, or the demo's person picker there); undefined when
 * Outlook offers neither, and the pane says so.
 */
export function chooseAddinAuthKind(
  config: Pick<AppConfig, 'demo'>,
  outlook: { readonly nestedAuth: boolean; readonly dialogs: boolean },
): AuthKind | undefined {
  if (outlook.nestedAuth) return config.demo ? 'demo' : 'naa';
  return outlook.dialogs ? 'dialog' : undefined;
}

/** The redirect bridge page msal-browser v5 answers popups and redirects on. */
export const REDIRECT_BRIDGE_PATH = '/auth-redirect.html';

/**
 * Creates the provider for a kind; MSAL is loaded only when it is needed. The dialog kind needs
 * the host's `signInDialog` (Office's dialog API, `src/host/outlook/`).
 */
export async function createAuthProvider(
  kind: AuthKind,
  config: AppConfig,
  host: HostInfo,
  signInDialog?: (query: Readonly<Record<string, string>>) => Promise<string>,
): Promise<AuthProvider> {
  if (kind === 'dialog') {
    if (!signInDialog) throw new Error('Outlook offers no dialog to sign in with here.');
    // The dialog's page is told whom to expect and in which language to speak.
    const query = { hint: host.loginHint ?? '', lang: host.locale };
    // Only the Outlook pane signs in through a dialog: the tab's first screen does not carry it.
    const { DialogAuthProvider } = await import(
      /* webpackChunkName: "dialog-auth" */ './dialogAuth'
    );
    return new DialogAuthProvider(() => signInDialog(query));
  }
  if (kind === 'demo') {
    return new DemoAuthProvider(
      await loadDemoPeople(config.graphBaseUrl),
      browserStorage('sessionStorage'),
      host.loginHint,
    );
  }
  const msal = await import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
  if (kind === 'naa') {
    const app = await msal.createNestablePublicClientApplication(msalConfiguration(config));
    return new MsalAuthProvider('naa', app, host.loginHint);
  }
  const app = await msal.createStandardPublicClientApplication(
    msalConfiguration({ ...config, redirectUri: `${config.appUrl}${REDIRECT_BRIDGE_PATH}` }),
  );
  await app.handleRedirectPromise();
  return new MsalAuthProvider('browser', app);
}

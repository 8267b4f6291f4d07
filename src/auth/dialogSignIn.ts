import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import type { AppConfig } from '../config/appConfig';
import { ALL_SCOPES } from '../graph';
import type { DemoPerson } from './demoAuth';
import type { DialogSignInMessage } from './dialogAuth';
import { demoTokenFor } from './demoToken';
import { REDIRECT_BRIDGE_PATH } from './chooseAuth';
import { msalConfiguration } from './msalAuth';

/**
 * The sign-in dialog's side (its page is `/outlook-signin.html`): MSAL's standard client with
 * the redirect flow, in the dialog's own window, as Microsoft's Outlook-Add-in-SSO-NAA sample
 * does its fallback (`fallbackauthdialog.ts`). Entra ID answers on the tab's redirect bridge
 * (`/auth-redirect.html`), which hands the answer back to this page (msal-browser v5).
 */

/** The part of MSAL's standard client the dialog uses; tests give a fake. */
export type DialogMsalApp = Pick<
  IPublicClientApplication,
  | 'handleRedirectPromise'
  | 'getActiveAccount'
  | 'getAllAccounts'
  | 'setActiveAccount'
  | 'acquireTokenSilent'
  | 'acquireTokenRedirect'
>;

/** MSAL's standard client for the dialog, answering on the redirect bridge. */
export async function createDialogMsalApp(
  config: Pick<AppConfig, 'clientId' | 'tenant' | 'appUrl'>,
): Promise<DialogMsalApp> {
  const msal = await import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
  return msal.createStandardPublicClientApplication(
    msalConfiguration({ ...config, redirectUri: `${config.appUrl}${REDIRECT_BRIDGE_PATH}` }),
  );
}

function tokenMessage(result: AuthenticationResult, now: () => number): DialogSignInMessage {
  const account = result.account;
  return {
    v: 1,
    accessToken: result.accessToken,
    // MSAL gives the expiry as a Date; without one, an hour (Entra ID's usual lifetime).
    expiresOn: result.expiresOn?.getTime() ?? now() + 60 * 60 * 1000,
    account: { name: account?.name ?? account?.username ?? '', username: account?.username ?? '' },
  };
}

function errorCodeOf(e: unknown): string {
  const err = e as { errorCode?: unknown; message?: unknown } | undefined;
  if (typeof err?.errorCode === 'string' && err.errorCode) return err.errorCode;
  return typeof err?.message === 'string' ? err.message : String(e);
}

/**
 * Signs in inside the dialog: the answer Entra ID sent back, if this load is its return; else a
 * token for the account MSAL already knows here; else off to Entra ID's sign-in page (resolves
 * undefined: the page is leaving). Every Graph scope is asked at once, since the pane cannot ask
 * for more without opening the dialog again.
 */
export async function msalSignInInDialog(
  app: DialogMsalApp,
  loginHint: string | undefined,
  now: () => number = Date.now,
): Promise<DialogSignInMessage | undefined> {
  const scopes = [...ALL_SCOPES];
  try {
    const returned = await app.handleRedirectPromise();
    if (returned) {
      if (returned.account) app.setActiveAccount(returned.account);
      return tokenMessage(returned, now);
    }
  } catch (e) {
    return { v: 1, error: errorCodeOf(e) };
  }
  const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
  if (account) {
    try {
      return tokenMessage(await app.acquireTokenSilent({ scopes, account }), now);
    } catch {
      // Interaction needed: on to the sign-in page.
    }
  }
  try {
    await app.acquireTokenRedirect({ scopes, ...(loginHint ? { loginHint } : {}) });
  } catch (e) {
    return { v: 1, error: errorCodeOf(e) };
  }
  return undefined;
}

/** The demo tenant's answer from the dialog: a demo token for the person picked there. */
export function demoDialogMessage(
  person: Pick<DemoPerson, 'displayName' | 'userPrincipalName'>,
  now: () => number = Date.now,
): DialogSignInMessage {
  return {
    v: 1,
    accessToken: demoTokenFor(person.userPrincipalName),
    expiresOn: now() + 60 * 60 * 1000,
    account: { name: person.displayName, username: person.userPrincipalName },
  };
}

import type { AccountInfo, Configuration, IPublicClientApplication } from '@azure/msal-browser';
import { ALL_SCOPES } from '../graph';
import { type AuthKind, type AuthProvider, ObservableAuth } from './authProvider';

/** The MSAL configuration: tokens in session storage, never in local storage. */
export function msalConfiguration(options: {
  readonly clientId: string;
  readonly tenant: string;
  readonly redirectUri?: string | undefined;
}): Configuration {
  return {
    auth: {
      clientId: options.clientId,
      authority: `https://login.microsoftonline.com/${options.tenant}`,
      ...(options.redirectUri ? { redirectUri: options.redirectUri } : {}),
    },
    cache: { cacheLocation: 'sessionStorage' },
  };
}

/** The part of MSAL's application the provider uses; tests give a fake. */
export type MsalApp = Pick<
  IPublicClientApplication,
  | 'getAllAccounts'
  | 'setActiveAccount'
  | 'getActiveAccount'
  | 'acquireTokenSilent'
  | 'acquireTokenPopup'
  | 'loginPopup'
  | 'loginRedirect'
  | 'acquireTokenRedirect'
  | 'logoutPopup'
  | 'ssoSilent'
>;

function isInteractionRequired(e: unknown): boolean {
  const code = (e as { errorCode?: string } | undefined)?.errorCode ?? '';
  return /interaction_required|consent_required|login_required|no_account|no_tokens_found|monitor_window_timeout/.test(
    code,
  );
}

/**
 * Sign-in through MSAL: nested app authentication inside Teams, Outlook and Microsoft 365 (the
 * host signs the user in), or MSAL in a plain browser (redirect). Tokens silently when it can,
 * interactively only when it must.
 */
export class MsalAuthProvider extends ObservableAuth implements AuthProvider {
  constructor(
    readonly kind: Extract<AuthKind, 'naa' | 'browser'>,
    private readonly app: MsalApp,
    private readonly loginHint?: string,
  ) {
    super();
    const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
    if (account) this.useAccount(account);
  }

  private useAccount(account: AccountInfo): void {
    this.app.setActiveAccount(account);
    this.set('signedIn', { name: account.name ?? account.username, username: account.username });
  }

  async signIn(): Promise<void> {
    this.set('signingIn');
    try {
      const request = {
        scopes: [...ALL_SCOPES],
        ...(this.loginHint ? { loginHint: this.loginHint } : {}),
      };
      if (this.kind === 'naa') {
        // The host knows the user: try silently first, then let it ask.
        const result = await this.app.ssoSilent(request).catch(() => this.app.loginPopup(request));
        if (result.account) this.useAccount(result.account);
      } else {
        await this.app.loginRedirect(request);
      }
    } catch (e) {
      this.set('failed', undefined, e instanceof Error ? e.message : String(e));
    }
  }

  async signOut(): Promise<void> {
    await this.app.logoutPopup().catch(() => undefined);
    this.set('signedOut');
  }

  async getAccessToken(scopes: readonly string[]): Promise<string> {
    const account = this.app.getActiveAccount() ?? undefined;
    const request = { scopes: [...scopes], ...(account ? { account } : {}) };
    try {
      return (await this.app.acquireTokenSilent(request)).accessToken;
    } catch (e) {
      if (!isInteractionRequired(e)) throw e;
      if (this.kind === 'browser') {
        await this.app.acquireTokenRedirect(request);
        throw e;
      }
      const result = await this.app.acquireTokenPopup(request);
      if (result.account) this.useAccount(result.account);
      return result.accessToken;
    }
  }
}

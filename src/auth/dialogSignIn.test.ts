import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { ALL_SCOPES } from '../graph';
import { userFromDemoToken } from './demoToken';
import { demoDialogMessage, type DialogMsalApp, msalSignInInDialog } from './dialogSignIn';

const account = {
  username: 'signe@contoso.example',
  name: 'Signe',
  homeAccountId: 'h',
  environment: 'e',
  tenantId: 't',
  localAccountId: 'l',
} as AccountInfo;

function result(token: string): AuthenticationResult {
  return {
    accessToken: token,
    account,
    expiresOn: new Date(5_000_000),
  } as AuthenticationResult;
}

/** MSAL's standard client as the dialog sees it, recording what it was asked. */
function fakeMsal(options: {
  returned?: AuthenticationResult | Error | null;
  known?: boolean;
  silent?: AuthenticationResult | Error;
}) {
  const asked: { redirect?: { scopes: string[]; loginHint?: string }; active?: unknown } = {};
  const app = {
    handleRedirectPromise: async () => {
      if (options.returned instanceof Error) throw options.returned;
      return options.returned ?? null;
    },
    getActiveAccount: () => (options.known ? account : null),
    getAllAccounts: () => (options.known ? [account] : []),
    setActiveAccount: (a: unknown) => void (asked.active = a),
    acquireTokenSilent: async () => {
      if (options.silent instanceof Error) throw options.silent;
      return options.silent as AuthenticationResult;
    },
    acquireTokenRedirect: async (request: { scopes: string[]; loginHint?: string }) => {
      asked.redirect = request;
    },
  } as unknown as DialogMsalApp;
  return { app, asked };
}

describe('signing in inside the dialog with MSAL', () => {
  it('goes to Entra ID’s sign-in page, for every scope, with Outlook’s mailbox as the hint', async () => {
    const msal = fakeMsal({});
    expect(await msalSignInInDialog(msal.app, 'signe@contoso.example')).toBeUndefined();
    expect(msal.asked.redirect).toEqual({
      scopes: [...ALL_SCOPES],
      loginHint: 'signe@contoso.example',
    });
  });

  it('on its return, sends the token with its expiry and account', async () => {
    const msal = fakeMsal({ returned: result('from-entra') });
    expect(await msalSignInInDialog(msal.app, undefined)).toEqual({
      v: 1,
      accessToken: 'from-entra',
      expiresOn: 5_000_000,
      account: { name: 'Signe', username: 'signe@contoso.example' },
    });
    expect(msal.asked.active).toBe(account);
    expect(msal.asked.redirect).toBeUndefined();
  });

  it('uses an account MSAL already knows here without leaving the page, else asks', async () => {
    const known = fakeMsal({ known: true, silent: result('silent') });
    expect((await msalSignInInDialog(known.app, undefined))?.v).toBe(1);
    expect(known.asked.redirect).toBeUndefined();
    const stale = fakeMsal({ known: true, silent: new Error('interaction_required') });
    expect(await msalSignInInDialog(stale.app, undefined)).toBeUndefined();
    expect(stale.asked.redirect?.scopes).toEqual([...ALL_SCOPES]);
  });

  it('sends Entra ID’s refusal to the pane instead of a token', async () => {
    const refused = Object.assign(new Error('The user cancelled'), { errorCode: 'access_denied' });
    expect(await msalSignInInDialog(fakeMsal({ returned: refused }).app, undefined)).toEqual({
      v: 1,
      error: 'access_denied',
    });
  });
});

describe('the demo tenant’s dialog', () => {
  it('answers with a demo token naming the person picked, for an hour', () => {
    const message = demoDialogMessage(
      { displayName: 'Birgitte Holm', userPrincipalName: 'birgitte.holm@egeskov.example' },
      () => 100,
    );
    if ('error' in message) throw new Error('unexpected');
    expect(userFromDemoToken(message.accessToken)).toBe('birgitte.holm@egeskov.example');
    expect(message.expiresOn).toBe(100 + 60 * 60 * 1000);
  });
});

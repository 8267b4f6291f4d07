import { describe, expect, it } from 'vitest';
import { chooseAddinAuthKind, chooseAuthKind } from './chooseAuth';
import { DemoAuthProvider } from './demoAuth';
import { userFromDemoToken } from './demoToken';
import { type MsalApp, MsalAuthProvider, msalConfiguration } from './msalAuth';

describe('choosing the sign-in', () => {
  it('uses the demo tenant in a demo build, wherever it runs', () => {
    expect(chooseAuthKind({ demo: true }, { kind: 'teams', nestedAuth: true })).toBe('demo');
    expect(chooseAuthKind({ demo: true }, { kind: 'browser', nestedAuth: false })).toBe('demo');
  });

  it('uses nested app authentication where the host offers it, MSAL in a browser otherwise', () => {
    expect(chooseAuthKind({ demo: false }, { kind: 'teams', nestedAuth: true })).toBe('naa');
    expect(chooseAuthKind({ demo: false }, { kind: 'outlook', nestedAuth: true })).toBe('naa');
    expect(chooseAuthKind({ demo: false }, { kind: 'm365', nestedAuth: false })).toBe('browser');
    expect(chooseAuthKind({ demo: false }, { kind: 'browser', nestedAuth: false })).toBe('browser');
  });

  it('signs the Outlook add-in in with nested app authentication, else through Office’s dialog', () => {
    const naa = { nestedAuth: true, dialogs: true };
    const dialogOnly = { nestedAuth: false, dialogs: true };
    const neither = { nestedAuth: false, dialogs: false };
    expect(chooseAddinAuthKind({ demo: false }, naa)).toBe('naa');
    expect(chooseAddinAuthKind({ demo: false }, dialogOnly)).toBe('dialog');
    // Neither: the pane says so instead.
    expect(chooseAddinAuthKind({ demo: false }, neither)).toBeUndefined();
    // The demo tenant takes the same two paths: silently as the mailbox, or the dialog.
    expect(chooseAddinAuthKind({ demo: true }, naa)).toBe('demo');
    expect(chooseAddinAuthKind({ demo: true }, dialogOnly)).toBe('dialog');
    expect(chooseAddinAuthKind({ demo: true }, neither)).toBeUndefined();
  });

  it('keeps MSAL’s token cache in session storage, never local storage', () => {
    const config = msalConfiguration({ clientId: 'c', tenant: 'organizations' });
    expect(config.cache?.cacheLocation).toBe('sessionStorage');
    expect(config.auth.authority).toBe('https://login.microsoftonline.com/organizations');
  });
});

describe('the demo sign-in', () => {
  const people = [
    {
      role: 'organiser',
      displayName: 'Signe Vestergaard',
      userPrincipalName: 'signe.vestergaard@egeskov.example',
    },
    {
      role: 'medChair',
      displayName: 'Birgitte Holm',
      userPrincipalName: 'birgitte.holm@egeskov.example',
    },
  ];

  it('signs in as the chosen person, remembers only the name, and tokens name the person', async () => {
    const stored = new Map<string, string>();
    const storage = {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
      removeItem: (k: string) => void stored.delete(k),
    };
    const auth = new DemoAuthProvider(people, storage);
    expect(auth.state).toBe('signedOut');
    const changes: string[] = [];
    auth.onChange(() => changes.push(auth.state));
    auth.signInAs(people[1] as (typeof people)[number]);
    expect(auth.account).toEqual({
      name: 'Birgitte Holm',
      username: 'birgitte.holm@egeskov.example',
    });
    expect(userFromDemoToken(await auth.getAccessToken())).toBe('birgitte.holm@egeskov.example');
    expect([...stored.entries()]).toEqual([['nm.demoUser', 'birgitte.holm@egeskov.example']]);
    expect(new DemoAuthProvider(people, storage).account?.name).toBe('Birgitte Holm');
    await auth.signOut();
    expect(changes).toEqual(['signedIn', 'signedOut']);
    await expect(auth.getAccessToken()).rejects.toThrow('No demo person');
  });

  it('in a host, offers the host’s user first and never signs in someone else remembered', () => {
    const stored = new Map([['nm.demoUser', 'signe.vestergaard@egeskov.example']]);
    const storage = {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
      removeItem: (k: string) => void stored.delete(k),
    };
    // The demo Teams host now plays Birgitte Holm: Signe, from earlier, stays signed out.
    const asChair = new DemoAuthProvider(people, storage, 'Birgitte.Holm@egeskov.example');
    expect(asChair.suggested?.displayName).toBe('Birgitte Holm');
    expect(asChair.state).toBe('signedOut');
    // The host's own user, remembered, is signed in again as before.
    const asOrganiser = new DemoAuthProvider(people, storage, 'signe.vestergaard@egeskov.example');
    expect(asOrganiser.account?.name).toBe(people[0]?.displayName);
    // A login hint that is no demo person changes nothing.
    expect(new DemoAuthProvider(people, storage, 'someone@contoso.example').state).toBe('signedIn');
  });
});

describe('the MSAL sign-in', () => {
  const account = {
    username: 'signe@contoso.example',
    name: 'Signe',
    homeAccountId: 'h',
    environment: 'e',
    tenantId: 't',
    localAccountId: 'l',
  };
  function fakeMsal(silent: () => Promise<{ accessToken: string }>): MsalApp & { popups: number } {
    let active: typeof account | null = null;
    const app = {
      popups: 0,
      getAllAccounts: () => (active ? [active] : []),
      setActiveAccount: (a: typeof account | null) => void (active = a),
      getActiveAccount: () => active,
      acquireTokenSilent: silent,
      acquireTokenPopup: async () => {
        app.popups += 1;
        return { accessToken: 'interactive-token', account };
      },
      ssoSilent: async () => ({ accessToken: 'sso', account }),
      loginPopup: async () => ({ accessToken: 'popup', account }),
      loginRedirect: async () => undefined,
      acquireTokenRedirect: async () => undefined,
      logoutPopup: async () => undefined,
    };
    return app as unknown as MsalApp & { popups: number };
  }

  it('signs in silently through the host and gets tokens silently', async () => {
    const app = fakeMsal(async () => ({ accessToken: 'silent-token' }));
    const auth = new MsalAuthProvider('naa', app, 'signe@contoso.example');
    await auth.signIn();
    expect(auth.state).toBe('signedIn');
    expect(await auth.getAccessToken(['User.Read'])).toBe('silent-token');
    expect(app.popups).toBe(0);
  });

  it('asks the user only when Entra ID says interaction is required', async () => {
    const app = fakeMsal(async () => {
      throw Object.assign(new Error('consent'), { errorCode: 'consent_required' });
    });
    const auth = new MsalAuthProvider('naa', app);
    expect(await auth.getAccessToken(['Calendars.ReadWrite'])).toBe('interactive-token');
    expect(app.popups).toBe(1);
    const broken = new MsalAuthProvider(
      'naa',
      fakeMsal(async () =>
        Promise.reject(Object.assign(new Error('net'), { errorCode: 'network_error' })),
      ),
    );
    await expect(broken.getAccessToken(['User.Read'])).rejects.toThrow('net');
  });
});

import type { AppConfig } from '../config/appConfig';
import type { HostInfo } from '../host/hostInfo';
import type { AuthKind, AuthProvider } from './authProvider';
import { DemoAuthProvider, loadDemoPeople } from './demoAuth';
import { MsalAuthProvider, msalConfiguration } from './msalAuth';

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
 * The Outlook add-in's sign-in: the demo tenant's, or nested app authentication; undefined when
 * Outlook offers no NestedAppAuth 1.1, because a pane inside Outlook has no redirect sign-in to
 * fall back on (the pane says so instead).
 */
export function chooseAddinAuthKind(
  config: Pick<AppConfig, 'demo'>,
  nestedAuthSupported: boolean,
): AuthKind | undefined {
  if (config.demo) return 'demo';
  return nestedAuthSupported ? 'naa' : undefined;
}

/** The redirect bridge page msal-browser v5 answers popups and redirects on. */
export const REDIRECT_BRIDGE_PATH = '/auth-redirect.html';

/** Creates the provider for a kind; MSAL is loaded only when it is needed. */
export async function createAuthProvider(
  kind: AuthKind,
  config: AppConfig,
  host: HostInfo,
): Promise<AuthProvider> {
  if (kind === 'demo') {
    return new DemoAuthProvider(
      await loadDemoPeople(config.graphBaseUrl),
      globalThis.sessionStorage,
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

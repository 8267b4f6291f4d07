/** What the app needs to know about its deployment, fixed when it is built. */
export interface AppConfig {
  /** Entra ID application (client) id. */
  readonly clientId: string;
  /** Tenant id or `organizations` (any work account). */
  readonly tenant: string;
  /** Graph's base URL: `https://graph.microsoft.com`, or the emulator's. */
  readonly graphBaseUrl: string;
  /** The demo tenant: sign in as a demo person against the emulator. */
  readonly demo: boolean;
  /** Where the tab is served (https in production); the manifest points here. */
  readonly appUrl: string;
  /** Origins of the test host harness, accepted by teams-js only in test builds. */
  readonly harnessOrigins: readonly string[];
}

/** The build-time environment the config is read from (webpack writes it in). */
export type BuildEnv = Readonly<Record<string, string | undefined>>;

/** The configuration, or what is missing from it. */
export type ConfigResult =
  | { readonly ok: true; readonly config: AppConfig }
  | { readonly ok: false; readonly missing: readonly string[] };

const GRAPH = 'https://graph.microsoft.com';

/**
 * Reads the configuration. A demo build needs nothing; a real one needs the client id and the
 * app's https address, and says which are missing rather than starting half-configured.
 */
export function readConfig(env: BuildEnv): ConfigResult {
  const demo = env['NM_DEMO'] === 'true';
  const clientId = env['NM_CLIENT_ID']?.trim() ?? '';
  const appUrl = env['NM_APP_URL']?.trim() ?? '';
  const missing: string[] = [];
  if (!demo) {
    if (!/^[0-9a-f-]{36}$/i.test(clientId)) missing.push('NM_CLIENT_ID');
    if (!appUrl.startsWith('https://')) missing.push('NM_APP_URL');
  }
  if (missing.length > 0) return { ok: false, missing };
  return {
    ok: true,
    config: {
      clientId: clientId || '00000000-0000-0000-0000-000000000000',
      tenant: env['NM_TENANT']?.trim() || 'organizations',
      graphBaseUrl: env['NM_GRAPH_BASE_URL']?.trim() || (demo ? 'http://127.0.0.1:4000' : GRAPH),
      demo,
      appUrl: appUrl || 'http://localhost:3000',
      harnessOrigins: (env['NM_TEST_HARNESS_ORIGINS'] ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    },
  };
}

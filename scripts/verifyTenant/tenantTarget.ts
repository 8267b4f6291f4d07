/**
 * The scenario's target on a real tenant: the organiser and the first test mailbox each sign in
 * with a device code (msal-node). MSAL's token cache stays in this process's memory (no cache
 * plugin is given, so nothing is written to disk), and nothing the tenant returns is stored.
 */
import { type AccountInfo, type INetworkModule, PublicClientApplication } from '@azure/msal-node';
import {
  ALL_SCOPES,
  createGraphClient,
  GRAPH_BASE_URL,
  networkMeetingGraph,
  type TokenSource,
} from '../../src/graph';
import type { SignedIn, VerifyTarget } from './target';
import { recordTraffic } from './traffic';

/** What `--tenant` mode is given on the command line. */
export interface TenantOptions {
  readonly tenantId: string;
  readonly clientId: string;
  readonly mailboxes: readonly [string, string];
  readonly groupId?: string | undefined;
  /** Also sign the first test mailbox in, to see the attendee's copy. */
  readonly attendeeSignIn: boolean;
  /** Tests only: Graph elsewhere (the emulator), sign-in's HTTP answered in-process, no waiting. */
  readonly testSeams?: {
    readonly graphBaseUrl: string;
    readonly networkClient: INetworkModule;
    readonly deliveryTimeoutMs: number;
  };
}

/** Graph's delegated scopes as full names (the bare ones would do; these say whose they are). */
const graphScopes = (scopes: readonly string[]) => scopes.map((s) => `${GRAPH_BASE_URL}/${s}`);

/** Signs one user in with a device code; later tokens come silently from the in-memory cache. */
async function deviceCodeSignIn(
  options: TenantOptions,
  who: string,
  print: (line: string) => void,
): Promise<TokenSource & { readonly username: string }> {
  const app = new PublicClientApplication({
    auth: {
      clientId: options.clientId,
      authority: `https://login.microsoftonline.com/${options.tenantId}`,
    },
    // No cache plugin: MSAL keeps its tokens in this process's memory and never on disk.
    ...(options.testSeams ? { system: { networkClient: options.testSeams.networkClient } } : {}),
  });
  print(`Sign in as ${who}:`);
  const first = await app.acquireTokenByDeviceCode({
    scopes: graphScopes(ALL_SCOPES),
    deviceCodeCallback: (response) => print(response.message),
  });
  if (!first?.account) throw new Error(`The sign-in as ${who} did not complete.`);
  const account: AccountInfo = first.account;
  return {
    username: account.username,
    getAccessToken: async (scopes) =>
      (await app.acquireTokenSilent({ account, scopes: graphScopes(scopes) })).accessToken,
  };
}

/** Signs the organiser (and, if asked, the first test mailbox) in against the tenant. */
export async function tenantTarget(
  options: TenantOptions,
  print: (line: string) => void,
): Promise<VerifyTarget> {
  const signedIn = async (who: string): Promise<SignedIn> => {
    const tokens = await deviceCodeSignIn(options, who, print);
    const traffic = recordTraffic();
    const client = createGraphClient({
      baseUrl: options.testSeams?.graphBaseUrl ?? GRAPH_BASE_URL,
      tokens,
      fetch: traffic.fetch,
    });
    return { email: tokens.username, graph: networkMeetingGraph(client), client, traffic };
  };
  const organiser = await signedIn('the organiser (a test user with a mailbox)');
  const attendee = options.attendeeSignIn
    ? await signedIn(`${options.mailboxes[0]} (the first test mailbox)`)
    : undefined;
  if (attendee && attendee.email.toLowerCase() !== options.mailboxes[0].toLowerCase())
    throw new Error(`Signed in as ${attendee.email}, not ${options.mailboxes[0]}.`);
  return {
    kind: 'tenant',
    organiser,
    mailboxes: options.mailboxes,
    attendee,
    groupId: options.groupId,
    deliveryTimeoutMs: options.testSeams?.deliveryTimeoutMs ?? 60_000,
    close: () => Promise.resolve(),
  };
}

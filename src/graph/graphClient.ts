import { Client } from '@microsoft/microsoft-graph-client';
import { toGraphRequestError } from './graphError';
import {
  AuthMiddleware,
  DEFAULT_RETRY_POLICY,
  FetchHandler,
  RequestIdMiddleware,
  RetryMiddleware,
  type RetryPolicy,
} from './middleware';
import { ALL_SCOPES, type TokenSource } from './tokenSource';

/** Graph's own endpoint; the emulator is the same path on another host. */
export const GRAPH_BASE_URL = 'https://graph.microsoft.com';

/** How to reach Graph: the base URL is configuration, the rest of the chain never changes. */
export interface GraphClientOptions {
  /** `https://graph.microsoft.com` in production, the emulator's address in the demo. */
  readonly baseUrl: string;
  readonly tokens: TokenSource;
  readonly scopes?: readonly string[];
  readonly retry?: Partial<RetryPolicy>;
  /** Replaces `fetch` (benchmarks count round trips with it). */
  readonly fetch?: typeof fetch;
}

/** The SDK client with what our calls need beside it: where Graph is and how to retry. */
export interface GraphClient {
  readonly sdk: Client;
  /** `${baseUrl}/v1.0`, for turning `@odata.nextLink` into a path. */
  readonly versionRoot: string;
  readonly retry: RetryPolicy;
}

/** Builds the client: request id, retry, auth, fetch; base URL from configuration. */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const first = new RequestIdMiddleware();
  const chain = [
    first,
    new RetryMiddleware(retry),
    new AuthMiddleware(options.tokens, options.scopes ?? ALL_SCOPES),
    new FetchHandler(options.fetch),
  ];
  for (let i = 0; i < chain.length - 1; i++)
    (chain[i] as RequestIdMiddleware).setNext(chain[i + 1] as FetchHandler);
  const sdk = Client.initWithMiddleware({
    baseUrl: `${baseUrl}/`,
    defaultVersion: 'v1.0',
    middleware: first,
  });
  return { sdk, versionRoot: `${baseUrl}/v1.0`, retry };
}

/**
 * A path the SDK can take for a link Graph returned (`@odata.nextLink`). The SDK parses only
 * https links itself, and `$batch` sub-requests must be relative anyway.
 */
export function pathOf(graph: GraphClient, link: string): string {
  if (link.startsWith(graph.versionRoot)) return link.slice(graph.versionRoot.length) || '/';
  const url = new URL(link);
  return `${url.pathname.replace(/^\/v1\.0/, '')}${url.search}`;
}

/** Runs an SDK call; Graph's answers and network failures become a `GraphRequestError`. */
export async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (e) {
    throw toGraphRequestError(e);
  }
}

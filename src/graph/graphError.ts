/**
 * The code of a `GraphRequestError` for a write Graph did not answer (a dropped connection, a
 * 503 or 504) whose effect leaves nothing to read back: it may have been done.
 */
export const OUTCOME_UNKNOWN = 'OutcomeUnknown';

/** Why a Graph call failed, in a form the UI can speak about in plain words. */
export type GraphFailureKind =
  /** A write may or may not have been done; sending it again could do it twice. */
  | 'outcomeUnknown'
  | 'throttled'
  | 'unavailable'
  | 'forbidden'
  | 'unauthenticated'
  | 'notFound'
  | 'conflict'
  | 'preconditionFailed'
  | 'badRequest'
  | 'offline'
  /** Anything else: Graph answered something the app did not expect, or the app failed itself. */
  | 'unexpected';

/** A failed Graph call: HTTP status, Graph's error code and message, and its request id. */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';

  constructor(
    /** HTTP status; 0 when no response came at all (offline, connection dropped: `NetworkFailure`). */
    readonly status: number,
    /** Graph's error code, e.g. `ErrorAccessDenied`, `TooManyRequests`. */
    readonly code: string,
    message: string,
    /** The `request-id` Graph logged the call under, for support. */
    readonly requestId?: string | undefined,
    /** Seconds Graph asked to wait, from `Retry-After`. */
    readonly retryAfterSeconds?: number | undefined,
  ) {
    super(message);
  }

  /** What kind of failure this is, for the message shown to the user. */
  get kind(): GraphFailureKind {
    if (this.code === OUTCOME_UNKNOWN) return 'outcomeUnknown';
    if (this.status === 0) return 'offline';
    if (this.status === 429) return 'throttled';
    if (this.status === 503 || this.status === 504) return 'unavailable';
    if (this.status === 401) return 'unauthenticated';
    if (this.status === 403) return 'forbidden';
    if (this.status === 404) return 'notFound';
    if (this.status === 409) return 'conflict';
    if (this.status === 412) return 'preconditionFailed';
    if (this.status === 400) return 'badRequest';
    return 'unexpected';
  }
}

/**
 * `fetch` itself failed: no answer came (offline, DNS, connection dropped). Thrown by the end of
 * the middleware chain so that a network failure is told apart from a bug elsewhere, which the
 * SDK would otherwise wrap the same way.
 */
export class NetworkFailure extends Error {
  override readonly name = 'NetworkFailure';
}

/** Graph's error body: `{"error":{"code","message","innerError":{"request-id","date"}}}`. */
export interface GraphErrorBody {
  readonly error?: {
    readonly code?: string;
    readonly message?: string;
    readonly innerError?: { readonly 'request-id'?: string; readonly date?: string };
  };
}

/** Seconds to wait from a `Retry-After` value (seconds or an HTTP date), if it says. */
export function retryAfterSeconds(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}

/** The typed error for a Graph error response (a whole request or a `$batch` sub-request). */
export function errorFromResponse(
  status: number,
  body: unknown,
  headers: { get(name: string): string | null },
): GraphRequestError {
  const error = (body as GraphErrorBody | undefined)?.error;
  return new GraphRequestError(
    status,
    error?.code ?? `Http${status}`,
    error?.message ?? `Graph answered ${status}`,
    error?.innerError?.['request-id'] ?? headers.get('request-id') ?? undefined,
    retryAfterSeconds(headers.get('retry-after')),
  );
}

interface SdkGraphError {
  readonly name?: string;
  readonly statusCode?: number;
  readonly code?: string | null;
  readonly message?: string;
  readonly requestId?: string | null;
  readonly body?: unknown;
  readonly headers?: Headers;
}

/**
 * A failure from the SDK as a `GraphRequestError` when Graph answered or the network failed;
 * anything else (a bug, a token that could not be had) is returned as it is, not called offline.
 */
export function toGraphRequestError(e: unknown): unknown {
  if (e instanceof GraphRequestError) return e;
  const sdk = e as SdkGraphError;
  if (typeof sdk?.statusCode === 'number' && sdk.statusCode > 0) {
    let body = sdk.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        body = undefined;
      }
    }
    const parsed = (body as GraphErrorBody | undefined)?.error;
    return new GraphRequestError(
      sdk.statusCode,
      parsed?.code ?? sdk.code ?? `Http${sdk.statusCode}`,
      parsed?.message ?? sdk.message ?? `Graph answered ${sdk.statusCode}`,
      parsed?.innerError?.['request-id'] ??
        sdk.requestId ??
        sdk.headers?.get('request-id') ??
        undefined,
      retryAfterSeconds(sdk.headers?.get('retry-after')),
    );
  }
  // The SDK wraps what the middleware threw in its own GraphError, keeping the name as `code`.
  if (e instanceof NetworkFailure || sdk?.code === 'NetworkFailure')
    return new GraphRequestError(0, 'networkError', (e as Error).message);
  return e;
}

import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { NetworkFailure, retryAfterSeconds } from './graphError';
import type { TokenSource } from './tokenSource';

function getHeader(context: Context, name: string): string | null {
  if (typeof Request !== 'undefined' && context.request instanceof Request) {
    return context.request.headers.get(name);
  }
  const headers = context.options?.headers;
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? String((headers as Record<string, string>)[key]) : null;
}

function setHeader(context: Context, name: string, value: string): void {
  if (typeof Request !== 'undefined' && context.request instanceof Request) {
    context.request.headers.set(name, value);
    return;
  }
  context.options ??= {};
  const headers = context.options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else
    context.options.headers = { ...(headers as Record<string, string> | undefined), [name]: value };
}

/** Base of our middlewares: each passes the context on to the next. */
abstract class Link implements Middleware {
  private next: Middleware | undefined;
  setNext(next: Middleware): void {
    this.next = next;
  }
  protected pass(context: Context): Promise<void> {
    if (!this.next) throw new Error('Graph middleware chain has no terminal handler');
    return this.next.execute(context);
  }
  abstract execute(context: Context): Promise<void>;
}

/** Gives every request a `client-request-id`, kept across its retries, for support traces. */
export class RequestIdMiddleware extends Link {
  async execute(context: Context): Promise<void> {
    if (!getHeader(context, 'client-request-id'))
      setHeader(context, 'client-request-id', crypto.randomUUID());
    return this.pass(context);
  }
}

/**
 * Adds the bearer token to every request, whatever the host. (The SDK's own handler adds it
 * only for Graph's https hosts or `customHosts`, which would leave the emulator unauthenticated.)
 */
export class AuthMiddleware extends Link {
  constructor(
    private readonly tokens: TokenSource,
    private readonly scopes: readonly string[],
  ) {
    super();
  }
  async execute(context: Context): Promise<void> {
    setHeader(context, 'Authorization', `Bearer ${await this.tokens.getAccessToken(this.scopes)}`);
    return this.pass(context);
  }
}

/** A retry about to happen, for progress in the UI ("Graph is busy, trying again in 4 s"). */
export interface RetryNotice {
  readonly attempt: number;
  readonly status: number;
  readonly delayMs: number;
  readonly url: string;
}

/** How hard to try again after 429, 503 and 504. */
export interface RetryPolicy {
  readonly maxRetries: number;
  /** Backoff when Graph gives no `Retry-After`: base · 2^(attempt−1). */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly onRetry?: ((notice: RetryNotice) => void) | undefined;
}

/** Statuses that say "try again later" on Graph. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** The default policy: three retries, honouring `Retry-After`, never waiting over a minute. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The wait before retry `attempt` (1-based), from `Retry-After` or the backoff. */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfter: string | null | undefined,
): number {
  const seconds = retryAfterSeconds(retryAfter);
  const ms = seconds === undefined ? policy.baseDelayMs * 2 ** (attempt - 1) : seconds * 1000;
  return Math.min(ms, policy.maxDelayMs);
}

/** The POSTs Graph answers the same however often they come: a read, and a create de-duplicated by its `transactionId`. */
function postMayRepeat(path: string, body: unknown): boolean {
  if (/\/calendar\/getSchedule$/i.test(path)) return true;
  if (/^\/me\/events$/i.test(path))
    return typeof (body as { transactionId?: unknown } | null)?.transactionId === 'string';
  if (path === '/$batch') {
    const requests = (body as { requests?: unknown } | null)?.requests;
    return (
      Array.isArray(requests) &&
      requests.every((r: { method?: unknown; url?: unknown; body?: unknown }) =>
        mayRepeat(String(r.method ?? ''), String(r.url ?? ''), r.body),
      )
    );
  }
  return false;
}

/**
 * Whether a request may be sent again after an answer that does not say it was left undone (a
 * 503 or 504: Graph's 504 is a gateway that stopped waiting for Exchange, which may have done the
 * work). Every method but POST is idempotent (RFC 9110, 9.2.2): sent twice, it leaves what sent
 * once does (a PATCH with a stale `If-Match` fails, and its caller reads what the event holds).
 * A POST is repeated only when Graph de-duplicates it or it only reads: `/forward`, `/cancel`,
 * `/accept`, `/decline`, `/tentativelyAccept` and the like are not, nor a `$batch` holding one.
 * `url` is a full URL or a path under the version root; `body` the JSON text or value.
 */
export function mayRepeat(method: string, url: string, body?: unknown): boolean {
  if (method.toUpperCase() !== 'POST') return true;
  const path = url
    .replace(/^[a-z]+:\/\/[^/]+/i, '')
    .replace(/[?#].*$/, '')
    .replace(/^\/?(v1\.0|beta)(?=\/)/, '')
    .replace(/^(?!\/)/, '/');
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      value = undefined;
    }
  }
  return postMayRepeat(path, value);
}

/**
 * Retries 429, 503 and 504, honouring `Retry-After`. Our own rather than the SDK's
 * RetryHandler so the UI can show progress and tests can replace the clock. A 429 is refused
 * before Graph does anything ("the requests fail", Graph's throttling page), so any request is
 * sent again; after a 503 or 504 only one that `mayRepeat`: any other comes back with its 503
 * or 504, and its caller reads what the event now holds before saying what happened.
 */
export class RetryMiddleware extends Link {
  constructor(private readonly policy: RetryPolicy) {
    super();
  }
  async execute(context: Context): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.pass(context);
      const response = context.response;
      if (!response || !RETRYABLE_STATUSES.has(response.status) || attempt > this.policy.maxRetries)
        return;
      const url = typeof context.request === 'string' ? context.request : context.request.url;
      const method =
        context.options?.method ??
        (typeof context.request === 'string' ? 'GET' : context.request.method);
      if (response.status !== 429 && !mayRepeat(method, url, context.options?.body)) return;
      const delayMs = retryDelayMs(this.policy, attempt, response.headers.get('retry-after'));
      this.policy.onRetry?.({ attempt, status: response.status, delayMs, url });
      await this.policy.sleep(delayMs);
      setHeader(context, 'Retry-Attempt', String(attempt));
    }
  }
}

/**
 * The end of the chain: sends the request with the given `fetch` (counted in benchmarks). A
 * rejected `fetch` (a `TypeError` by the Fetch standard) is a `NetworkFailure`; an abort stays one.
 */
export class FetchHandler implements Middleware {
  constructor(private readonly fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args)) {}
  async execute(context: Context): Promise<void> {
    try {
      context.response = await this.fetchImpl(context.request, context.options as RequestInit);
    } catch (e) {
      if (e instanceof TypeError) throw new NetworkFailure(e.message, { cause: e });
      throw e;
    }
  }
}

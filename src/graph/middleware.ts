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

/**
 * Retries 429, 503 and 504, honouring `Retry-After`. Our own rather than the SDK's
 * RetryHandler so the UI can show progress and tests can replace the clock.
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
      const delayMs = retryDelayMs(this.policy, attempt, response.headers.get('retry-after'));
      const url = typeof context.request === 'string' ? context.request : context.request.url;
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

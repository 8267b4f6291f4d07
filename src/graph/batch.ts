import { errorFromResponse, type GraphRequestError } from './graphError';
import { call, type GraphClient } from './graphClient';
import { mayRepeat, RETRYABLE_STATUSES, retryDelayMs } from './middleware';

/** Graph's limit on requests in one `$batch`. */
export const MAX_BATCH_SIZE = 20;

/** One request inside a `$batch`. */
export interface BatchRequest {
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root: `/groups/{id}/transitiveMembers?...`. */
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly dependsOn?: readonly string[];
}

/** The answer to one request inside a `$batch`. */
export interface BatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** A header of a sub-response, whatever its case. */
export function header(response: BatchResponse, name: string): string | null {
  const key = Object.keys(response.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? (response.headers[key] ?? null) : null;
}

/** The typed error for a failed sub-response. */
export function batchError(response: BatchResponse): GraphRequestError {
  return errorFromResponse(response.status, response.body, {
    get: (name) => header(response, name),
  });
}

/**
 * Splits requests into batches of at most 20, keeping each chain of `dependsOn` in one batch
 * (Graph runs dependencies only within a batch).
 */
export function chunkRequests(requests: readonly BatchRequest[]): BatchRequest[][] {
  const component = new Map<string, BatchRequest[]>();
  const groups: BatchRequest[][] = [];
  for (const r of requests) {
    const joined = (r.dependsOn ?? [])
      .map((d) => component.get(d))
      .filter((g): g is BatchRequest[] => !!g);
    const target = joined[0] ?? [];
    if (!joined[0]) groups.push(target);
    for (const other of joined.slice(1)) {
      if (other === target) continue;
      target.push(...other);
      for (const o of other) component.set(o.id, target);
      other.length = 0;
    }
    target.push(r);
    component.set(r.id, target);
  }
  const chunks: BatchRequest[][] = [];
  for (const group of groups.filter((g) => g.length > 0)) {
    if (group.length > MAX_BATCH_SIZE)
      throw new Error(`A chain of ${group.length} dependent requests does not fit in one batch.`);
    const last = chunks[chunks.length - 1];
    if (last && last.length + group.length <= MAX_BATCH_SIZE) last.push(...group);
    else chunks.push([...group]);
  }
  return chunks;
}

async function post(graph: GraphClient, chunk: readonly BatchRequest[]): Promise<BatchResponse[]> {
  const ids = new Set(chunk.map((r) => r.id));
  const requests = chunk.map((r) => ({
    id: r.id,
    method: r.method,
    url: r.url,
    ...(r.body === undefined
      ? {}
      : { body: r.body, headers: { 'Content-Type': 'application/json', ...r.headers } }),
    ...(r.body === undefined && r.headers ? { headers: r.headers } : {}),
    // A dependency answered in an earlier pass is no longer in this batch.
    ...(r.dependsOn?.some((d) => ids.has(d))
      ? { dependsOn: r.dependsOn.filter((d) => ids.has(d)) }
      : {}),
  }));
  const answer = await call(
    () => graph.sdk.api('/$batch').post({ requests }) as Promise<{ responses: BatchResponse[] }>,
  );
  return answer.responses.map((r) => ({ ...r, headers: r.headers ?? {} }));
}

/**
 * Sends requests as `$batch` calls of at most 20, all at once, and retries the sub-requests
 * Graph throttled (429, 503, 504 inside a 200 envelope, which the SDK's retry never sees; a 503
 * or 504 only for what `mayRepeat`), waiting as long as their `Retry-After` asks, together with
 * those that failed only because they depended on them. Returns every answer by id.
 */
export async function sendBatch(
  graph: GraphClient,
  requests: readonly BatchRequest[],
): Promise<Map<string, BatchResponse>> {
  const results = new Map<string, BatchResponse>();
  let pending = [...requests];
  for (let attempt = 1; pending.length > 0; attempt++) {
    const answers = (
      await Promise.all(chunkRequests(pending).map((chunk) => post(graph, chunk)))
    ).flat();
    const retry = new Set<string>();
    if (attempt <= graph.retry.maxRetries) {
      // A 429 was refused before anything was done; a 503 or 504 may have been done, so only
      // what may be repeated goes again (`mayRepeat`): the caller reads what the event holds.
      for (const a of answers) {
        const request = pending.find((r) => r.id === a.id);
        const repeatable =
          a.status === 429 ||
          (request !== undefined && mayRepeat(request.method, request.url, request.body));
        if (RETRYABLE_STATUSES.has(a.status) && repeatable) retry.add(a.id);
      }
      // A request that failed only because its dependency was throttled goes again with it.
      for (const r of pending) {
        const a = answers.find((x) => x.id === r.id);
        if (a?.status === 424 && r.dependsOn?.some((d) => retry.has(d))) retry.add(r.id);
      }
    }
    for (const a of answers) if (!retry.has(a.id)) results.set(a.id, a);
    if (retry.size === 0) break;
    const throttled = answers.filter((a) => retry.has(a.id) && RETRYABLE_STATUSES.has(a.status));
    const delayMs = Math.max(
      ...throttled.map((a) => retryDelayMs(graph.retry, attempt, header(a, 'retry-after'))),
      0,
    );
    graph.retry.onRetry?.({
      attempt,
      status: throttled[0]?.status ?? 429,
      delayMs,
      url: '/$batch',
    });
    await graph.retry.sleep(delayMs);
    pending = pending.filter((r) => retry.has(r.id));
  }
  return results;
}

/**
 * A `fetch` for the Graph layer's client that remembers what went over the wire, so the
 * scenario can say what Graph answered (a `$batch`'s size, a status the layer turns into an
 * error) without reaching past the layer. Nothing is written anywhere: it lives for the run.
 */

/** One request the Graph layer sent, and Graph's answer. */
export interface Exchange {
  readonly method: string;
  /** Path and query after `/v1.0`. */
  readonly path: string;
  readonly status: number;
  /** For `$batch`: how many requests it carried, and each answer's status. */
  readonly batch?:
    | {
        readonly size: number;
        readonly statuses: readonly number[];
        /** Each answer's status by its request's id (Graph may answer in any order). */
        readonly byId: Readonly<Record<string, number>>;
      }
    | undefined;
}

/** The recorder: the `fetch` to give the client, and what it saw. */
export interface Traffic {
  readonly fetch: typeof fetch;
  readonly exchanges: Exchange[];
  /** The exchanges since a mark (`const mark = traffic.exchanges.length`). */
  since(mark: number): Exchange[];
}

function pathOf(input: Parameters<typeof fetch>[0]): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const parsed = new URL(url);
  return `${parsed.pathname.replace(/^\/v1\.0/, '')}${decodeURIComponent(parsed.search)}`;
}

/** A recorder around `fetch`. */
export function recordTraffic(inner: typeof fetch = (...a) => globalThis.fetch(...a)): Traffic {
  const exchanges: Exchange[] = [];
  const recorded: typeof fetch = async (input, init) => {
    const response = await inner(input, init);
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = pathOf(input);
    let batch: Exchange['batch'];
    if (path === '/$batch' && typeof init?.body === 'string') {
      const sent = JSON.parse(init.body) as { requests?: unknown[] };
      const answer = (await response
        .clone()
        .json()
        .catch(() => ({}))) as { responses?: { id: string; status: number }[] };
      batch = {
        size: sent.requests?.length ?? 0,
        statuses: (answer.responses ?? []).map((r) => r.status),
        byId: Object.fromEntries((answer.responses ?? []).map((r) => [r.id, r.status])),
      };
    }
    exchanges.push({ method, path, status: response.status, batch });
    return response;
  };
  return { fetch: recorded, exchanges, since: (mark) => exchanges.slice(mark) };
}

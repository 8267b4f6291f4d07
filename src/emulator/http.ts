import type { DemoUser } from './demoTenant';

/** A request as the emulator handles it, whether it came over HTTP or inside `$batch`. */
export interface EmRequest {
  readonly method: string;
  /** The path after `/v1.0`, without the query. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** `http://host:port/v1.0`, for `@odata.nextLink`. */
  readonly root: string;
  readonly requestId: string;
  /** The signed-in user, from the bearer token. */
  readonly user: DemoUser;
}

/** What the emulator answers. */
export interface EmResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Graph's error body, with the request id and date Graph puts in `innerError`. */
export function graphError(
  status: number,
  code: string,
  message: string,
  requestId: string,
  headers: Record<string, string> = {},
): EmResponse {
  const innerError = {
    date: new Date().toISOString().slice(0, 19),
    'request-id': requestId,
    'client-request-id': requestId,
  };
  return json(status, { error: { code, message, innerError } }, requestId, headers);
}

/** A JSON answer. */
export function json(
  status: number,
  body: unknown,
  requestId: string,
  headers: Record<string, string> = {},
): EmResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'request-id': requestId, ...headers },
    body,
  };
}

/** An answer with no body (204, 202). */
export function empty(status: number, requestId: string): EmResponse {
  return { status, headers: { 'request-id': requestId } };
}

/** Thrown by handlers to answer with a Graph error. */
export class GraphFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** 404 as Exchange says it for an item that is not there. */
export function notFound(what = 'The specified object was not found in the store.'): GraphFault {
  return new GraphFault(404, 'ErrorItemNotFound', what);
}

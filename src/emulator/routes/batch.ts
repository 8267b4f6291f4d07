import { randomUUID } from 'node:crypto';
import type { EmulatorCore } from '../core';
import type { Faults } from '../faults';
import { type EmRequest, type EmResponse, graphError, json } from '../http';
import { dispatch } from '../router';

/** Graph's limit on requests in one `$batch`. */
export const MAX_BATCH = 20;

interface SubRequest {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: unknown;
}

function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]),
  );
}

/**
 * `POST /$batch`: up to 20 requests, run in order; a request whose `dependsOn` failed gets 424.
 * Faults apply to each sub-request, so throttling shows inside the 200 envelope, as on Graph.
 */
export async function batch(
  core: EmulatorCore,
  faults: Faults,
  req: EmRequest,
): Promise<EmResponse> {
  const requests = (req.body as { requests?: SubRequest[] } | undefined)?.requests;
  if (!Array.isArray(requests))
    return graphError(400, 'BadRequest', 'Invalid batch payload format.', req.requestId);
  if (requests.length > MAX_BATCH) {
    return graphError(
      400,
      'BadRequest',
      `Batch request has exceeded the maximum number of requests allowed (${MAX_BATCH}).`,
      req.requestId,
    );
  }
  const ids = new Set<string>();
  for (const r of requests) {
    if (
      typeof r.id !== 'string' ||
      !r.id ||
      typeof r.method !== 'string' ||
      typeof r.url !== 'string'
    ) {
      return graphError(
        400,
        'BadRequest',
        'Each request in a batch needs an id, a method and a url.',
        req.requestId,
      );
    }
    if (ids.has(r.id))
      return graphError(
        400,
        'BadRequest',
        `Batch request contains a duplicate id '${r.id}'.`,
        req.requestId,
      );
    ids.add(r.id);
  }
  const status = new Map<string, number>();
  const responses: {
    id: string;
    status: number;
    headers: Record<string, string>;
    body?: unknown;
  }[] = [];
  for (const r of requests) {
    const id = r.id as string;
    const dependsOn = Array.isArray(r.dependsOn) ? (r.dependsOn as string[]) : [];
    const missing = dependsOn.find((d) => !status.has(d));
    if (missing)
      return graphError(
        400,
        'BadRequest',
        `Request '${id}' depends on '${missing}', which does not come before it.`,
        req.requestId,
      );
    if (dependsOn.some((d) => (status.get(d) ?? 500) >= 400)) {
      const failed = graphError(
        424,
        'FailedDependency',
        'Dependent request failed.',
        req.requestId,
      );
      status.set(id, 424);
      responses.push({ id, status: 424, headers: failed.headers, body: failed.body });
      continue;
    }
    const url = new URL((r.url as string).replace(/^\/?(v1\.0\/)?/, '/'), 'http://batch');
    const sub: EmRequest = {
      method: (r.method as string).toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: { ...req.headers, ...lowerKeys(r.headers) },
      body: r.body,
      root: req.root,
      requestId: randomUUID(),
      user: req.user,
    };
    const answer = await dispatch(core, faults, sub, true);
    delete answer.headers['x-emulator-drop'];
    status.set(id, answer.status);
    responses.push({
      id,
      status: answer.status,
      headers: answer.headers,
      ...(answer.body === undefined ? {} : { body: answer.body }),
    });
  }
  return json(200, { responses }, req.requestId);
}

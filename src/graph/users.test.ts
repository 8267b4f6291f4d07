import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from './graphClient';
import { GraphRequestError } from './graphError';
import { findPeople, getMe } from './users';
import { type EmulatorHarness, startHarness } from '../emulator/testing';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('users and people over HTTP', () => {
  it('reads the signed-in user', async () => {
    const me = await getMe(h.client('organiser'));
    expect(me).toMatchObject({
      name: 'Signe Vestergaard',
      email: 'signe.vestergaard@egeskov.example',
      department: 'HR',
    });
  });

  it('finds people by name or address, colleagues first, each once', async () => {
    const found = await findPeople(h.client('organiser'), 'mads n');
    expect(found.map((p) => p.name)).toContain('Mads Nørgaard');
    const byAddress = await findPeople(h.client('organiser'), 'birgitte.holm');
    expect(byAddress[0]?.email).toBe('birgitte.holm@egeskov.example');
    const emails = (await findPeople(h.client('organiser'), 'anne')).map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(await findPeople(h.client('organiser'), 'a')).toEqual([]);
  });

  it('fails with a typed error, with Graph’s code and request id, for a token it does not know', async () => {
    const graph = createGraphClient({
      baseUrl: h.emulator.url,
      tokens: { getAccessToken: () => Promise.resolve('not-a-token') },
      retry: { sleep: () => Promise.resolve() },
    });
    const error = await getMe(graph).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({
      status: 401,
      code: 'InvalidAuthenticationToken',
      kind: 'unauthenticated',
    });
    expect((error as GraphRequestError).requestId).toMatch(/[0-9a-f-]{36}/);
  });

  it('sends a client-request-id and the bearer token on every request', async () => {
    const seen: Headers[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(new Headers(init?.headers));
      return fetch(input, init);
    };
    const graph = h.client('organiser', { fetch: spy });
    await getMe(graph);
    await findPeople(graph, 'lone');
    expect(seen.length).toBe(3);
    for (const headers of seen) {
      expect(headers.get('client-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(headers.get('authorization')).toMatch(/^Bearer demo\./);
    }
  });
});

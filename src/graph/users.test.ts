import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from './graphClient';
import { GraphRequestError } from './graphError';
import { findPeople, getMe } from './users';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';

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

  it('finds people by any word of their name, with job title and department', async () => {
    const graph = h.client('organiser');
    const bySurname = await findPeople(graph, 'nørgaard');
    expect(bySurname.find((p) => p.name === 'Mads Nørgaard')).toMatchObject({
      jobTitle: 'Fællestillidsrepræsentant (FTR)',
      department: 'Hovedudvalget',
    });
    // Not the middle of a word.
    expect((await findPeople(graph, 'rgaard')).map((p) => p.name)).not.toContain('Mads Nørgaard');
  });

  it('puts a group’s members first when asked to', async () => {
    const graph = h.client('organiser');
    const tenant = h.emulator.core.tenant;
    const workplace = tenant.workplaces.find((w) => w.name === 'Tandplejen');
    const tr = tenant.users.find((u) => u.id === workplace?.trId);
    const givenName = tr?.givenName ?? '';
    const plain = await findPeople(graph, givenName);
    const first = await findPeople(graph, givenName, workplace?.groupId);
    const group = tenant.groups.find((g) => g.id === workplace?.groupId);
    const inGroup = (p: { id: string }) => group?.memberIds.includes(p.id) ?? false;
    // Others of that name come before Tandplejen's people without the group…
    expect(plain.findIndex(inGroup)).toBeGreaterThan(0);
    // …and after them with it.
    const members = first.filter(inGroup).length;
    expect(members).toBeGreaterThan(0);
    expect(first.slice(0, members).every(inGroup)).toBe(true);
    expect(first.map((p) => p.name)).toContain(tr?.displayName);
    expect(new Set(first.map((p) => p.email)).size).toBe(first.length);
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
    // The directory $search is an advanced query: Graph wants this header.
    expect(seen.filter((h) => h.get('ConsistencyLevel') === 'eventual')).toHaveLength(1);
    for (const headers of seen) {
      expect(headers.get('client-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(headers.get('authorization')).toMatch(/^Bearer demo\./);
    }
  });
});

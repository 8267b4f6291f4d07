import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { chunkRequests } from './batch';
import { GraphRequestError } from './graphError';
import { groupMembers, memberGroups, searchGroups } from './groups';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  h.emulator.requests.length = 0;
  h.emulator.faults.clear();
});

const batches = () => h.emulator.requests.filter((r) => r.path === '/$batch');

describe('groups over HTTP', () => {
  it('finds groups by the start of any word of their name, as Graph’s $search does', async () => {
    const graph = h.client('organiser');
    expect((await searchGroups(graph, 'H-MED')).map((g) => g.name)).toEqual(['H-MED']);
    expect((await searchGroups(graph, 'AMR')).map((g) => g.name)).toContain('Alle AMR');
    expect((await searchGroups(graph, 'solsik')).map((g) => g.name)).toEqual([
      'Børnehuset Solsikken',
    ]);
    // …and by a word of the description: "Hovedudvalget (hoved-MED)".
    expect((await searchGroups(graph, 'hovedudv')).map((g) => g.name)).toEqual(['H-MED']);
    // Not the middle of a word.
    expect(await searchGroups(graph, 'sikken')).toEqual([]);
    // A quote in the text is escaped, not a syntax error.
    expect(await searchGroups(graph, 'Alle "AMR')).toEqual([]);
  });

  it('lists the groups directly inside a group: an administration’s workplaces', async () => {
    const graph = h.client('organiser');
    const [social] = await searchGroups(graph, 'Forvaltningen for Social');
    if (!social) throw new Error('no administration group');
    const inside = await memberGroups(graph, social.id);
    expect(inside.map((g) => g.name).sort()).toEqual(['Hjemmeplejen Nord', 'Plejecentret Lindely']);
    expect(inside.every((g) => g.description)).toBe(true);
    // A workplace holds no groups; a group that is not there is Graph's 404.
    const [home] = inside;
    expect(await memberGroups(graph, home?.id ?? '')).toEqual([]);
    await expect(memberGroups(graph, 'no-such-group')).rejects.toMatchObject({ status: 404 });
  });

  it('sends $search with ConsistencyLevel: eventual, which Graph requires', async () => {
    const seen: Headers[] = [];
    const graph = h.client('organiser', {
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    await searchGroups(graph, 'Alle');
    expect(seen[0]?.get('ConsistencyLevel')).toBe('eventual');
    const without = await fetch(`${h.emulator.url}/v1.0/groups?$search="displayName:Alle"`, {
      headers: { authorization: seen[0]?.get('authorization') ?? '' },
    });
    expect(without.status).toBe(400);
  });

  it('expands a group of 5,000+ members through every page, nested groups included', async () => {
    const tenant = h.emulator.core.tenant;
    const id = tenant.allStaffGroupId;
    const members = await groupMembers(h.client('organiser'), [id]);
    const people = members.get(id) ?? [];
    const expected = h.emulator.core.transitiveMembers(
      tenant.groups.find((g) => g.id === id) as never,
    ).users;
    expect(people.length).toBe(expected.length);
    expect(people.length).toBeGreaterThan(5_000);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    // 999 a page: six pages, one batch call each, one after another.
    expect(batches().length).toBe(Math.ceil(people.length / 999));
  });

  it('fetches many groups together, at most 20 to a batch', async () => {
    const tenant = h.emulator.core.tenant;
    const ids = tenant.groups.filter((g) => g.id !== tenant.allStaffGroupId).map((g) => g.id);
    expect(ids.length).toBeGreaterThan(MAX_GROUPS_IN_ONE_BATCH);
    const members = await groupMembers(h.client('organiser'), ids);
    expect([...members.values()].every((m) => m.length > 0)).toBe(true);
    expect(members.get(tenant.roleGroups.medMember ?? '')?.length).toBe(13);
    expect(
      batches()
        .map((b) => b.batchSize ?? 0)
        .sort((a, b) => b - a),
    ).toEqual([20, ids.length - 20]);
  });

  it('rides out 429 and then 503 inside a batch, waiting as Retry-After says', async () => {
    h.emulator.faults.set([
      { path: '/transitiveMembers', status: 429, retryAfter: 7, times: 1 },
      { path: '/transitiveMembers', status: 503, retryAfter: 3, times: 1 },
    ]);
    const graph = h.client('organiser');
    const id = h.emulator.core.tenant.roleGroups.hrConsultant ?? '';
    const members = await groupMembers(graph, [id]);
    expect(members.get(id)?.length).toBe(3);
    expect(graph.waits.map((w) => [w.status, w.delayMs])).toEqual([
      [429, 7000],
      [503, 3000],
    ]);
    expect(batches().map((b) => b.status)).toEqual([200, 200, 200]);
  });

  it('gives up after the retries and says it was throttled', async () => {
    h.emulator.faults.set([{ path: '/transitiveMembers', status: 429, retryAfter: 1, times: 10 }]);
    const graph = h.client('organiser');
    const error = await groupMembers(graph, [h.emulator.core.tenant.roleGroups.amr ?? '']).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({ status: 429, kind: 'throttled', retryAfterSeconds: 1 });
    expect(graph.waits).toHaveLength(3);
  });

  it('reports a group that does not exist as a typed 404', async () => {
    const error = await groupMembers(h.client('organiser'), ['no-such-group']).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 404, code: 'Request_ResourceNotFound' });
  });
});

const MAX_GROUPS_IN_ONE_BATCH = 20;

describe('chunkRequests', () => {
  const get = (id: string, dependsOn?: string[]) => ({
    id,
    method: 'GET' as const,
    url: `/x/${id}`,
    ...(dependsOn ? { dependsOn } : {}),
  });

  it('splits above 20 and keeps dependency chains in one batch', () => {
    const requests = [
      ...Array.from({ length: 19 }, (_, i) => get(`a${i}`)),
      get('b1'),
      get('b2', ['b1']),
      get('b3', ['b2']),
    ];
    const chunks = chunkRequests(requests);
    expect(chunks.map((c) => c.length)).toEqual([19, 3]);
    expect(chunks[1]?.map((r) => r.id)).toEqual(['b1', 'b2', 'b3']);
    expect(
      chunkRequests(Array.from({ length: 45 }, (_, i) => get(`c${i}`))).map((c) => c.length),
    ).toEqual([20, 20, 5]);
  });
});

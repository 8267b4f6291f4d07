import { describe, expect, it, vi } from 'vitest';
import type { NetworkMeetingGraph } from '../graph';
import { graphOnDemand, lazyGraph } from './lazyGraph';
import { RetryFeed } from './retryFeed';

describe('lazyGraph', () => {
  it('loads the Graph layer once, on the first call, and forwards every call', async () => {
    let loads = 0;
    const calls: string[] = [];
    const real = {
      me: async () => {
        calls.push('me');
        return { id: '1', name: 'Signe', email: 's@e.example' };
      },
      findPeople: async (text: string) => {
        calls.push(`findPeople:${text}`);
        return [];
      },
    } as unknown as NetworkMeetingGraph;
    const graph = lazyGraph(async () => {
      loads += 1;
      return real;
    });
    expect(loads).toBe(0);
    const [me] = await Promise.all([graph.me(), graph.findPeople('mads')]);
    expect(me.name).toBe('Signe');
    await graph.me();
    expect(loads).toBe(1);
    expect(calls).toEqual(['me', 'findPeople:mads', 'me']);
  });
});

describe('graphOnDemand', () => {
  it('says why there is no Graph where nobody can sign in, and loads nothing', async () => {
    const graph = graphOnDemand({
      baseUrl: 'http://127.0.0.1:9',
      tokens: undefined,
      retries: new RetryFeed(),
      noTokens: 'No nested app authentication here.',
    });
    await expect(graph.me()).rejects.toThrow('No nested app authentication here.');
  });

  it('calls Graph at the base URL with the token the provider gives', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = new Request(input, init);
      seen.push({ url: request.url, auth: request.headers.get('authorization') });
      return Response.json({ id: 'u1', displayName: 'Signe', mail: 's@e.example' });
    });
    try {
      const graph = graphOnDemand({
        baseUrl: 'http://graph.test',
        tokens: { getAccessToken: async () => 'token-1' } as never,
        retries: new RetryFeed(),
      });
      await graph.me();
      expect(seen[0]?.url.startsWith('http://graph.test/v1.0/me')).toBe(true);
      expect(seen[0]?.auth).toBe('Bearer token-1');
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { NetworkMeetingGraph } from '../graph';
import { lazyGraph } from './lazyGraph';

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

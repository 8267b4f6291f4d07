import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { retryAfterSeconds } from './graphError';
import { DEFAULT_RETRY_POLICY, retryDelayMs } from './middleware';
import { getMe } from './users';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('retry', () => {
  it('rides out a 429 and then a 503 on a plain request, waiting as Retry-After says', async () => {
    h.emulator.faults.set([
      { path: '^/me$', status: 429, retryAfter: 2 },
      { path: '^/me$', status: 503, retryAfter: 1 },
    ]);
    const graph = h.client('organiser');
    h.emulator.requests.length = 0;
    expect((await getMe(graph)).name).toBe('Signe Vestergaard');
    expect(graph.waits.map((w) => [w.attempt, w.status, w.delayMs])).toEqual([
      [1, 429, 2000],
      [2, 503, 1000],
    ]);
    expect(h.emulator.requests.map((r) => r.status)).toEqual([429, 503, 200]);
  });

  it('backs off exponentially when Graph gives no Retry-After, and never over the cap', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(DEFAULT_RETRY_POLICY, n, null))).toEqual([
      1000, 2000, 4000,
    ]);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, '3600')).toBe(60_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('7')).toBe(7);
    expect(
      retryAfterSeconds('Sat, 28 Nov 2026 12:00:10 GMT', Date.parse('2026-11-28T12:00:00Z')),
    ).toBe(10);
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});

// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OnlineMeetingEvent } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { CHANGE_CHECK_MS, useChangeWatch } from './useChangeWatch';
import { useNow } from './useNow';

/** A Graph that answers only the change key, and counts what it is asked. */
function graphWithKey(initial: string) {
  let key = initial;
  const changeKey = vi.fn(async () => key);
  const graph = { changeKey } as unknown as NetworkMeetingGraph;
  return { graph, changeKey, setKey: (k: string) => (key = k) };
}

const event = (changeKey: string) =>
  ({ eventId: 'AAMk-side-panel', changeKey }) as unknown as OnlineMeetingEvent;

/** The side panel's clock and change watch together, as `useSidePanel` holds them. */
function usePanelClock(graph: NetworkMeetingGraph, onChanged: (e: OnlineMeetingEvent) => void) {
  const now = useNow();
  // A new event object and callback on every tick, as a re-render gives them.
  useChangeWatch(graph, event('key-1'), (e) => onChanged(e));
  return now;
}

/** Moves the fake clock on second by second, letting React render each tick. */
async function tick(seconds: number) {
  for (let i = 0; i < seconds; i++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2027-03-28T09:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the side panel’s watch on its meeting', () => {
  it('asks Graph nothing per tick: the change key once a minute, whatever the clock renders', async () => {
    const { graph, changeKey } = graphWithKey('key-1');
    const onChanged = vi.fn();
    const hook = renderHook(() => usePanelClock(graph, onChanged));
    const first = hook.result.current;
    await tick(59);
    // 59 ticks rendered, not one call.
    expect(hook.result.current - first).toBe(59_000);
    expect(changeKey).not.toHaveBeenCalled();
    await tick(1);
    expect(changeKey).toHaveBeenCalledTimes(1);
    expect(changeKey).toHaveBeenCalledWith('AAMk-side-panel');
    // A 3-hour meeting: 180 checks in 10,800 ticks, and the plan never read while the key stays.
    await tick(3 * 60 * 60 - 60);
    expect(changeKey).toHaveBeenCalledTimes(180);
    expect(onChanged).not.toHaveBeenCalled();
    hook.unmount();
  });

  it('reads the plan again once when the key moves, and not again while it stays', async () => {
    const { graph, changeKey, setKey } = graphWithKey('key-1');
    const onChanged = vi.fn();
    const hook = renderHook(() => usePanelClock(graph, onChanged));
    await tick(CHANGE_CHECK_MS / 1_000);
    expect(onChanged).not.toHaveBeenCalled();
    setKey('key-2');
    await tick(60);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ changeKey: 'key-2' }));
    await tick(5 * 60);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(changeKey).toHaveBeenCalledTimes(7);
    hook.unmount();
    // Gone with the panel: no check after it closes.
    await tick(120);
    expect(changeKey).toHaveBeenCalledTimes(7);
  });
});

import { useCallback, useEffect, useRef } from 'react';

/**
 * One workflow's cancellation: each start aborts the run before it and hands out a fresh signal,
 * and unmounting aborts the last. A run whose signal is aborted sets no state, so a slow answer
 * to an older request never overwrites a newer one or reaches a screen that has gone.
 */
export function useAbortSignal(): () => AbortSignal {
  const current = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => current.current?.abort(), []);
  return useCallback(() => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    return controller.signal;
  }, []);
}

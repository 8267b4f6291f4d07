import { useCallback, useSyncExternalStore } from 'react';

/** Below this width tables are stacked cards: a meeting's side panel, a phone. */
export const NARROW_WINDOW = '(max-width: 599px)';

/** Whether a CSS media query matches now; the component draws again when that changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

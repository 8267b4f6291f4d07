import { useEffect, useState } from 'react';

/**
 * The device's clock (epoch milliseconds), read again every `everyMs`: the live programme is
 * worked out from it on each tick, with no call to Graph.
 */
export function useNow(everyMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

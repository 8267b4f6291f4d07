import { useEffect, useState } from 'react';
import type { StringKey } from '../strings';

/** How long typing must pause before the directory is asked: one request per word, not per key. */
const DEBOUNCE_MS = 250;

/**
 * Searches as the user types: debounced, at least two characters, and an answer that arrives
 * after a newer question is dropped so results never jump back. `settle` shows a chosen item's
 * name in the field without searching for it.
 */
export function useDirectorySearch<T>(search: (text: string) => Promise<T[]>, initial = '') {
  const [query, setQuery] = useState(initial);
  // The text of a pick: shown, not searched, until the user types again.
  const [settled, setSettled] = useState<string | undefined>(initial || undefined);
  const [results, setResults] = useState<readonly T[]>([]);
  const [searching, setSearching] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2 || query === settled) {
      setResults([]);
      setSearching(false);
      return;
    }
    let current = true;
    setSearching(true);
    const timer = setTimeout(() => {
      search(text).then(
        (found) => {
          if (!current) return;
          setResults(found);
          setFailed(false);
          setSearching(false);
        },
        () => {
          if (!current) return;
          setResults([]);
          setFailed(true);
          setSearching(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, search, settled]);

  function settle(text: string) {
    setSettled(text);
    setQuery(text);
  }

  return {
    query,
    setQuery,
    settle,
    settled: settled !== undefined && query === settled,
    results,
    searching,
    failed,
  };
}

/**
 * What a search field says under itself: failed, searching, or nothing found (unless the field
 * offers something else for the text, such as inviting a typed address).
 */
export function searchStatus(
  search: {
    readonly query: string;
    readonly failed: boolean;
    readonly searching: boolean;
    readonly results: readonly unknown[];
    readonly settled?: boolean;
  },
  offersOther = false,
): StringKey | undefined {
  if (search.failed) return 'directoryFailed';
  if (search.searching) return 'searching';
  if (
    search.query.trim().length >= 2 &&
    search.results.length === 0 &&
    !offersOther &&
    !search.settled
  ) {
    return 'noMatches';
  }
  return undefined;
}

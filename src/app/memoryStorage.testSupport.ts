import type { DraftStorage } from './drafts';

/**
 * Browser storage in memory, for tests: the map is exposed to look inside. With `quota`, a write
 * that would take the keys and values past that many characters throws, as a full browser
 * storage does (`QuotaExceededError`).
 */
export function memoryStorage(
  options: { readonly quota?: number } = {},
): DraftStorage & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  const size = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const after =
        size() - (map.has(k) ? k.length + (map.get(k)?.length ?? 0) : 0) + k.length + v.length;
      if (options.quota !== undefined && after > options.quota)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

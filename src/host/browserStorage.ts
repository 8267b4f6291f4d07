/** Which of the page's storages. */
export type StorageKind = 'localStorage' | 'sessionStorage';

/** A `Storage` in memory: kept for the page's life only. */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  /** How many items it holds. */
  get length(): number {
    return this.#items.size;
  }
  /** The name of the `index`th item, or null. */
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  /** The item's value, or null. */
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  /** Stores the item. */
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
  /** Forgets the item. */
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  /** Forgets every item. */
  clear(): void {
    this.#items.clear();
  }
  [name: string]: unknown;
}

const fallbacks = new Map<StorageKind, MemoryStorage>();

/**
 * The page's `localStorage` or `sessionStorage`, or, where the browser denies it, one in memory
 * for the page's life. Teams and Outlook on the web frame the app from another site, and a
 * browser that blocks third-party cookies (Chrome's incognito windows by default, or by the
 * user's choice) then throws a SecurityError on reading `window.localStorage` at all: the app
 * must open there, keeping what it stores only as long as the page.
 */
export function browserStorage(
  kind: StorageKind,
  win: { readonly [K in StorageKind]?: Storage } = globalThis,
): Storage {
  try {
    const storage = win[kind];
    if (storage) return storage;
  } catch {
    // Denied: fall through to memory.
  }
  let memory = fallbacks.get(kind);
  if (!memory) fallbacks.set(kind, (memory = new MemoryStorage()));
  return memory;
}

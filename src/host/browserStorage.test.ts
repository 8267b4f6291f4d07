import { describe, expect, it } from 'vitest';
import { browserStorage, MemoryStorage } from './browserStorage';

/** A window as a third-party frame sees it where the browser blocks third-party storage. */
function deniedWindow() {
  const deny = () => {
    throw new DOMException(
      "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
      'SecurityError',
    );
  };
  return Object.defineProperties(
    {},
    {
      localStorage: { get: deny },
      sessionStorage: { get: deny },
    },
  ) as { localStorage?: Storage; sessionStorage?: Storage };
}

describe('browserStorage', () => {
  it('gives the page’s own storage where the browser allows it', () => {
    const own = new MemoryStorage();
    expect(browserStorage('localStorage', { localStorage: own })).toBe(own);
  });

  it('keeps what is stored in memory, for the page’s life, where the browser denies storage', () => {
    const win = deniedWindow();
    const storage = browserStorage('sessionStorage', win);
    storage.setItem('nm.demoUser', 'signe.vestergaard@egeskov.example');
    // Every reader in the page gets the same memory, so one part of the app sees another's item.
    expect(browserStorage('sessionStorage', win).getItem('nm.demoUser')).toBe(
      'signe.vestergaard@egeskov.example',
    );
    expect(browserStorage('localStorage', win).getItem('nm.demoUser')).toBeNull();
  });
});

describe('MemoryStorage', () => {
  it('behaves as Storage does: keys, length, removal and clearing', () => {
    const s = new MemoryStorage();
    s.setItem('a', '1');
    s.setItem('b', '2');
    expect([s.length, s.key(0), s.key(1), s.key(2)]).toEqual([2, 'a', 'b', null]);
    s.removeItem('a');
    expect([s.getItem('a'), s.length]).toEqual([null, 1]);
    s.clear();
    expect(s.length).toBe(0);
  });
});

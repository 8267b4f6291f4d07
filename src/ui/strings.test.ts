import { describe, expect, it } from 'vitest';
import { LOCALES } from '../domain';
import { STRINGS, translator } from './strings';

type Entry = string | ((params: Record<string, unknown>) => string);
const entries = (locale: 'da' | 'en') =>
  STRINGS[locale] as unknown as Readonly<Record<string, Entry>>;

/** The `{0}`-style slots Fluent fills in a plain text itself. */
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Fills a message with a marker per parameter it reads, and says which it read and which show
 * in the text: a language that drops or invents a placeholder differs from the other.
 */
function placeholders(message: (params: Record<string, unknown>) => string, count: number) {
  const read = new Set<string>();
  const params = new Proxy(
    {},
    {
      get: (_, key) => {
        read.add(String(key));
        return key === 'n' || key === 'position' || key === 'size' || key === 'attempt'
          ? count
          : `⟦${String(key)}⟧`;
      },
    },
  );
  const text = message(params);
  return {
    text,
    read: [...read].sort(),
    shown: [...text.matchAll(/⟦(\w+)⟧/g)].map((m) => m[1]).sort(),
  };
}

describe('the UI catalogue', () => {
  it('has every entry in both languages, as the same kind', () => {
    const keys = Object.keys(entries('da')).sort();
    expect(Object.keys(entries('en')).sort()).toEqual(keys);
    for (const key of keys) expect(typeof entries('en')[key], key).toBe(typeof entries('da')[key]);
  });

  it('has the same placeholders in Danish and English, for one and for many', () => {
    for (const [key, da] of Object.entries(entries('da'))) {
      const en = entries('en')[key];
      if (typeof da === 'string' || typeof en === 'string') {
        expect(slots(String(en)), key).toEqual(slots(String(da)));
        continue;
      }
      for (const count of [1, 3]) {
        const [inDa, inEn] = [placeholders(da, count), placeholders(en as typeof da, count)];
        expect(inEn.read, `${key}: parameters read`).toEqual(inDa.read);
        expect(inEn.shown, `${key}: placeholders shown (${inEn.text})`).toEqual(inDa.shown);
        for (const text of [inDa.text, inEn.text]) expect(text, key).not.toMatch(/undefined|\{/);
      }
    }
  });

  it('is empty nowhere', () => {
    for (const locale of LOCALES)
      for (const [key, entry] of Object.entries(entries(locale)))
        expect(typeof entry === 'string' ? entry : placeholders(entry, 1).text, key).not.toBe('');
  });

  it('counts with each language’s plural rules: 1 person, 2 personer', () => {
    const da = translator('da');
    const en = translator('en');
    expect(da('importAdd', { n: 1, role: 'MED-medlem' })).toBe('Tilføj 1 person som MED-medlem');
    expect(da('importAdd', { n: 2, role: 'MED-medlem' })).toBe('Tilføj 2 personer som MED-medlem');
    expect(en('importAdd', { n: 1, role: 'MED member' })).toBe('Add 1 person as MED member');
    expect(en('importAdd', { n: 2, role: 'MED member' })).toBe('Add 2 people as MED member');
    expect(da('importMembers', { group: 'HR', n: 1200 })).toBe('HR: 1.200 personer');
  });
});

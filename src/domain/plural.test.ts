import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from './localized';
import { countOf, formatCount, plural } from './plural';

describe('plural', () => {
  it('counts people in Danish: 1 person, 2 personer, 0 personer', () => {
    expect(countOf('da', 1, 'person', 'personer')).toBe('1 person');
    expect(countOf('da', 2, 'person', 'personer')).toBe('2 personer');
    expect(countOf('da', 0, 'person', 'personer')).toBe('0 personer');
    expect(countOf('da', 1200, 'person', 'personer')).toBe('1.200 personer');
  });

  it('counts people in English: 1 person, 2 people', () => {
    expect(countOf('en', 1, 'person', 'people')).toBe('1 person');
    expect(countOf('en', 2, 'person', 'people')).toBe('2 people');
  });

  it('chooses by each language rules, not by count === 1: Danish says "1,5 time", English "1.5 hours"', () => {
    expect(plural('da', 1.5, { one: 'time', other: 'timer' })).toBe('time');
    expect(plural('en', 1.5, { one: 'hour', other: 'hours' })).toBe('hours');
  });
});

describe('plural and formatCount agree with Intl, which the send check cannot rely on', () => {
  const rules = { da: new Intl.PluralRules('da'), en: new Intl.PluralRules('en') };
  const numbers = { da: new Intl.NumberFormat('da-DK'), en: new Intl.NumberFormat('en-GB') };
  const locales = fc.constantFrom<Locale>('da', 'en');
  const counts = fc.oneof(
    fc.integer({ min: -2_000_000, max: 2_000_000 }),
    fc.integer({ min: -20_000, max: 20_000 }).map((n) => n / 10),
    fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
    fc.constantFrom(0, 1, -1, 0.5, 1.5, 2, 1000, 999_999, 1_000_000, -0),
  );

  it('chooses the form Intl.PluralRules chooses', () => {
    fc.assert(
      fc.property(locales, counts, (locale, n) => {
        const expected = rules[locale].select(n) === 'one' ? 'one' : 'other';
        expect(plural(locale, n, { one: 'one', other: 'other' })).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes a number as Intl.NumberFormat writes it', () => {
    fc.assert(
      fc.property(locales, counts, (locale, n) => {
        expect(formatCount(locale, n)).toBe(numbers[locale].format(n));
      }),
      { numRuns: 2_000 },
    );
  });
});

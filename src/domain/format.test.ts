import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, joinList } from './format';
import type { Locale } from './localized';
import { plainDateInUtc } from './wallTime';

/** Intl as the oracle: the domain writes lists and dates without it, for the send check. */
const LISTS = {
  da: new Intl.ListFormat('da', { type: 'conjunction' }),
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
};
const DATES = {
  da: new Intl.DateTimeFormat('da-DK', { dateStyle: 'full', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};
const locales = fc.constantFrom<Locale>('da', 'en');

describe('joinList', () => {
  it('joins as Intl.ListFormat does: "A, B og C", "A, B and C"', () => {
    expect(joinList('da', ['A', 'B', 'C'])).toBe('A, B og C');
    expect(joinList('en', ['A', 'B', 'C'])).toBe('A, B and C');
    fc.assert(
      fc.property(
        locales,
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 6 }),
        (locale, items) => {
          expect(joinList(locale, items)).toBe(LISTS[locale].format(items));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('formatDate', () => {
  it('writes the day in full as Intl.DateTimeFormat does, any date from 1996 to 2100', () => {
    expect(formatDate('2026-03-12' as never, 'da')).toBe('torsdag den 12. marts 2026');
    expect(formatDate('2026-03-12' as never, 'en')).toBe('Thursday 12 March 2026');
    fc.assert(
      fc.property(
        locales,
        fc.date({
          min: new Date('1996-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (locale, d) => {
          const date = plainDateInUtc(d);
          const midnight = new Date(`${date}T00:00:00Z`);
          // Intl writes "Thursday, 12 March 2026" in English; the invitation leaves out the comma.
          const expected = DATES[locale].format(midnight).replace(',', '');
          expect(formatDate(date, locale)).toBe(expected);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

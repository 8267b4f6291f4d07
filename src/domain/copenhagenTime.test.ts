import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isPlainDate, plusDays } from './calendarDates';
import {
  copenhagenIsoString,
  copenhagenMidnight,
  copenhagenOffsetAt,
  copenhagenWallClockAt,
  summerTimeOf,
} from './copenhagenTime';
import { plainDate, plainDateInUtc } from './wallTime';

/** Temporal and its time-zone data: the oracle the EU rule must agree with. */
const ZONE = 'Europe/Copenhagen';
const zoned = (epochMilliseconds: number) =>
  Temporal.Instant.fromEpochMilliseconds(epochMilliseconds).toZonedDateTimeISO(ZONE);

// Denmark has changed its clocks by the EU rule since 1996.
const FROM = Date.parse('1996-01-01T00:00:00Z');
const TO = Date.parse('2100-12-31T23:59:59Z');
const instants = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  // Close to the changes, where a rule gets it wrong first.
  fc
    .tuple(
      fc.integer({ min: 1996, max: 2100 }),
      fc.boolean(),
      fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }),
    )
    .map(([year, spring, delta]) => {
      const { begins, ends } = summerTimeOf(year);
      return (spring ? begins : ends) + delta;
    }),
);
const dates = fc.integer({ min: FROM, max: TO }).map((ms) => plainDateInUtc(new Date(ms)));

describe('Copenhagen wall time by the EU rule', () => {
  it('changes at 01:00 UTC on the last Sundays of March and October', () => {
    expect(new Date(summerTimeOf(2026).begins).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(summerTimeOf(2026).ends).toISOString()).toBe('2026-10-25T01:00:00.000Z');
    expect(new Date(summerTimeOf(2027).begins).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(new Date(summerTimeOf(2027).ends).toISOString()).toBe('2027-10-31T01:00:00.000Z');
  });

  it('has the offset Temporal has at any instant from 1996 to 2100', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        expect(copenhagenOffsetAt(ms) * 60 * 1e9).toBe(zoned(ms).offsetNanoseconds);
      }),
      { numRuns: 1_500 },
    );
  });

  it('reads the date and wall time Temporal reads', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const here = zoned(ms);
        const expected = here.toPlainTime().toString({ smallestUnit: 'minute' });
        expect(copenhagenWallClockAt(ms)).toEqual({
          date: here.toPlainDate().toString(),
          time: expected,
        });
        expect(copenhagenIsoString(ms)).toBe(
          here.toString({ timeZoneName: 'never', smallestUnit: 'second' }),
        );
      }),
      { numRuns: 1_500 },
    );
  });

  it('finds midnight as Temporal does, on every kind of day', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const midnight = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: ZONE });
        expect(copenhagenMidnight(date)).toBe(midnight.epochMilliseconds);
        expect(copenhagenMidnight(plusDays(date, 1))).toBe(
          midnight.add({ days: 1 }).epochMilliseconds,
        );
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuses an instant that is not a number, rather than inventing a time', () => {
    expect(() => copenhagenWallClockAt(Number.NaN)).toThrow(RangeError);
    expect(() => copenhagenWallClockAt(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it('knows which dates exist, as Temporal does', () => {
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('2027-02-29')).toBe(false);
    expect(isPlainDate('2100-02-29')).toBe(false);
    expect(isPlainDate('2000-02-29')).toBe(true);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          let exists = true;
          try {
            Temporal.PlainDate.from(text, { overflow: 'reject' });
          } catch {
            exists = false;
          }
          expect(isPlainDate(text)).toBe(exists);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('adds days across months, years and leap days', () => {
    expect(plusDays(plainDate('2028-02-28'), 1)).toBe('2028-02-29');
    expect(plusDays(plainDate('2026-12-31'), 1)).toBe('2027-01-01');
    expect(plusDays(plainDate('2026-03-01'), -1)).toBe('2026-02-28');
  });
});

import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { DayClock, isPlainDate, isWallTime, MEETING_TIME_ZONE, wallTimeOf } from './dayClock';
import { plainDate, plainDateInUtc, wallTime } from './wallTime';

const SPRING = plainDate('2026-03-29'); // last Sunday of March: 02.00 becomes 03.00
const AUTUMN = plainDate('2026-10-25'); // last Sunday of October: 03.00 becomes 02.00

/** Temporal itself, as the oracle the fast arithmetic must agree with. */
function temporalElapsed(date: string, time: string): number {
  const midnight = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: MEETING_TIME_ZONE });
  const at = Temporal.PlainDate.from(date).toZonedDateTime({
    timeZone: MEETING_TIME_ZONE,
    plainTime: Temporal.PlainTime.from(time),
  });
  return (at.epochMilliseconds - midnight.epochMilliseconds) / 60_000;
}

const dateArb = fc
  .date({
    min: new Date('1996-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => plainDateInUtc(d));
const dstDateArb = fc.constantFrom(
  SPRING,
  AUTUMN,
  plainDate('2027-03-28'),
  plainDate('2027-10-31'),
  plainDate('2030-03-31'),
);
const timeArb = fc.integer({ min: 0, max: 1439 }).map(wallTimeOf);

describe('DayClock', () => {
  it('has 23 hours on the spring change, 25 on the autumn change, 24 otherwise', () => {
    expect(new DayClock(SPRING).minutesInDay).toBe(23 * 60);
    expect(new DayClock(AUTUMN).minutesInDay).toBe(25 * 60);
    expect(new DayClock(plainDate('2026-03-12')).minutesInDay).toBe(24 * 60);
  });

  it('agrees with Temporal on any date and time, the clock-change days included', () => {
    fc.assert(
      fc.property(fc.oneof(dateArb, dstDateArb), timeArb, (date, time) => {
        expect(new DayClock(date).elapsed(time)).toBe(temporalElapsed(date, time));
      }),
      { numRuns: 500 },
    );
  });

  it('turns elapsed minutes back into the wall time Temporal shows', () => {
    fc.assert(
      fc.property(
        fc.oneof(dateArb, dstDateArb),
        fc.integer({ min: 0, max: 1499 }),
        (date, minutes) => {
          const clock = new DayClock(date);
          const wall = clock.wall(minutes);
          if (minutes >= clock.minutesInDay) {
            expect(wall).toBeUndefined();
            return;
          }
          const midnight = Temporal.PlainDate.from(date).toZonedDateTime({
            timeZone: MEETING_TIME_ZONE,
          });
          const expected = midnight
            .add({ minutes })
            .toPlainTime()
            .toString({ smallestUnit: 'minute' });
          expect(wall).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts real minutes across the night the clocks change', () => {
    expect(new DayClock(SPRING).minutesBetween(wallTime('01:30'), wallTime('03:30'))).toBe(60);
    expect(new DayClock(AUTUMN).minutesBetween(wallTime('01:30'), wallTime('03:30'))).toBe(180);
    expect(new DayClock(SPRING).minutesBetween(wallTime('11:00'), wallTime('14:00'))).toBe(180);
  });

  it('gives the instant with the right UTC offset', () => {
    expect(new DayClock(plainDate('2026-03-28')).instant(wallTime('11:00'))).toBe(
      '2026-03-28T11:00:00+01:00',
    );
    expect(new DayClock(SPRING).instant(wallTime('11:00'))).toBe('2026-03-29T11:00:00+02:00');
  });

  it('gives the instant Temporal gives for any wall time, a skipped one moved on as Temporal moves it', () => {
    fc.assert(
      fc.property(fc.oneof(dateArb, dstDateArb), timeArb, (date, time) => {
        const expected = Temporal.PlainDate.from(date)
          .toZonedDateTime({
            timeZone: MEETING_TIME_ZONE,
            plainTime: Temporal.PlainTime.from(time),
          })
          .toString({ timeZoneName: 'never', smallestUnit: 'second' });
        expect(new DayClock(date).instant(time)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts only real dates and 24-hour times', () => {
    expect(isPlainDate('2026-02-28')).toBe(true);
    expect(isPlainDate('2026-02-30')).toBe(false);
    expect(isPlainDate('12-03-2026')).toBe(false);
    expect(isWallTime('09:05')).toBe(true);
    expect(isWallTime('24:00')).toBe(false);
    expect(isWallTime('9:05')).toBe(false);
  });
});

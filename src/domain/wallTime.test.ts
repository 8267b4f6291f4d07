import { describe, expect, it } from 'vitest';
import {
  copenhagenDateTimeOf,
  dateOf,
  parseCopenhagenDateTime,
  parsePlainDate,
  parseWallTime,
  plainDate,
  wallTime,
  wallTimeAt,
  type CopenhagenDateTime,
  type PlainDateString,
  type WallTime,
} from './wallTime';

describe('dates and times at the boundaries', () => {
  it('makes each only from its own form', () => {
    expect(parseWallTime('09:05')).toBe('09:05');
    expect(parseWallTime('9:05')).toBeUndefined();
    expect(parseWallTime('24:00')).toBeUndefined();
    expect(parsePlainDate('2027-03-11')).toBe('2027-03-11');
    expect(parsePlainDate('2027-03-11T12:00:00')).toBeUndefined();
    expect(parseCopenhagenDateTime('2027-03-11T12:00:00')).toBe('2027-03-11T12:00:00');
    // An instant is not a wall date-time: the offset says it is elsewhere.
    expect(parseCopenhagenDateTime('2027-03-11T12:00:00Z')).toBeUndefined();
    expect(parseCopenhagenDateTime('2027-03-11T12:00')).toBeUndefined();
    expect(() => wallTime('noon')).toThrow(RangeError);
    expect(() => plainDate('11.03.2027')).toThrow(RangeError);
  });

  it('takes a Copenhagen date-time apart and puts it together', () => {
    const at = copenhagenDateTimeOf(plainDate('2027-03-11'), wallTime('12:30'));
    expect(at).toBe('2027-03-11T12:30:00');
    expect(dateOf(at)).toBe('2027-03-11');
    expect(wallTimeAt(at)).toBe('12:30');
  });

  it('does not let one stand for another (checked by tsc)', () => {
    const date: PlainDateString = plainDate('2027-03-11');
    const time: WallTime = wallTime('12:30');
    const at: CopenhagenDateTime = copenhagenDateTimeOf(date, time);
    // @ts-expect-error a date is not a time
    const notATime: WallTime = date;
    // @ts-expect-error a time is not a date
    const notADate: PlainDateString = time;
    // @ts-expect-error a date-time is not a date: take its date with dateOf
    const notADay: PlainDateString = at;
    // @ts-expect-error a plain string is none of them until it is checked
    const unchecked: WallTime = '12:30';
    // @ts-expect-error the arguments the wrong way round
    copenhagenDateTimeOf(time, date);
    expect([notATime, notADate, notADay, unchecked]).toHaveLength(4);
  });
});

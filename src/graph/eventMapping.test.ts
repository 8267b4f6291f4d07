import { describe, expect, it } from 'vitest';
import { copenhagenDateTimeOfGraph, graphDateTimeOf } from './eventMapping';
import { plainDate, wallTime } from '../domain';

describe('Graph date-times as Copenhagen wall time', () => {
  it('reads Copenhagen time as Graph gives it under Prefer: outlook.timezone', () => {
    expect(
      copenhagenDateTimeOfGraph({
        dateTime: '2027-03-11T12:00:00.0000000',
        timeZone: 'Romance Standard Time',
      }),
    ).toBe('2027-03-11T12:00:00');
  });

  it('turns UTC into Copenhagen wall time, summer and winter, not a string with a Z', () => {
    expect(
      copenhagenDateTimeOfGraph({ dateTime: '2027-03-11T11:00:00.0000000', timeZone: 'UTC' }),
    ).toBe('2027-03-11T12:00:00');
    expect(copenhagenDateTimeOfGraph({ dateTime: '2027-06-10T09:30:00', timeZone: 'UTC' })).toBe(
      '2027-06-10T11:30:00',
    );
  });

  it('refuses a zone the app never asks for rather than misread it', () => {
    expect(() =>
      copenhagenDateTimeOfGraph({
        dateTime: '2027-03-11T12:00:00',
        timeZone: 'Pacific Standard Time',
      }),
    ).toThrow(RangeError);
    expect(() => copenhagenDateTimeOfGraph(undefined)).toThrow(RangeError);
  });

  it('writes a date and wall time as Graph takes them', () => {
    expect(graphDateTimeOf(plainDate('2027-03-11'), wallTime('09:05'))).toEqual({
      dateTime: '2027-03-11T09:05:00',
      timeZone: 'Romance Standard Time',
    });
  });
});

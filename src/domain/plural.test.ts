import { describe, expect, it } from 'vitest';
import { countOf, plural } from './plural';

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

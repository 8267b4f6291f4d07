import { describe, expect, it } from 'vitest';
import { formatDateField, parseDateText, parseTimeText } from './dateTimeText';
import { plainDate } from './wallTime';

describe('formatDateField', () => {
  it('writes Danish dates as Danes do and English ones day first with the month in words', () => {
    expect(formatDateField(plainDate('2027-04-15'), 'da')).toBe('15.04.2027');
    expect(formatDateField(plainDate('2027-04-05'), 'en')).toBe('5 Apr 2027');
  });

  it('reads back what it writes in both languages', () => {
    for (const date of ['2027-01-01', '2027-05-09', '2028-02-29', '2027-12-31'].map(plainDate)) {
      expect(parseDateText(formatDateField(date, 'da'), 'da')).toBe(date);
      expect(parseDateText(formatDateField(date, 'en'), 'en')).toBe(date);
    }
  });
});

describe('parseDateText', () => {
  it.each([
    ['15.04.2027', '2027-04-15'],
    ['15.4.27', '2027-04-15'],
    ['15/4/2027', '2027-04-15'],
    ['15-04-2027', '2027-04-15'],
    ['2027-04-15', '2027-04-15'],
    ['15. april 2027', '2027-04-15'],
    ['15. apr. 2027', '2027-04-15'],
    [' 1. maj 2027 ', '2027-05-01'],
  ])('reads Danish %s as %s', (text, date) => {
    expect(parseDateText(text, 'da')).toBe(date);
  });

  it('reads English month names, and Danish ones typed on an English screen', () => {
    expect(parseDateText('15 April 2027', 'en')).toBe('2027-04-15');
    expect(parseDateText('15 Apr 2027', 'en')).toBe('2027-04-15');
    expect(parseDateText('15. oktober 2027', 'en')).toBe('2027-10-15');
  });

  it.each(['', 'i morgen', '31.04.2027', '29.02.2027', '15.13.2027', '04/15/2027', '15 ap 2027'])(
    'refuses %j',
    (text) => {
      expect(parseDateText(text, 'da')).toBeUndefined();
    },
  );
});

describe('parseTimeText', () => {
  it.each([
    ['11.00', '11:00'],
    ['11:05', '11:05'],
    ['9', '09:00'],
    ['930', '09:30'],
    ['1100', '11:00'],
    [' 23.55 ', '23:55'],
  ])('reads %s as %s', (text, time) => {
    expect(parseTimeText(text)).toBe(time);
  });

  it.each(['', '24.00', '11.60', '9.5', '11 AM', 'elleve'])('refuses %j', (text) => {
    expect(parseTimeText(text)).toBeUndefined();
  });
});

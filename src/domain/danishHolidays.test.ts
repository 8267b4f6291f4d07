import { describe, expect, it } from 'vitest';
import { danishDayOff, danishDaysOff, easterSunday, isClosedForMeetings } from './danishHolidays';
import { plainDate } from './wallTime';

describe('Danish days off', () => {
  it('finds Easter Sunday by the Gregorian computus, earliest and latest cases included', () => {
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('lists the holidays of 2027 on their dates', () => {
    expect(Object.fromEntries([...danishDaysOff(2027)].map(([d, c]) => [c, d]))).toEqual({
      newYearsDay: '2027-01-01',
      maundyThursday: '2027-03-25',
      goodFriday: '2027-03-26',
      easterSunday: '2027-03-28',
      easterMonday: '2027-03-29',
      ascensionDay: '2027-05-06',
      whitSunday: '2027-05-16',
      whitMonday: '2027-05-17',
      constitutionDay: '2027-06-05',
      christmasEve: '2027-12-24',
      christmasDay: '2027-12-25',
      secondChristmasDay: '2027-12-26',
      newYearsEve: '2027-12-31',
    });
  });

  it('keeps store bededag only before its abolition in 2024', () => {
    expect(danishDayOff(plainDate('2023-05-05'))).toBe('greatPrayerDay');
    expect(danishDayOff(plainDate('2024-04-26'))).toBeUndefined();
    expect([...danishDaysOff(2026).values()]).not.toContain('greatPrayerDay');
  });

  it('closes the days from Christmas Eve to New Year’s Day, and holidays, but not ordinary days', () => {
    for (const d of ['2027-12-24', '2027-12-27', '2027-12-30', '2028-01-01', '2027-05-06'].map(
      plainDate,
    )) {
      expect(isClosedForMeetings(d), d).toBe(true);
    }
    for (const d of ['2027-12-23', '2028-01-03', '2027-05-07', '2027-03-24'].map(plainDate)) {
      expect(isClosedForMeetings(d), d).toBe(false);
    }
  });
});

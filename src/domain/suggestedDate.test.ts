import { describe, expect, it } from 'vitest';
import { suggestedMeetingDate } from './suggestedDate';
import { plainDate } from './wallTime';

describe('the date a new meeting is first proposed for', () => {
  it('is four weeks ahead on a weekday', () => {
    expect(suggestedMeetingDate(plainDate('2027-03-01'))).toBe('2027-03-30'); // 29 March is 2. påskedag: the Tuesday
    expect(suggestedMeetingDate(plainDate('2027-01-04'))).toBe('2027-02-01');
    expect(suggestedMeetingDate(plainDate('2027-01-09'))).toBe('2027-02-08'); // a Saturday → Monday
  });

  it('skips the days between Christmas and New Year and the holidays after them', () => {
    expect(suggestedMeetingDate(plainDate('2026-11-30'))).toBe('2027-01-04');
    expect(suggestedMeetingDate(plainDate('2026-11-29'))).toBe('2027-01-04');
  });
});

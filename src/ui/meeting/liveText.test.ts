import { describe, expect, it } from 'vitest';
import { copenhagenClock, countdownText } from './liveText';

describe('the live programme’s clock and countdown', () => {
  it('shows Copenhagen’s wall clock, on clock-change days too', () => {
    // 09.00 UTC on the spring change is 11.00 in Copenhagen; 10.00 UTC on the autumn one, too.
    expect(copenhagenClock(Date.parse('2027-03-28T09:00:00Z'), 'da')).toBe('11.00');
    expect(copenhagenClock(Date.parse('2027-10-31T10:00:00Z'), 'en')).toBe('11:00');
    expect(copenhagenClock(Date.parse('2027-03-27T10:09:00Z'), 'da')).toBe('11.09');
  });

  it('counts down in minutes and seconds, rounded up', () => {
    expect(countdownText(9 * 60_000 + 29_500)).toBe('9:30');
    expect(countdownText(65 * 60_000)).toBe('1:05:00');
    expect(countdownText(-61_000)).toBe('1:01');
  });
});

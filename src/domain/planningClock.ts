import { copenhagenWallClockAt } from './copenhagenTime';
import { isPlainDate, isWallTime, wallMinutes } from './dayClock';
import { errorFinding } from './errorMessages';
import type { Finding } from './findings';
import { formatDate, formatTime } from './format';
import type { MeetingPlan, PlainDateString, WallTime } from './plan';

/**
 * The present, as validation needs it: today's date and the wall time now in Copenhagen. The
 * domain has no clock; the caller reads one and passes this in.
 */
export interface PlanningClock {
  readonly today: PlainDateString;
  readonly now: WallTime;
}

/**
 * The planning clock at an instant (milliseconds since the epoch), on Copenhagen's wall clock.
 * Throws a `RangeError` for an instant that is not a finite number.
 */
export function planningClockAt(epochMilliseconds: number): PlanningClock {
  const here = copenhagenWallClockAt(epochMilliseconds);
  return { today: here.date, now: here.time };
}

/**
 * Errors for a meeting that has already begun: a date before today, or a start today at or
 * before the present minute. Invitations to the past reach every invitee all the same.
 */
export function timingFindings(plan: MeetingPlan, clock: PlanningClock): Finding[] {
  if (!isPlainDate(plan.date) || !isWallTime(plan.start)) return [];
  if (plan.date < clock.today) {
    return [
      errorFinding('date-in-past', {
        details: { da: formatDate(plan.date, 'da'), en: formatDate(plan.date, 'en') },
      }),
    ];
  }
  if (plan.date === clock.today && wallMinutes(plan.start) <= wallMinutes(clock.now)) {
    return [
      errorFinding(
        'start-in-past',
        {
          details: { da: formatTime(plan.start, 'da'), en: formatTime(plan.start, 'en') },
        },
        { minutes: wallMinutes(clock.now) - wallMinutes(plan.start) },
      ),
    ];
  }
  return [];
}

import { isoWeekday, plusDays } from './calendarDates';
import { isClosedForMeetings } from './danishHolidays';
import type { PlainDateString } from './plan';

/** How far ahead a new meeting is first proposed: time to find a date and for people to plan. */
export const SUGGESTED_LEAD_DAYS = 28;

/**
 * The date a new meeting is first proposed for: four weeks after today, moved on to the first
 * weekday that is not a Danish day off or one of the quiet days around Christmas, the same days
 * find-a-time never offers.
 */
export function suggestedMeetingDate(today: PlainDateString): PlainDateString {
  let date = plusDays(today, SUGGESTED_LEAD_DAYS);
  while (isoWeekday(date) > 5 || isClosedForMeetings(date)) date = plusDays(date, 1);
  return date;
}

import type { BookedMeeting } from './calendarMeeting';
import { isClosedForMeetings } from './danishHolidays';
import { isWeekend, plusDays } from './dateInSentence';
import type { MeetingPlan, PlainDateString, SeriesMeeting } from './plan';
import { dateOf } from './wallTime';

/** How long after a meeting the effort's next one is first proposed: ten weeks. */
export const SERIES_GAP_DAYS = 70;

/** What ties the meetings of one effort together: the first meeting's plan id. */
export function seriesKey(plan: MeetingPlan): string {
  return plan.series.seriesId ?? plan.id;
}

/**
 * The effort's other meetings among the organiser's booked ones, as their events have them now
 * (a meeting moved in Outlook counts at its new date); cancelled ones and the plan itself left
 * out, in the order of their numbers.
 */
export function seriesMeetingsFrom(
  plan: MeetingPlan,
  meetings: readonly BookedMeeting[],
): SeriesMeeting[] {
  return effortMeetingsIn(seriesKey(plan), plan.id, meetings);
}

/** `seriesMeetingsFrom` by the effort's key and the plan's own id. */
export function effortMeetingsIn(
  effort: string,
  planId: string,
  meetings: readonly BookedMeeting[],
): SeriesMeeting[] {
  return meetings
    .filter((m) => !m.isCancelled && m.plan.id !== planId && seriesKey(m.plan) === effort)
    .map((m) => ({
      planId: m.plan.id,
      position: m.plan.series.position,
      size: m.plan.series.size,
      date: dateOf(m.start),
    }))
    .sort((a, b) => a.position - b.position || a.date.localeCompare(b.date));
}

function sameMeetings(a: readonly SeriesMeeting[], b: readonly SeriesMeeting[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const o = b[i];
      return (
        o !== undefined &&
        m.planId === o.planId &&
        m.position === o.position &&
        m.size === o.size &&
        m.date === o.date
      );
    })
  );
}

/** The plan with a fresh snapshot of its effort's other meetings; the same plan if unchanged. */
export function withSeriesMeetings(
  plan: MeetingPlan,
  meetings: readonly SeriesMeeting[],
): MeetingPlan {
  const known = plan.series.otherMeetings ?? [];
  if (sameMeetings(known, meetings)) return plan;
  return { ...plan, series: { ...plan.series, otherMeetings: meetings } };
}

/** Every meeting of the effort the plan knows of, itself included. */
function effortOf(plan: MeetingPlan): SeriesMeeting[] {
  const own: SeriesMeeting = {
    planId: plan.id,
    position: plan.series.position,
    size: plan.series.size,
    date: plan.date,
  };
  return [own, ...(plan.series.otherMeetings ?? []).filter((m) => m.planId !== plan.id)];
}

/**
 * The snapshot a new meeting of the effort starts with: the meeting it was made from and the
 * other meetings that one knew of. The planner reads them again from the events when it opens.
 */
export function effortSnapshotOf(earlier: MeetingPlan): SeriesMeeting[] {
  return effortOf(earlier).sort((a, b) => a.position - b.position);
}

/** The number the effort's next meeting takes: one after the highest it has. */
export function nextPositionIn(plan: MeetingPlan): number {
  return Math.max(...effortOf(plan).map((m) => m.position)) + 1;
}

/** The date of the effort's last meeting so far: the one its next meeting must follow. */
export function lastDateIn(plan: MeetingPlan): PlainDateString {
  return effortOf(plan)
    .map((m) => m.date)
    .reduce((a, b) => (b > a ? b : a));
}

/**
 * The first weekday from a date (included) that is not a Danish day off or one of the quiet days
 * from 24 December to 1 January: the first day find-a-time could offer.
 */
export function firstOpenDayFrom(date: PlainDateString): PlainDateString {
  let day = date;
  while (isWeekend(day) || isClosedForMeetings(day)) day = plusDays(day, 1);
  return day;
}

/** Where the search for the effort's next meeting starts: ten weeks after its last meeting. */
export function nextMeetingSearchFrom(plan: MeetingPlan): PlainDateString {
  return plusDays(lastDateIn(plan), SERIES_GAP_DAYS);
}

import type { AttendanceResponse, InviteeResponse } from './attendanceCoverage';
import type { StoredPlan } from './calendarBooking';
import { languageOfAttendeeName } from './attendeeRoles';
import { normalizeText } from './html';
import type { Locale } from './localized';
import { parsePlanJson, type PlanError } from './parsePlan';
import type { MeetingPlan } from './plan';
import type { PersonRef } from './roster';
import { type CopenhagenDateTime, copenhagenDateTimeOf } from './wallTime';

/** A meeting as a calendar holds it, before its plan is read. */
export interface CalendarMeeting {
  readonly eventId: string;
  /** Changes with every change to the event; a save must name the one it started from. */
  readonly etag: string;
  readonly subject: string;
  /** On Copenhagen's wall clock, with no offset (`2027-03-11T12:00:00`). */
  readonly start: CopenhagenDateTime;
  readonly end: CopenhagenDateTime;
  readonly organizer: PersonRef;
  readonly isOrganizer: boolean;
  readonly isCancelled: boolean;
  /** Opens the event in Outlook on the web. */
  readonly webLink: string;
  /** The iCalendar UID every copy of the meeting shares (the organiser's and each attendee's). */
  readonly iCalUId?: string | undefined;
  /** The Teams join link, when the meeting is a Teams meeting. */
  readonly joinUrl?: string | undefined;
  /** Every attendee's answer as this copy of the event has it. */
  readonly responses: readonly InviteeResponse[];
  /** The signed-in user's own answer. */
  readonly myResponse: AttendanceResponse;
  /** The plan, where the event carries it (the organiser's copy does). */
  readonly storedPlan?: StoredPlan | undefined;
  /**
   * The stored plan names an event mark this event does not carry: it was written for another
   * event and copied here. Told only where the event's mark was read (a meeting opened alone).
   */
  readonly planFromAnotherEvent?: boolean | undefined;
}

/** A Teams meeting in the user's calendar, as much as it takes to tell which one a tab is in. */
export interface OnlineMeetingEvent {
  readonly eventId: string;
  /** The event's `onlineMeeting.joinUrl`, in whichever form Teams wrote it. */
  readonly joinUrl: string;
  readonly isOrganizer: boolean;
  readonly start: CopenhagenDateTime;
  /** Changes with every change to the event: a later read that differs means re-read it. */
  readonly changeKey: string;
}

/** A meeting someone else organises, as the user's own calendar has it, body included. */
export interface InvitedMeeting extends CalendarMeeting {
  /** The invitation's body, agenda included, as Exchange delivered it. */
  readonly html: string;
}

/**
 * Why a stored plan does not fit the event it is on: written for another event (copied here),
 * or for other times than the event's (moved outside the app, or copied).
 */
export type PlanMismatch =
  | { readonly kind: 'otherEvent' }
  | {
      readonly kind: 'times';
      readonly plan: { readonly start: CopenhagenDateTime; readonly end: CopenhagenDateTime };
      readonly event: { readonly start: CopenhagenDateTime; readonly end: CopenhagenDateTime };
    };

/** A booked network meeting with its plan read back. */
export interface BookedMeeting extends CalendarMeeting {
  readonly plan: MeetingPlan;
  /**
   * Set when the plan does not fit this event: the follow-up says so and refuses to save, so a
   * plan copied from another meeting never rewrites this one.
   */
  readonly mismatch?: PlanMismatch | undefined;
}

/** Why `plan` does not fit the calendar meeting it was read from, if it does not. */
export function planMismatchOf(
  meeting: CalendarMeeting,
  plan: MeetingPlan,
): PlanMismatch | undefined {
  if (meeting.planFromAnotherEvent) return { kind: 'otherEvent' };
  const planTimes = {
    start: copenhagenDateTimeOf(plan.date, plan.start),
    end: copenhagenDateTimeOf(plan.date, plan.end),
  };
  return planTimes.start === meeting.start && planTimes.end === meeting.end
    ? undefined
    : { kind: 'times', plan: planTimes, event: { start: meeting.start, end: meeting.end } };
}

/** A calendar meeting with its plan, or why the plan could not be read. */
export type BookedMeetingResult =
  | { readonly ok: true; readonly meeting: BookedMeeting }
  | { readonly ok: false; readonly errors: readonly PlanError[] };

/** Reads the plan a calendar meeting carries. */
export function bookedMeetingFrom(meeting: CalendarMeeting): BookedMeetingResult {
  if (!meeting.storedPlan) {
    return {
      ok: false,
      errors: [
        {
          path: '(event)',
          message: {
            da: 'Begivenheden har ingen plan for et netværksmøde.',
            en: 'The event carries no network-meeting plan.',
          },
        },
      ],
    };
  }
  const parsed = parsePlanJson(meeting.storedPlan.plan);
  if (!parsed.ok) return parsed;
  const sentIn = parsed.plan.sentIn ?? sentLanguageOf(parsed.plan, meeting);
  const plan = sentIn ? { ...parsed.plan, sentIn } : parsed.plan;
  const mismatch = planMismatchOf(meeting, plan);
  return { ok: true, meeting: { ...meeting, plan, ...(mismatch ? { mismatch } : {}) } };
}

/**
 * The language a meeting booked before the plan recorded it was sent in: told by its subject
 * (the title in one language and not the other), else by the role labels in the attendees'
 * names, which the invitation writes in its language. Undefined when neither can tell.
 */
export function sentLanguageOf(
  plan: MeetingPlan,
  meeting: Pick<CalendarMeeting, 'subject' | 'responses'>,
): Locale | undefined {
  const as = (text: string) => normalizeText(text).replace(/\s+/g, ' ').trim();
  const sent = as(meeting.subject);
  const da = as(plan.title.da) === sent;
  const en = as(plan.title.en) === sent;
  if (da !== en) return da ? 'da' : 'en';
  const named = meeting.responses.flatMap((r) => languageOfAttendeeName(r.name ?? '') ?? []);
  const first = named[0];
  return first && named.every((l) => l === first) ? first : undefined;
}

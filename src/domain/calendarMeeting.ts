import type { AttendanceResponse, InviteeResponse } from './attendanceCoverage';
import type { StoredPlan } from './calendarBooking';
import { parsePlanJson, type PlanError } from './parsePlan';
import type { MeetingPlan } from './plan';
import type { PersonRef } from './roster';
import type { CopenhagenDateTime } from './wallTime';

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

/** A booked network meeting with its plan read back. */
export interface BookedMeeting extends CalendarMeeting {
  readonly plan: MeetingPlan;
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
  return parsed.ok ? { ok: true, meeting: { ...meeting, plan: parsed.plan } } : parsed;
}

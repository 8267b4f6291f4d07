import type { AttendanceResponse, InviteeResponse } from './attendanceCoverage';
import { attendeeNameWithRoles } from './attendeeRoles';
import { MEETING_TIME_ZONE } from './dayClock';
import { mergeInvitees, rolesAtMeeting } from './invitees';
import type { Locale } from './localized';
import { parsePlanJson, type PlanError } from './parsePlan';
import type { Attendance, MeetingPlan, PlainDateString, WallTime } from './plan';
import { renderInvite } from './renderInvite';
import type { RoleExpectations } from './roleExpectations';
import type { Role } from './roles';
import type { PersonRef } from './roster';
import { standsInForNames } from './standIns';

/** A person as the directory describes them, before anyone gives them a role in a plan. */
export interface DirectoryPerson extends PersonRef {
  readonly jobTitle?: string | undefined;
  readonly department?: string | undefined;
}

/** A directory group the organiser can pick a role group or a workplace from. */
export interface DirectoryGroup {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
}

/** The answers an attendee can give an invitation. */
export type InvitationAnswer = 'accept' | 'tentativelyAccept' | 'decline';

/** How busy a person is in a slot, as free/busy reports it. */
export type BusyStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

/** One busy period in someone's calendar. */
export interface BusyInterval {
  /** ISO date-times with offset. */
  readonly start: string;
  readonly end: string;
  readonly status: Exclude<BusyStatus, 'free' | 'unknown'>;
}

/** A person's availability over a range; `known: false` when it could not be read. */
export interface Availability {
  readonly email: string;
  readonly known: boolean;
  readonly busy: readonly BusyInterval[];
  /** Working hours as wall-clock times in Copenhagen, when the mailbox says. */
  readonly workingHours?:
    { readonly days: readonly string[]; readonly start: string; readonly end: string } | undefined;
}

/** The plan as the calendar event carries it: versioned JSON text in one open extension. */
export interface StoredPlan {
  readonly schemaVersion: number;
  readonly plan: string;
}

/** What the organiser's calendar is asked to book for a plan: a value, rendered and merged. */
export interface CalendarBooking {
  /** The same for every try at booking one plan, so a retried create books once. */
  readonly transactionId: string;
  readonly subject: string;
  readonly html: string;
  readonly date: PlainDateString;
  readonly start: WallTime;
  readonly end: WallTime;
  readonly timeZone: typeof MEETING_TIME_ZONE;
  /** One entry per address, duplicates merged. */
  readonly attendees: readonly {
    readonly name: string;
    readonly email: string;
    readonly type: Attendance;
  }[];
  readonly teams: boolean;
  readonly place?: string | undefined;
  readonly storedPlan: StoredPlan;
}

/** The transaction id a plan is booked under. */
export function transactionIdFor(plan: MeetingPlan): string {
  return `netvaerksmoeder-${plan.id}`;
}

/** Everything the calendar needs to book a plan, invitation rendered in the given language. */
export function bookingFromPlan(plan: MeetingPlan, locale: Locale): CalendarBooking {
  const invite = renderInvite(plan, locale);
  const place = plan.location.place?.trim();
  return {
    transactionId: transactionIdFor(plan),
    subject: invite.subject,
    html: invite.html,
    date: plan.date,
    start: plan.start,
    end: plan.end,
    timeZone: MEETING_TIME_ZONE,
    attendees: mergeInvitees(plan.invitees).invitees.map((i) => ({
      name: attendeeNameWithRoles(i.name, rolesAtMeeting(i), locale, standsInForNames(i, locale)),
      email: i.email,
      type: i.attendance,
    })),
    teams: plan.location.teams,
    ...(place ? { place } : {}),
    storedPlan: { schemaVersion: plan.schemaVersion, plan: JSON.stringify(plan) },
  };
}

/** A meeting as a calendar holds it, before its plan is read. */
export interface CalendarMeeting {
  readonly eventId: string;
  /** Changes with every change to the event; a save must name the one it started from. */
  readonly etag: string;
  readonly subject: string;
  /** ISO date-times with offset. */
  readonly start: string;
  readonly end: string;
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

/** A meeting someone else organises, as the user's own calendar has it, body included. */
export interface InvitedMeeting extends CalendarMeeting {
  /** The invitation's body, agenda included, as Exchange delivered it. */
  readonly html: string;
}

/** A network meeting the signed-in user is invited to. */
export interface Invitation extends InvitedMeeting {
  /** The plan the invitation refers to (from its body). */
  readonly planId: string;
  /** The roles the organiser invited the user for, as the attendee list names them. */
  readonly myRoles: readonly Role[];
  /** The programme rows that count on the user, and whether the guide asks them to confirm. */
  readonly expected: RoleExpectations;
  /** For a cancelled meeting whose copy holds the cancellation's text: the organiser's message. */
  readonly cancellationNote?: string | undefined;
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

/**
 * Whether saving `after` over `before` changes what every attendee sees of the meeting (subject,
 * the invitation's text with its TRIOs and named presenters, time, place, Teams). The attendee
 * list is not counted here; `deliveryOf` weighs it, since Exchange updates everyone for it too.
 */
export function changeReachesEveryone(before: CalendarBooking, after: CalendarBooking): boolean {
  return (
    before.subject !== after.subject ||
    before.html !== after.html ||
    before.date !== after.date ||
    before.start !== after.start ||
    before.end !== after.end ||
    (before.place ?? '') !== (after.place ?? '') ||
    before.teams !== after.teams
  );
}

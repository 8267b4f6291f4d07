import { attendeeNameWithRoles } from './attendeeRoles';
import { MEETING_TIME_ZONE } from './dayClock';
import { mergeInvitees, rolesAtMeeting } from './invitees';
import type { Locale } from './localized';
import type { Attendance, MeetingPlan, PlainDateString, WallTime } from './plan';
import { renderInvite } from './renderInvite';
import { standsInForNames } from './standIns';

/** The plan as the calendar event carries it: versioned JSON text in one open extension. */
export interface StoredPlan {
  readonly schemaVersion: number;
  readonly plan: string;
  /**
   * The mark of the write that stored it, as the event's extension names it: a writer that
   * started from this plan names it again, so a plan written since is never overwritten.
   */
  readonly mark?: string | undefined;
  /**
   * The plan mark of the event it was written for. Every event the app writes carries one
   * (booked in the tab, or stored on by the Outlook pane), so a plan copied onto another event
   * is told by it.
   */
  readonly eventMark?: string | undefined;
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

/**
 * The plan as it is sent: with the language of its invitation, the one it was first sent in or
 * else `locale` (the organiser's now), so every later update goes out in that language too.
 */
export function asSent(plan: MeetingPlan, locale: Locale): MeetingPlan {
  return plan.sentIn ? plan : { ...plan, sentIn: locale };
}

/**
 * Everything the calendar needs to book a plan: the invitation in the language the plan was sent
 * in, or (not sent yet) in `locale`; the stored plan records that language.
 */
export function bookingFromPlan(unsent: MeetingPlan, uiLocale: Locale): CalendarBooking {
  const plan = asSent(unsent, uiLocale);
  const locale = plan.sentIn ?? uiLocale;
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

import { movedMeeting } from './agendaEdits';
import { rolesInAttendeeName } from './attendeeRoles';
import { bookingFromPlan } from './calendarBooking';
import { mergeInvitees, personKey, rolesAtMeeting } from './invitees';
import type { Locale } from './localized';
import type { Attendance, Invitee, MeetingPlan, PlainDateString, WallTime } from './plan';
import { wallTime } from './wallTime';
import { planningClockAt } from './planningClock';

/**
 * Outlook's meeting form as coverage reads it. The organiser may change the time or the attendee
 * list in Outlook itself at any moment, so what the pane and the send check judge is the plan as
 * the form holds it now: the form's times and attendees, each with the roles the plan gives them.
 */

/** One attendee as a meeting form lists them: address and the name shown. */
export interface FormPerson {
  readonly email: string;
  readonly name: string;
}

/** What a calendar form (Outlook's meeting form) holds now, as coverage needs it. */
export interface FormState {
  readonly required: readonly FormPerson[];
  readonly optional: readonly FormPerson[];
  /** Start and end as instants (milliseconds since the epoch). */
  readonly start: number;
  readonly end: number;
  /**
   * The organiser's address (the mailbox composing). Outlook lists the organiser apart from the
   * attendees, yet they come: a plan that invites them for a role keeps that role covered.
   */
  readonly organizer?: string | undefined;
}

/** Copenhagen's date and wall time at an instant. */
export function copenhagenWallTime(epochMilliseconds: number): {
  readonly date: PlainDateString;
  readonly time: WallTime;
} {
  const { today, now } = planningClockAt(epochMilliseconds);
  return { date: today, time: now };
}

/** The id a person added in the form by hand gets: stable for their address. */
export function formPersonId(email: string): string {
  return `form:${personKey(email)}`;
}

function inviteesInForm(plan: MeetingPlan, form: FormState): Invitee[] {
  // One entry a person, with every role their rows give (a director may also sit on the MED
  // committee): the last row alone would lose the others.
  const planned = new Map(
    mergeInvitees(plan.invitees).invitees.map((i) => [personKey(i.email), i]),
  );
  const seen = new Set<string>();
  const out: Invitee[] = [];
  const organizer = form.organizer === undefined ? undefined : personKey(form.organizer);
  const take = (people: readonly FormPerson[], attendance: Attendance) => {
    for (const person of people) {
      const key = personKey(person.email);
      if (seen.has(key)) continue;
      seen.add(key);
      const invitee = planned.get(key);
      // Outlook may list the organiser among the attendees (classic always, the web and new
      // Outlook when a saved meeting is edited): they keep the roles the plan gives them, and
      // are never someone added by hand.
      if (!invitee && key === organizer) continue;
      if (invitee) {
        out.push(invitee.attendance === attendance ? invitee : { ...invitee, attendance });
        continue;
      }
      // Someone the plan does not know keeps the roles their name carries, as an attendee's
      // copy is read ("Ane Berg (MED-formand)"); a plain name has none yet.
      const named = rolesInAttendeeName(person.name);
      out.push({
        id: formPersonId(person.email),
        name: named.name || person.email,
        email: person.email,
        roles: named.roles,
        workplaceId: undefined,
        attendance,
      });
    }
  };
  // A person on both lists is asked to come: Outlook sends them one request.
  take(form.required, 'required');
  take(form.optional, 'optional');
  const host = organizer === undefined ? undefined : planned.get(organizer);
  if (host && !seen.has(organizer as string)) out.push(host);
  return out;
}

/** The plan at the form's times: a new start moves the programme, a new end is taken as it is. */
function planAtFormTimes(plan: MeetingPlan, form: Pick<FormState, 'start' | 'end'>): MeetingPlan {
  const start = copenhagenWallTime(form.start);
  const end = copenhagenWallTime(form.end);
  let timed = plan;
  if (start.date !== plan.date || start.time !== plan.start) {
    const moved = movedMeeting(plan, { date: start.date, start: start.time });
    timed = typeof moved === 'string' ? { ...plan, date: start.date, start: start.time } : moved;
  }
  // An end on a later day cannot be a wall time on the meeting's date: past midnight is kept as
  // 23:59, which the schedule rules then find too long.
  const endTime = end.date === start.date ? end.time : wallTime('23:59');
  return timed.end === endTime ? timed : { ...timed, end: endTime };
}

/**
 * The plan as the form now has it: the form's attendees (a planned person keeps their roles and
 * takes the form's required or optional; someone added by hand has the roles their name carries,
 * usually none yet; someone removed in the form is gone; the organiser stays, once, whether
 * Outlook lists them apart or among the attendees) and the form's times (a new start moves the programme with it, as `moveMeeting` does; a
 * new end cuts or stretches the meeting, not the programme). Coverage of this plan is coverage of
 * what would be sent.
 */
export function planAsInForm(plan: MeetingPlan, form: FormState): MeetingPlan {
  return { ...planAtFormTimes(plan, form), invitees: inviteesInForm(plan, form) };
}

/** The invitees who come in no role: in the form by hand, for the organiser to give one. */
export function inviteesWithoutRole(plan: MeetingPlan): readonly Invitee[] {
  return plan.invitees.filter((i) => rolesAtMeeting(i).length === 0);
}

/**
 * The plan to write into the form. The first time (`written` undefined), the plan as it is: its
 * programme's times replace whatever the new form held. After that, the plan at the form's times
 * (the organiser may have moved the meeting in Outlook), less the people the organiser removed in
 * Outlook since the pane last wrote (`written`, the plan written then); people added in the pane
 * since are kept, to be written now.
 */
export function planToWrite(
  plan: MeetingPlan,
  form: FormState,
  written: MeetingPlan | undefined,
): MeetingPlan {
  const inForm = new Set([...form.required, ...form.optional].map((p) => personKey(p.email)));
  const wasWritten = new Set((written?.invitees ?? []).map((i) => personKey(i.email)));
  const host = personKey(form.organizer ?? '');
  const removed = (i: Invitee) => {
    const key = personKey(i.email);
    return wasWritten.has(key) && !inForm.has(key) && key !== host;
  };
  if (written === undefined) return plan;
  const kept = plan.invitees.some(removed)
    ? plan.invitees.filter((i) => !removed(i))
    : plan.invitees;
  return planAtFormTimes(kept === plan.invitees ? plan : { ...plan, invitees: kept }, form);
}

/**
 * The form's two attendee lists for a plan: every invitee once, named with the roles they come
 * in, exactly as the tab books them (`bookingFromPlan`), so an attendee's copy tells their roles;
 * the organiser left out (Outlook lists them apart); and those added in Outlook whom the plan
 * does not know, kept as they are, in the list they are in.
 */
export function formAttendeesFor(
  plan: MeetingPlan,
  form: Pick<FormState, 'required' | 'optional' | 'organizer'>,
  locale: Locale,
): { readonly required: readonly FormPerson[]; readonly optional: readonly FormPerson[] } {
  const lists = { required: [] as FormPerson[], optional: [] as FormPerson[] };
  const seen = new Set([personKey(form.organizer ?? '')]);
  for (const a of bookingFromPlan(plan, locale).attendees) {
    const key = personKey(a.email);
    if (seen.has(key)) continue;
    seen.add(key);
    lists[a.type].push({ email: a.email, name: a.name });
  }
  for (const [list, people] of [
    ['required', form.required],
    ['optional', form.optional],
  ] as const) {
    for (const p of people) {
      const key = personKey(p.email);
      if (seen.has(key)) continue;
      seen.add(key);
      lists[list].push(p);
    }
  }
  return lists;
}

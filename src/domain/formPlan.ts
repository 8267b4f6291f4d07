import { Temporal } from 'temporal-polyfill';
import { moveMeeting } from './agendaEdits';
import { MEETING_TIME_ZONE } from './dayClock';
import { personKey } from './invitees';
import type { Attendance, Invitee, MeetingPlan, PlainDateString, WallTime } from './plan';
import { plainDate, wallTime } from './wallTime';

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
}

/** Copenhagen's date and wall time at an instant. */
export function copenhagenWallTime(epochMilliseconds: number): {
  readonly date: PlainDateString;
  readonly time: WallTime;
} {
  const here =
    Temporal.Instant.fromEpochMilliseconds(epochMilliseconds).toZonedDateTimeISO(MEETING_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: plainDate(here.toPlainDate().toString()),
    time: wallTime(`${pad(here.hour)}:${pad(here.minute)}`),
  };
}

/** The id a person added in the form by hand gets: stable for their address. */
export function formPersonId(email: string): string {
  return `form:${personKey(email)}`;
}

function inviteesInForm(plan: MeetingPlan, form: FormState): Invitee[] {
  const planned = new Map(plan.invitees.map((i) => [personKey(i.email), i]));
  const seen = new Set<string>();
  const out: Invitee[] = [];
  const take = (people: readonly FormPerson[], attendance: Attendance) => {
    for (const person of people) {
      const key = personKey(person.email);
      if (seen.has(key)) continue;
      seen.add(key);
      const invitee = planned.get(key);
      out.push(
        invitee
          ? { ...invitee, attendance }
          : {
              id: formPersonId(person.email),
              name: person.name,
              email: person.email,
              roles: [],
              attendance,
            },
      );
    }
  };
  // A person on both lists is asked to come: Outlook sends them one request.
  take(form.required, 'required');
  take(form.optional, 'optional');
  return out;
}

/**
 * The plan as the form now has it: the form's attendees (a planned person keeps their roles and
 * takes the form's required or optional; someone added by hand has no role yet; someone removed
 * in the form is gone) and the form's times (a new start moves the programme with it, as
 * `moveMeeting` does; a new end cuts or stretches the meeting, not the programme). Coverage of
 * this plan is coverage of what would be sent.
 */
export function planAsInForm(plan: MeetingPlan, form: FormState): MeetingPlan {
  const start = copenhagenWallTime(form.start);
  const end = copenhagenWallTime(form.end);
  let timed = plan;
  if (start.date !== plan.date || start.time !== plan.start) {
    const moved = moveMeeting(plan, { date: start.date, start: start.time });
    timed = moved.ok ? moved.plan : { ...plan, date: start.date, start: start.time };
  }
  // An end on a later day cannot be a wall time on the meeting's date: past midnight is kept as
  // 23:59, which the schedule rules then find too long.
  const endTime = end.date === start.date ? end.time : wallTime('23:59');
  return { ...timed, end: endTime, invitees: inviteesInForm(plan, form) };
}

/**
 * The run's meeting, made as the app makes one: the guide's first programme, four weeks ahead on
 * a day find-a-time would offer, the two test mailboxes invited as MED chair (required) and
 * vice-chair (optional), a Teams meeting. Its title says it is a test that cancels itself.
 */
import {
  bookingFromPlan,
  type CalendarBooking,
  FIRST_PROGRAMME,
  type Invitee,
  type MeetingPlan,
  planFromTemplate,
  planningClockAt,
  suggestedMeetingDate,
} from '../../src/domain';

/** Someone the meeting is sent to. */
export interface Recipient {
  readonly name: string;
  readonly email: string;
}

/** The plan, invited as given. */
export function scenarioPlan(
  id: string,
  now: number,
  chair: Recipient,
  viceChair: Recipient,
): MeetingPlan {
  const date = suggestedMeetingDate(planningClockAt(now).today);
  const result = planFromTemplate(FIRST_PROGRAMME, {
    id,
    date,
    workplaces: [],
    location: { teams: true },
  });
  if (!result.ok) throw new Error(result.error.message.en);
  const invitee = (r: Recipient, roles: Invitee['roles'], attendance: Invitee['attendance']) => ({
    id: r.email,
    name: r.name,
    email: r.email,
    roles,
    attendance,
  });
  return {
    ...result.plan,
    title: {
      da: 'verify:tenant – prøvemøde, aflyses af sig selv',
      en: 'verify:tenant – test meeting, cancels itself',
    },
    invitees: [
      invitee(chair, ['medChair'], 'required'),
      invitee(viceChair, ['medViceChair'], 'optional'),
    ],
  };
}

/** The plan with only the MED chair invited (the attendee list the PATCH row saves). */
export function withoutViceChair(plan: MeetingPlan): MeetingPlan {
  return { ...plan, invitees: plan.invitees.slice(0, 1) };
}

/** The booking the app would send for a plan (Danish invitation). */
export function bookingOf(plan: MeetingPlan): CalendarBooking {
  return bookingFromPlan(plan, 'da');
}

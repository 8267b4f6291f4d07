import type { AttendanceResponse, InviteeResponse } from './attendanceCoverage';
import { rolesInAttendeeName } from './attendeeRoles';
import { type CalendarBooking, changeReachesEveryone } from './calendarBooking';
import { personKey } from './invitees';
import type { MeetingPlan } from './plan';
import type { Role } from './roles';

/** Someone a change sends mail to, under their own name (no roles). */
export interface MailRecipient {
  readonly name: string;
  readonly email: string;
}

/**
 * How saving a change to a booked meeting reaches people. Exchange sends every attendee an update
 * whenever the organiser's event changes, attendee list included; the only way to invite someone
 * without telling the rest is to forward the meeting to them. So a change that only adds people
 * is a forward, and anything else is an update to everyone (see `src/emulator/FIDELITY.md`).
 */
export type ChangeDelivery =
  /** Nothing attendees see changes: the plan is stored and nobody gets mail. */
  | { readonly kind: 'none' }
  /** People are added and nothing else: the meeting is forwarded to them; only they get mail. */
  | { readonly kind: 'forward'; readonly invited: readonly MailRecipient[] }
  /** Everything else: every attendee gets an update, those added an invitation, those removed a cancellation. */
  | {
      readonly kind: 'update';
      readonly updated: readonly MailRecipient[];
      readonly invited: readonly MailRecipient[];
      readonly cancelled: readonly MailRecipient[];
      /** The time changes: Exchange asks every attendee to answer again. */
      readonly asksAgain: boolean;
    };

function recipient(a: CalendarBooking['attendees'][number]): MailRecipient {
  return { name: rolesInAttendeeName(a.name).name, email: a.email };
}

/** Whether `after` moves the meeting (date, start or end), which asks every attendee again. */
export function movesMeeting(before: CalendarBooking, after: CalendarBooking): boolean {
  return before.date !== after.date || before.start !== after.start || before.end !== after.end;
}

/**
 * Who gets mail when `after` is saved over `before`, and how. The organiser gets none: Exchange
 * does not invite the organiser to their own meeting.
 */
export function deliveryOf(
  before: CalendarBooking,
  after: CalendarBooking,
  organiserEmail: string,
): ChangeDelivery {
  const organiser = personKey(organiserEmail);
  const others = (b: CalendarBooking) =>
    b.attendees.filter((a) => personKey(a.email) !== organiser);
  const was = new Map(others(before).map((a) => [personKey(a.email), a]));
  const now = new Map(others(after).map((a) => [personKey(a.email), a]));
  const added = others(after).filter((a) => !was.has(personKey(a.email)));
  const removed = others(before).filter((a) => !now.has(personKey(a.email)));
  const kept = others(after).filter((a) => was.has(personKey(a.email)));
  const relisted = kept.some((a) => {
    const old = was.get(personKey(a.email));
    return old?.name !== a.name || old.type !== a.type;
  });
  const content = changeReachesEveryone(before, after);
  if (!content && removed.length === 0 && !relisted) {
    return added.length === 0
      ? { kind: 'none' }
      : { kind: 'forward', invited: added.map(recipient) };
  }
  return {
    kind: 'update',
    updated: kept.map(recipient),
    invited: added.map(recipient),
    cancelled: removed.map(recipient),
    asksAgain: movesMeeting(before, after),
  };
}

/** Someone whose answer a move wipes out. */
export interface AnswerLost {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly Role[];
  readonly response: Exclude<AttendanceResponse, 'none'>;
}

const MUST_CONFIRM: readonly Role[] = ['medChair', 'medViceChair'];

/**
 * Those who have answered (yes, maybe or no) and whose answer a move sets back to none, the MED
 * chair and vice-chair first: the guide asks them to confirm, and they must confirm again.
 */
export function answersLostByMove(
  plan: MeetingPlan,
  responses: readonly InviteeResponse[],
  organiserEmail: string,
): AnswerLost[] {
  const answers = new Map(responses.map((r) => [personKey(r.email), r.response]));
  const lost: AnswerLost[] = [];
  for (const i of plan.invitees) {
    const response = answers.get(personKey(i.email));
    if (!response || response === 'none' || personKey(i.email) === personKey(organiserEmail))
      continue;
    if (lost.some((l) => personKey(l.email) === personKey(i.email))) continue;
    lost.push({ name: i.name, email: i.email, roles: i.roles, response });
  }
  const confirms = (l: AnswerLost) => l.roles.some((r) => MUST_CONFIRM.includes(r));
  return [...lost.filter(confirms), ...lost.filter((l) => !confirms(l))];
}

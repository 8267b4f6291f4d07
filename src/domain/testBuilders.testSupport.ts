/**
 * Small builders for test data. Not part of the public surface (`index.ts`); tests and, later,
 * the emulator's seed use them so both speak of the same people.
 */
import { Temporal } from 'temporal-polyfill';
import { bookingFromPlan } from './calendarBooking';
import type { InvitedMeeting } from './calendarMeeting';
import type { FormState } from './formPlan';
import type { Locale } from './localized';
import type { PlanningClock } from './planningClock';
import type { Invitee, MeetingPlan, PresentingWorkplace } from './plan';
import { planFromTemplate } from './planFromTemplate';
import { FIRST_PROGRAMME, type Programme } from './programmes';
import type { Role } from './roles';
import type { PersonRef } from './roster';
import { copenhagenDateTimeOf, plainDate, wallTime } from './wallTime';

let counter = 0;

/**
 * "Today" for tests: a fixed day before every date the tests plan for (2026 and 2027), so no
 * test depends on the real date.
 */
export const TEST_CLOCK: PlanningClock = { today: plainDate('2026-01-05'), now: wallTime('09:00') };

/** A person reference with a unique id and an address on the reserved example domain. */
export function aPersonRef(name?: string): PersonRef {
  counter += 1;
  const n = name ?? `Person ${counter}`;
  const local = n
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return { id: `p-${counter}`, name: n, email: `${local || 'p'}.${counter}@example.org` };
}

/** An invitee holding the given roles, required unless said otherwise. */
export function anInvitee(roles: readonly Role[], overrides: Partial<Invitee> = {}): Invitee {
  const ref = aPersonRef(overrides.name);
  // One object shape for every invitee, as parsed plans have: V8 keeps property access fast.
  return {
    id: overrides.id ?? ref.id,
    name: overrides.name ?? ref.name,
    email: overrides.email ?? ref.email,
    roles: overrides.roles ?? roles,
    workplaceId: overrides.workplaceId,
    attendance: overrides.attendance ?? 'required',
  };
}

/** A presenting workplace with a full TRIO. */
export function aWorkplace(name: string): PresentingWorkplace {
  counter += 1;
  return {
    id: `w-${counter}`,
    name,
    trio: {
      leader: aPersonRef(`${name} leder`),
      amr: aPersonRef(`${name} AMR`),
      tr: aPersonRef(`${name} TR`),
    },
  };
}

/** Workplaces named "Arbejdsplads A", "Arbejdsplads B", ... */
export function workplaces(count: number): PresentingWorkplace[] {
  return Array.from({ length: count }, (_, i) =>
    aWorkplace(`Arbejdsplads ${String.fromCharCode(65 + i)}`),
  );
}

/** One required invitee for every role rule of the guide, the whole MED committee included. */
export function coveringInvitees(): Invitee[] {
  return [
    anInvitee(['director'], { name: 'Dorte Direktør' }),
    anInvitee(['departmentDirector'], { name: 'Frank Forvaltningsdirektør' }),
    anInvitee(['middleManager'], { name: 'Mette Mellemleder' }),
    anInvitee(['medChair'], { name: 'Freja Formand' }),
    anInvitee(['medViceChair', 'tr'], { name: 'Niels Næstformand' }),
    anInvitee(['medMember'], { name: 'Mads Medlem' }),
    anInvitee(['hrConsultant'], { name: 'Hanne HR' }),
    anInvitee(['amConsultant'], { name: 'Anders Arbejdsmiljø' }),
  ];
}

/** A plan from a programme with every required role invited: `validatePlan` finds no error. */
export function aCoveredPlan(
  options: {
    programme?: Programme | undefined;
    workplaces?: number;
    date?: string;
    start?: string;
  } = {},
): MeetingPlan {
  const result = planFromTemplate(options.programme ?? FIRST_PROGRAMME, {
    id: 'plan-1',
    date: plainDate(options.date ?? '2026-03-12'),
    start: options.start === undefined ? undefined : wallTime(options.start),
    workplaces: workplaces(options.workplaces ?? 2),
    seriesSize: 3,
  });
  if (!result.ok) throw new Error(result.error.message.en);
  return { ...result.plan, invitees: [...result.plan.invitees, ...coveringInvitees()] };
}

/**
 * An attendee's copy of a booked plan, as Graph lists it in their calendar: the body and the
 * attendee list the booking sends, nobody has answered yet.
 */
export function anInvitedCopy(
  plan: MeetingPlan,
  locale: Locale = 'da',
  overrides: Partial<InvitedMeeting> = {},
): InvitedMeeting {
  const booking = bookingFromPlan(plan, locale);
  return {
    eventId: `copy-of-${plan.id}`,
    etag: 'W/"1"',
    subject: booking.subject,
    start: copenhagenDateTimeOf(plan.date, plan.start),
    end: copenhagenDateTimeOf(plan.date, plan.end),
    organizer: { id: 'organiser', name: 'Signe Arrangør', email: 'signe@example.org' },
    isOrganizer: false,
    isCancelled: false,
    webLink: '',
    responses: booking.attendees.map((a) => ({ email: a.email, name: a.name, response: 'none' })),
    myResponse: 'none',
    html: booking.html,
    ...overrides,
  };
}

/** The instant of a Copenhagen wall time. */
export function instantOf(date: string, time: string): number {
  return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime('Europe/Copenhagen')
    .epochMilliseconds;
}

/** The form a plan fills in: its attendees on the two lists, its times. */
export function formOf(plan: MeetingPlan): FormState {
  const list = (attendance: 'required' | 'optional') =>
    plan.invitees
      .filter((i) => i.attendance === attendance)
      .map((i) => ({ email: i.email, name: i.name }));
  return {
    required: list('required'),
    optional: list('optional'),
    start: instantOf(plan.date, plan.start),
    end: instantOf(plan.date, plan.end),
  };
}

/** A covered plan with optional employees added until `count` people are invited. */
export function aMeetingOf(count: number, plan: MeetingPlan = aCoveredPlan()): MeetingPlan {
  const extra = Array.from({ length: Math.max(0, count - plan.invitees.length) }, () =>
    anInvitee(['employee'], { attendance: 'optional' }),
  );
  return { ...plan, invitees: [...plan.invitees, ...extra] };
}

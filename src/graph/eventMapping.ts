import type {
  AttendanceResponse,
  CalendarBooking,
  CalendarMeeting,
  CopenhagenDateTime,
  InviteeResponse,
  PlainDateString,
  StoredPlan,
  WallTime,
} from '../domain';
import type {
  DateTimeTimeZoneDto,
  ExtendedPropertyDto,
  EventDto,
  PlanExtensionDto,
  ResponseStatusDto,
} from './dto';

/** The open extension the plan lives in; one per app, named in reverse-DNS form. */
export const PLAN_EXTENSION_NAME = 'dk.netvaerksmoeder.plan';

/**
 * The extended property on the event that names the plan it was last written for. An event's
 * PATCH sets it with the event's own fields, all or nothing; the open extension cannot be.
 */
export const PLAN_MARK_PROPERTY =
  'String {3f1c9a6e-5b27-4d0a-9e84-7c2b61d0f5a3} Name dk.netvaerksmoeder.planMark';

/** `$expand` of just the plan mark. */
export const EXPAND_PLAN_MARK = `singleValueExtendedProperties($filter=id eq '${PLAN_MARK_PROPERTY}')`;

/** Copenhagen's Windows time-zone name, which every Exchange version understands. */
export const COPENHAGEN_WINDOWS_ZONE = 'Romance Standard Time';

/** Asks Graph to give times in Copenhagen. */
export const PREFER_COPENHAGEN = `outlook.timezone="${COPENHAGEN_WINDOWS_ZONE}"`;

/** The event properties the app reads. */
export const EVENT_SELECT =
  'subject,start,end,isOrganizer,isCancelled,responseStatus,attendees,organizer,webLink,onlineMeeting,iCalUId';

/** `$expand` of just the app's extension. */
export const EXPAND_PLAN = `extensions($filter=id eq '${PLAN_EXTENSION_NAME}')`;

const RESPONSE: Record<string, AttendanceResponse> = {
  accepted: 'accepted',
  organizer: 'accepted',
  tentativelyAccepted: 'tentative',
  declined: 'declined',
};

/** A Graph response status as a domain answer. */
export function answerOf(status: ResponseStatusDto | null | undefined): AttendanceResponse {
  return RESPONSE[status?.response ?? 'none'] ?? 'none';
}

/** The marks a write of the plan stores with it: its own, and the event's it belongs to. */
export interface PlanMarks {
  readonly mark: string;
  readonly eventMark?: string | undefined;
}

/** The open extension that stores a plan, with the marks of the write. */
export function planExtension(plan: StoredPlan, marks: PlanMarks): PlanExtensionDto {
  return {
    '@odata.type': 'microsoft.graph.openTypeExtension',
    extensionName: PLAN_EXTENSION_NAME,
    schemaVersion: plan.schemaVersion,
    plan: plan.plan,
    mark: marks.mark,
    ...(marks.eventMark ? { eventMark: marks.eventMark } : {}),
  };
}

/**
 * The extension while a change is on its way: the plan read (still the plan of record, with its
 * marks) and the plan being saved, with the mark the event's PATCH will carry.
 */
export function pendingPlanExtension(
  current: StoredPlan,
  booking: CalendarBooking,
  mark: string,
): PlanExtensionDto {
  return {
    '@odata.type': 'microsoft.graph.openTypeExtension',
    extensionName: PLAN_EXTENSION_NAME,
    schemaVersion: current.schemaVersion,
    plan: current.plan,
    ...(current.mark ? { mark: current.mark } : {}),
    ...(current.eventMark ? { eventMark: current.eventMark } : {}),
    pendingSchemaVersion: booking.storedPlan.schemaVersion,
    pendingPlan: booking.storedPlan.plan,
    pendingMark: mark,
  };
}

/** The event's plan mark, as a PATCH sets it. */
export function planMarkField(mark: string): {
  singleValueExtendedProperties: ExtendedPropertyDto[];
} {
  return { singleValueExtendedProperties: [{ id: PLAN_MARK_PROPERTY, value: mark }] };
}

/** The plan mark an event carries, if it was read with `EXPAND_PLAN_MARK`. */
export function planMarkOf(event: EventDto): string | undefined {
  const wanted = PLAN_MARK_PROPERTY.toLowerCase();
  return event.singleValueExtendedProperties?.find((p) => p.id.toLowerCase() === wanted)?.value;
}

/** The app's extension on an event, if it has it. */
export function planExtensionOf(event: EventDto): PlanExtensionDto | undefined {
  return event.extensions?.find(
    (e) => e.extensionName === PLAN_EXTENSION_NAME || e.id?.endsWith(PLAN_EXTENSION_NAME),
  );
}

/**
 * The plan of record in an extension: the pending plan when the event carries its mark (the
 * event's PATCH landed, the plan's write after it did not), else the plan.
 */
export function storedPlanOf(
  extension: PlanExtensionDto | undefined,
  eventMark: string | undefined,
): StoredPlan | undefined {
  if (extension?.pendingPlan && extension.pendingMark && extension.pendingMark === eventMark)
    return {
      schemaVersion: extension.pendingSchemaVersion ?? 1,
      plan: extension.pendingPlan,
      mark: extension.pendingMark,
      eventMark: extension.pendingMark,
    };
  return extension?.plan
    ? {
        schemaVersion: extension.schemaVersion ?? 1,
        plan: extension.plan,
        ...(extension.mark ? { mark: extension.mark } : {}),
        ...(extension.eventMark ? { eventMark: extension.eventMark } : {}),
      }
    : undefined;
}

/** The parts of an event a booking sets (times in Copenhagen wall time, Windows zone name). */
export function eventFields(booking: CalendarBooking, bodyHtml: string): Record<string, unknown> {
  return {
    subject: booking.subject,
    body: { contentType: 'html', content: bodyHtml },
    start: graphDateTimeOf(booking.date, booking.start),
    end: graphDateTimeOf(booking.date, booking.end),
    location: { displayName: booking.place ?? '' },
    ...attendeeFields(booking),
    isOnlineMeeting: booking.teams,
    ...(booking.teams ? { onlineMeetingProvider: 'teamsForBusiness' } : {}),
    allowNewTimeProposals: false,
  };
}

/** The attendee list of a booking as Graph takes it. */
export function attendeeFields(booking: CalendarBooking): Record<string, unknown> {
  return {
    attendees: booking.attendees.map((a) => ({
      type: a.type,
      emailAddress: { address: a.email, name: a.name },
    })),
  };
}

/**
 * The plan mark a booking's event is created with: derived from its transaction id, so a
 * create repeated after a lost answer (which Exchange answers with the first event) names the
 * mark that event has.
 */
export function createdEventMark(booking: CalendarBooking): string {
  return `created:${booking.transactionId}`;
}

/**
 * The body of `POST /me/events` for a booking: the plan rides along in its extension, and the
 * event carries the plan mark the extension names, so the plan is tied to this event.
 */
export function createEventBody(booking: CalendarBooking): Record<string, unknown> {
  const mark = createdEventMark(booking);
  return {
    ...eventFields(booking, booking.html),
    transactionId: booking.transactionId,
    ...planMarkField(mark),
    extensions: [planExtension(booking.storedPlan, { mark, eventMark: mark })],
  };
}

/**
 * Graph's `{ dateTime, timeZone }` as a Copenhagen date-time. Asked with `Prefer:
 * outlook.timezone`, Graph gives Copenhagen wall time; a UTC one (Graph ignoring the header)
 * is converted. Any other zone is one the app never asks for: a bug, said so.
 */
export function copenhagenDateTimeOfGraph(
  value: DateTimeTimeZoneDto | null | undefined,
): CopenhagenDateTime {
  const wall = value?.dateTime.replace(/\.\d+$/, '') ?? '';
  const inCopenhagen =
    value?.timeZone === 'UTC'
      ? COPENHAGEN_WALL_CLOCK.format(new Date(`${wall}Z`)).replace(' ', 'T')
      : COPENHAGEN_ZONES.has(value?.timeZone ?? '')
        ? wall
        : '';
  if (!DATE_TIME.test(inCopenhagen))
    throw new RangeError(`Unexpected Graph date-time ${JSON.stringify(value)}`);
  return inCopenhagen as CopenhagenDateTime;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/** Copenhagen's wall clock as `YYYY-MM-DD HH:MM:SS` (Sweden's format is ISO's). */
const COPENHAGEN_WALL_CLOCK = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The zone names Graph may give Copenhagen time under. */
const COPENHAGEN_ZONES: ReadonlySet<string> = new Set([
  COPENHAGEN_WINDOWS_ZONE,
  'Europe/Copenhagen',
]);

/** Graph's `{ dateTime, timeZone }` for a wall time on a date in Copenhagen. */
export function graphDateTimeOf(date: PlainDateString, time: WallTime): DateTimeTimeZoneDto {
  return { dateTime: `${date}T${time}:00`, timeZone: COPENHAGEN_WINDOWS_ZONE };
}

/**
 * An event as a domain calendar meeting; the plan stays serialised until the caller reads it.
 * `eventMark` is the event's plan mark, read when its extension holds a pending plan or, with
 * `markRead`, always: then a plan naming another mark is said to come from another event.
 */
export function meetingFromEvent(
  event: EventDto,
  eventMark?: string,
  options: { readonly markRead?: boolean } = {},
): CalendarMeeting {
  const storedPlan = storedPlanOf(planExtensionOf(event), eventMark);
  // Only a mark read tells: a listing reads it only for a pending plan.
  const fromAnotherEvent =
    options.markRead === true &&
    storedPlan?.eventMark !== undefined &&
    storedPlan.eventMark !== eventMark;
  const responses: InviteeResponse[] = (event.attendees ?? []).flatMap((a) =>
    a.emailAddress?.address
      ? [
          {
            email: a.emailAddress.address,
            response: answerOf(a.status),
            ...(a.emailAddress.name ? { name: a.emailAddress.name } : {}),
          },
        ]
      : [],
  );
  const organizerAddress = event.organizer?.emailAddress?.address ?? '';
  return {
    eventId: event.id,
    etag: event['@odata.etag'] ?? '',
    subject: event.subject ?? '',
    start: copenhagenDateTimeOfGraph(event.start),
    end: copenhagenDateTimeOfGraph(event.end),
    organizer: {
      id: organizerAddress,
      name: event.organizer?.emailAddress?.name ?? organizerAddress,
      email: organizerAddress,
    },
    isOrganizer: event.isOrganizer ?? false,
    isCancelled: event.isCancelled ?? false,
    webLink: event.webLink ?? '',
    ...(event.iCalUId ? { iCalUId: event.iCalUId } : {}),
    joinUrl: event.onlineMeeting?.joinUrl ?? undefined,
    responses,
    myResponse: answerOf(event.responseStatus),
    ...(storedPlan ? { storedPlan } : {}),
    ...(fromAnotherEvent ? { planFromAnotherEvent: true } : {}),
  };
}

import type {
  AttendanceResponse,
  CalendarBooking,
  CalendarMeeting,
  InviteeResponse,
  StoredPlan,
} from '../domain';
import type { ExtendedPropertyDto, EventDto, PlanExtensionDto, ResponseStatusDto } from './dto';

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

/** The open extension that stores a booking's plan. */
export function planExtension(booking: CalendarBooking): PlanExtensionDto {
  return {
    '@odata.type': 'microsoft.graph.openTypeExtension',
    extensionName: PLAN_EXTENSION_NAME,
    schemaVersion: booking.storedPlan.schemaVersion,
    plan: booking.storedPlan.plan,
  };
}

/**
 * The extension while a change is on its way: the plan read (still the plan of record) and the
 * plan being saved, with the mark the event's PATCH will carry.
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
    return { schemaVersion: extension.pendingSchemaVersion ?? 1, plan: extension.pendingPlan };
  return extension?.plan
    ? { schemaVersion: extension.schemaVersion ?? 1, plan: extension.plan }
    : undefined;
}

/** The parts of an event a booking sets (times in Copenhagen wall time, Windows zone name). */
export function eventFields(booking: CalendarBooking, bodyHtml: string): Record<string, unknown> {
  return {
    subject: booking.subject,
    body: { contentType: 'html', content: bodyHtml },
    start: { dateTime: `${booking.date}T${booking.start}:00`, timeZone: COPENHAGEN_WINDOWS_ZONE },
    end: { dateTime: `${booking.date}T${booking.end}:00`, timeZone: COPENHAGEN_WINDOWS_ZONE },
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

/** The body of `POST /me/events` for a booking: the plan rides along in its extension. */
export function createEventBody(booking: CalendarBooking): Record<string, unknown> {
  return {
    ...eventFields(booking, booking.html),
    transactionId: booking.transactionId,
    extensions: [planExtension(booking)],
  };
}

function isoWithOffset(
  value: { dateTime: string; timeZone?: string | null } | null | undefined,
): string {
  if (!value) return '';
  const local = value.dateTime.replace(/\.\d+$/, '');
  return value.timeZone === 'UTC' ? `${local}Z` : local;
}

/**
 * An event as a domain calendar meeting; the plan stays serialised until the caller reads it.
 * `eventMark` is the event's plan mark, read when its extension holds a pending plan.
 */
export function meetingFromEvent(event: EventDto, eventMark?: string): CalendarMeeting {
  const storedPlan = storedPlanOf(planExtensionOf(event), eventMark);
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
    start: isoWithOffset(event.start),
    end: isoWithOffset(event.end),
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
  };
}

import type {
  AttendanceResponse,
  CalendarBooking,
  CalendarMeeting,
  InviteeResponse,
} from '../domain';
import type { EventDto, PlanExtensionDto, ResponseStatusDto } from './dto';

/** The open extension the plan lives in; one per app, named in reverse-DNS form. */
export const PLAN_EXTENSION_NAME = 'dk.netvaerksmoeder.plan';

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

/** An event as a domain calendar meeting; the plan stays serialised until the caller reads it. */
export function meetingFromEvent(event: EventDto): CalendarMeeting {
  const extension = event.extensions?.find(
    (e) => e.extensionName === PLAN_EXTENSION_NAME || e.id?.endsWith(PLAN_EXTENSION_NAME),
  );
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
    ...(extension?.plan
      ? { storedPlan: { schemaVersion: extension.schemaVersion ?? 1, plan: extension.plan } }
      : {}),
  };
}

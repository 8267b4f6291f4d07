/**
 * The shapes of the Graph v1.0 objects the app reads and writes, as far as it uses them.
 * They stay inside src/graph: the rest of the app sees domain types.
 */

/** `microsoft.graph.emailAddress`. */
export interface EmailAddressDto {
  readonly name?: string | null;
  readonly address?: string | null;
}

/** `microsoft.graph.user` (the properties the app selects). */
export interface UserDto {
  readonly id: string;
  readonly displayName?: string | null;
  readonly mail?: string | null;
  readonly userPrincipalName?: string | null;
  readonly jobTitle?: string | null;
  readonly department?: string | null;
}

/** `microsoft.graph.person`, from `/me/people`. */
export interface PersonDto {
  readonly id: string;
  readonly displayName?: string | null;
  readonly jobTitle?: string | null;
  readonly department?: string | null;
  readonly userPrincipalName?: string | null;
  readonly scoredEmailAddresses?: readonly { readonly address?: string | null }[];
}

/** `microsoft.graph.group`. */
export interface GroupDto {
  readonly id: string;
  readonly displayName?: string | null;
  readonly description?: string | null;
}

/** `microsoft.graph.dateTimeTimeZone`. */
export interface DateTimeTimeZoneDto {
  readonly dateTime: string;
  readonly timeZone?: string | null;
}

/** `microsoft.graph.responseStatus`. */
export interface ResponseStatusDto {
  readonly response?:
    'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded' | null;
  readonly time?: string | null;
}

/** `microsoft.graph.attendee`. */
export interface AttendeeDto {
  readonly type?: 'required' | 'optional' | 'resource' | null;
  readonly status?: ResponseStatusDto | null;
  readonly emailAddress?: EmailAddressDto | null;
}

/** `microsoft.graph.openTypeExtension` with the app's data. */
export interface PlanExtensionDto {
  readonly '@odata.type'?: string;
  readonly id?: string;
  readonly extensionName: string;
  readonly schemaVersion?: number;
  readonly plan?: string;
  /** The mark of the write that stored `plan` (each write has its own). */
  readonly mark?: string;
  /** The event's plan mark `plan` was written for (`PLAN_MARK_PROPERTY`). */
  readonly eventMark?: string;
  /**
   * A plan on its way into the event: written before the event's PATCH, with the mark that PATCH
   * sets on the event. It is the plan of record once the event carries its mark.
   */
  readonly pendingSchemaVersion?: number;
  readonly pendingPlan?: string;
  readonly pendingMark?: string;
}

/** `microsoft.graph.singleValueLegacyExtendedProperty`. */
export interface ExtendedPropertyDto {
  readonly id: string;
  readonly value: string;
}

/** `microsoft.graph.event` (the properties the app selects). */
export interface EventDto {
  readonly id: string;
  readonly '@odata.etag'?: string;
  /** Changes with every change to the event (as its ETag does). */
  readonly changeKey?: string | null;
  readonly subject?: string | null;
  readonly body?: { readonly contentType?: string; readonly content?: string } | null;
  /** The start of the body as text (how much of it Graph does not document for events). */
  readonly bodyPreview?: string | null;
  readonly start?: DateTimeTimeZoneDto | null;
  readonly end?: DateTimeTimeZoneDto | null;
  readonly isOrganizer?: boolean | null;
  readonly isCancelled?: boolean | null;
  readonly responseStatus?: ResponseStatusDto | null;
  readonly attendees?: readonly AttendeeDto[] | null;
  readonly organizer?: { readonly emailAddress?: EmailAddressDto | null } | null;
  readonly webLink?: string | null;
  readonly iCalUId?: string | null;
  readonly onlineMeeting?: { readonly joinUrl?: string | null } | null;
  readonly extensions?: readonly PlanExtensionDto[];
  readonly singleValueExtendedProperties?: readonly ExtendedPropertyDto[];
}

/** `microsoft.graph.chat` (the properties the app reads). */
export interface ChatDto {
  readonly id: string;
  readonly chatType?: string | null;
  /** Empty when the chat is not a meeting's. */
  readonly onlineMeetingInfo?: {
    readonly joinWebUrl?: string | null;
    readonly calendarEventId?: string | null;
  } | null;
}

/** A collection page. */
export interface PageDto<T> {
  readonly value: readonly T[];
  readonly '@odata.nextLink'?: string;
}

/** `microsoft.graph.scheduleInformation`. */
export interface ScheduleInformationDto {
  readonly scheduleId: string;
  readonly availabilityView?: string;
  readonly error?: { readonly message?: string; readonly responseCode?: string } | null;
  readonly scheduleItems?: readonly {
    readonly status?: string;
    readonly start: DateTimeTimeZoneDto;
    readonly end: DateTimeTimeZoneDto;
  }[];
  readonly workingHours?: {
    readonly daysOfWeek?: readonly string[];
    readonly startTime?: string;
    readonly endTime?: string;
  } | null;
}

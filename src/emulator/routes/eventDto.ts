import type { StoredEvent } from '../state';
import { fromInstant } from '../timeZones';

/** Graph's prefix for the id of an open extension on an Outlook item. */
export const EXTENSION_ID_PREFIX = 'Microsoft.OutlookServices.OpenTypeExtension.';

/** The change key and the ETag Graph derives from it. */
export function changeKeyOf(event: StoredEvent): string {
  return Buffer.from(`ck-${event.id.slice(-6)}-${event.changeKey}`).toString('base64');
}

/** `W/"…"`, as `@odata.etag` and the `ETag` header carry it. */
export function etagOf(event: StoredEvent): string {
  return `W/"${changeKeyOf(event)}"`;
}

/** An open extension as Graph returns it. */
export function extensionDto(name: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.openTypeExtension',
    id: `${EXTENSION_ID_PREFIX}${name}`,
    extensionName: name,
    ...data,
  };
}

/** The body without its `<head>`: found by searching, as a lazy pattern rescans from each `<head`. */
function withoutHead(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  for (let at = 0; ;) {
    const from = lower.indexOf('<head', at);
    const to = from < 0 ? -1 : lower.indexOf('</head>', from);
    if (to < 0) return parts.concat(html.slice(at)).join('');
    parts.push(html.slice(at, from));
    at = to + '</head>'.length;
  }
}

/** Graph's `bodyPreview`: the text, squeezed, 255 characters; linear in the body, whatever it holds. */
function preview(html: string): string {
  return withoutHead(html)
    .replace(/<[^<>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255);
}

/** An event as Graph returns it, times in the zone the request preferred. */
export function eventDto(
  event: StoredEvent,
  zone: string,
  expandExtensions?: (name: string) => boolean,
): Record<string, unknown> {
  const dto: Record<string, unknown> = {
    '@odata.etag': etagOf(event),
    id: event.id,
    createdDateTime: event.createdDateTime,
    lastModifiedDateTime: event.lastModifiedDateTime,
    changeKey: changeKeyOf(event),
    categories: [],
    transactionId: event.transactionId ?? null,
    originalStartTimeZone: event.startTimeZone,
    originalEndTimeZone: event.endTimeZone,
    // v1.0 has iCalUId only; `uid` is a beta property (FIDELITY.md).
    iCalUId: event.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: preview(event.bodyHtml),
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: false,
    isCancelled: event.isCancelled,
    isOrganizer: event.responseStatus.response === 'organizer',
    responseRequested: true,
    seriesMasterId: null,
    showAs: event.showAs,
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.onlineMeetingProvider,
    allowNewTimeProposals: event.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: false,
    responseStatus: event.responseStatus,
    body: { contentType: 'html', content: event.bodyHtml },
    start: fromInstant(event.startUtc, zone),
    end: fromInstant(event.endUtc, zone),
    location: {
      displayName: event.location,
      locationType: 'default',
      uniqueIdType: 'unknown',
      address: {},
      coordinates: {},
    },
    locations: event.location
      ? [{ displayName: event.location, locationType: 'default', uniqueIdType: 'unknown' }]
      : [],
    recurrence: null,
    attendees: event.attendees.map((a) => ({
      type: a.type,
      status: { response: a.response, time: a.time },
      emailAddress: { name: a.name, address: a.address },
    })),
    organizer: { emailAddress: { name: event.organizerName, address: event.organizerAddress } },
    onlineMeeting: event.joinUrl ? { joinUrl: event.joinUrl } : null,
  };
  if (expandExtensions) {
    dto['extensions'] = Object.entries(event.extensions)
      .filter(([name]) => expandExtensions(name))
      .map(([name, data]) => extensionDto(name, data));
  }
  return dto;
}

/** What `$filter` sees of an event: start and end in UTC, extensions by name. */
export function eventFilterView(event: StoredEvent): Record<string, unknown> {
  return {
    ...eventDto(event, 'UTC'),
    Extensions: Object.keys(event.extensions).map((name) => ({ id: name, extensionName: name })),
  };
}

import { Temporal } from 'temporal-polyfill';
import { GraphFault } from './http';

// Windows time-zone names Exchange uses, for the zones a Danish tenant meets.
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  'romance standard time': 'Europe/Copenhagen',
  'w. europe standard time': 'Europe/Berlin',
  'gmt standard time': 'Europe/London',
  utc: 'UTC',
  'coordinated universal time': 'UTC',
};

/** An IANA zone for a `timeZone` value Graph accepts: a Windows name or an IANA name. */
export function ianaZone(timeZone: string | undefined): string {
  const zone = (timeZone ?? 'UTC').trim();
  const windows = WINDOWS_TO_IANA[zone.toLowerCase()];
  if (windows) return windows;
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return zone;
  } catch {
    throw new GraphFault(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`,
    );
  }
}

/** A UTC instant for a Graph `dateTimeTimeZone`. */
export function toInstant(
  value: { dateTime?: unknown; timeZone?: unknown } | undefined,
  field: string,
): string {
  if (!value || typeof value.dateTime !== 'string') {
    throw new GraphFault(400, 'ErrorInvalidRequest', `The ${field} time of the event is missing.`);
  }
  const zone = ianaZone(typeof value.timeZone === 'string' ? value.timeZone : undefined);
  try {
    return Temporal.PlainDateTime.from(value.dateTime.replace(/Z$/, ''))
      .toZonedDateTime(zone)
      .toInstant()
      .toString();
  } catch {
    throw new GraphFault(
      400,
      'ErrorInvalidRequest',
      `The ${field} time '${value.dateTime}' is not a valid date and time.`,
    );
  }
}

/** A UTC instant as Graph writes it in a zone: `2027-03-11T11:00:00.0000000`. */
export function fromInstant(
  instant: string,
  timeZone: string,
): { dateTime: string; timeZone: string } {
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(ianaZone(timeZone));
  return {
    dateTime: `${zoned.toPlainDateTime().toString({ smallestUnit: 'second' })}.0000000`,
    timeZone,
  };
}

/** The zone a request asked for with `Prefer: outlook.timezone="…"`, UTC otherwise. */
export function preferredZone(headers: Readonly<Record<string, string>>): string {
  const prefer = headers['prefer'] ?? '';
  const match = /outlook\.timezone="([^"]+)"/i.exec(prefer);
  return match?.[1] ?? 'UTC';
}

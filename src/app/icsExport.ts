import { TZDate } from '@date-fns/tz';
import ical from 'ical-generator';
import {
  DayClock,
  type Locale,
  MEETING_TIME_ZONE,
  type MeetingPlan,
  type PersonRef,
  renderInvite,
} from '../domain';

/**
 * Copenhagen's rules since 1996 (EU summer time), as every calendar client reads them. The zone's
 * name is what the event's times refer to; the rules let a client without the zone place them.
 */
const COPENHAGEN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${MEETING_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** What the export knows of the booked event besides the plan. */
export interface IcsEventFacts {
  /** The event's iCalendar UID, so a client that has the invitation sees the same meeting. */
  readonly uid?: string | undefined;
  readonly organizer?: PersonRef | undefined;
  readonly joinUrl?: string | undefined;
}

/**
 * The meeting as an `.ics` file, for people outside the organisation: Copenhagen times, the
 * place, the Teams link and the whole agenda (the invitation's text and HTML).
 */
export function icsFromPlan(
  plan: MeetingPlan,
  locale: Locale,
  facts: IcsEventFacts = {},
  now: Date = new Date(),
): string {
  const invite = renderInvite(plan, locale);
  const clock = new DayClock(plan.date);
  const calendar = ical({
    prodId: {
      company: 'Netvaerksmoeder',
      product: 'Netvaerksmoeder',
      language: locale.toUpperCase(),
    },
    name: invite.subject,
    timezone: { name: MEETING_TIME_ZONE, generator: () => COPENHAGEN_VTIMEZONE },
  });
  const place = plan.location.place?.trim();
  calendar.createEvent({
    id: facts.uid ?? `${plan.id}@netvaerksmoeder`,
    // Higher after each change attendees were sent, so a calendar replaces its copy (RFC 5545).
    sequence: plan.revision ?? 0,
    stamp: now,
    // TZDate makes the generator write Copenhagen wall time whatever zone the browser is in.
    start: new TZDate(Date.parse(clock.instant(plan.start)), MEETING_TIME_ZONE),
    end: new TZDate(Date.parse(clock.instant(plan.end)), MEETING_TIME_ZONE),
    timezone: MEETING_TIME_ZONE,
    summary: invite.subject,
    description: {
      plain: facts.joinUrl ? `${invite.text}\n\nTeams: ${facts.joinUrl}` : invite.text,
      html: invite.html,
    },
    ...(place ? { location: place } : {}),
    ...(facts.joinUrl ? { url: facts.joinUrl } : {}),
    ...(facts.organizer
      ? { organizer: { name: facts.organizer.name, email: facts.organizer.email } }
      : {}),
  });
  return calendar.toString();
}

/** A file name for the export: the date and a plain-letters title. */
export function icsFileName(plan: MeetingPlan): string {
  const title = plan.title.da
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${plan.date}-${title || 'netvaerksmoede'}.ics`;
}

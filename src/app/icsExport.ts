import { TZDate } from '@date-fns/tz';
import ical, { escape as escapeText, foldLines } from 'ical-generator';
import {
  DayClock,
  type Locale,
  PLAN_ID_PATTERN,
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
 * A parameter value as RFC 5545 and RFC 6868 allow it: RFC 5545 has no escape for a double
 * quote inside a quoted value, so RFC 6868's carets stand for what cannot be written (`^'` a
 * double quote, `^n` a line break, `^^` a caret), which ical.js and other readers decode; other
 * control characters are dropped. Always quoted, so `:`, `;` and `,` stay inside it.
 */
export function icsParameterValue(value: string): string {
  const encoded = value
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'")
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
  return `"${encoded}"`;
}

/** An address as a `mailto:` URI: anything outside what an address holds percent-encoded. */
function mailtoUri(email: string): string {
  return `mailto:${email.replace(/[^A-Za-z0-9.!#$&'*+/=?^_`{|}~@-]/gu, (c) =>
    Array.from(
      new TextEncoder().encode(c),
      (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join(''),
  )}`;
}

/** The event's UID: Exchange's `iCalUId`, or one made of the plan id (`[A-Za-z0-9._-]`). */
function uidOf(plan: MeetingPlan, facts: IcsEventFacts): string {
  const own = PLAN_ID_PATTERN.test(plan.id)
    ? plan.id
    : encodeURIComponent(plan.id).replace(/%/g, '_');
  // UID is TEXT (RFC 5545 3.8.4.7): escaped as text, so no line of the file can be injected.
  return escapeText(facts.uid ?? `${own}@netvaerksmoeder`, false);
}

/**
 * The meeting as an `.ics` file, for people outside the organisation: Copenhagen times, the
 * place, the Teams link and the whole agenda (the invitation's text and HTML). Every value from
 * the plan or Exchange is escaped for where it goes: text as text, the organiser's name as a
 * parameter value (`icsParameterValue`), the address as a URI.
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
    id: uidOf(plan, facts),
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
  });
  const text = calendar.toString();
  if (!facts.organizer) return text;
  // The generator quotes the organiser's name with backslash escapes, which RFC 5545 does not
  // have inside a quoted parameter: the line is written here, folded as the generator folds.
  const organizer = foldLines(
    `ORGANIZER;CN=${icsParameterValue(facts.organizer.name)}:${mailtoUri(facts.organizer.email)}`,
  );
  return text.replace(/\r\nEND:VEVENT\r\n/, `\r\n${organizer}\r\nEND:VEVENT\r\n`);
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

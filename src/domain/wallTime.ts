/**
 * The strings that carry dates and times across the app's boundaries, branded so that one
 * cannot be passed where another is meant: a time of day is not a date, and neither is a
 * Copenhagen date-time. Each is made only by a function here that checks its form.
 * No Temporal here: the sign-in screen may import this file.
 */

declare const brand: unique symbol;

/** A string known to have a form, named by `B`. */
type Branded<B extends string> = string & { readonly [brand]: B };

/** A time on the wall clock in Copenhagen, `HH:MM` on the 24-hour clock. */
export type WallTime = Branded<'WallTime'>;

/** A calendar date, `YYYY-MM-DD`. */
export type PlainDateString = Branded<'PlainDateString'>;

/**
 * A date and time on Copenhagen's wall clock, `YYYY-MM-DDTHH:MM:SS`, with no offset: how Graph
 * gives an event's start and end when asked for Copenhagen time.
 */
export type CopenhagenDateTime = Branded<'CopenhagenDateTime'>;

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const PLAIN_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):[0-5]\d$/;

/** `text` as a wall time when it is `HH:MM`, else undefined. */
export function parseWallTime(text: string): WallTime | undefined {
  return WALL_TIME.test(text) ? (text as WallTime) : undefined;
}

/** `text` as a plain date when it is written `YYYY-MM-DD` (the day is not checked against its month). */
export function parsePlainDate(text: string): PlainDateString | undefined {
  return PLAIN_DATE.test(text) ? (text as PlainDateString) : undefined;
}

/** `text` as a Copenhagen date-time when it is `YYYY-MM-DDTHH:MM:SS`, else undefined. */
export function parseCopenhagenDateTime(text: string): CopenhagenDateTime | undefined {
  const match = DATE_TIME.exec(text);
  return match && parsePlainDate(match[1] ?? '') && parseWallTime(match[2] ?? '')
    ? (text as CopenhagenDateTime)
    : undefined;
}

function checked<T>(value: T | undefined, text: string, form: string): T {
  if (value === undefined) throw new RangeError(`Not ${form}: ${JSON.stringify(text)}`);
  return value;
}

/** A wall time written in the code (`wallTime('11:00')`); a malformed one is a bug and throws. */
export function wallTime(text: string): WallTime {
  return checked(parseWallTime(text), text, 'HH:MM');
}

/** A plain date written in the code (`plainDate('2027-03-11')`); a malformed one throws. */
export function plainDate(text: string): PlainDateString {
  return checked(parsePlainDate(text), text, 'YYYY-MM-DD');
}

/** The Copenhagen date-time of a date and a wall time on it. */
export function copenhagenDateTimeOf(date: PlainDateString, time: WallTime): CopenhagenDateTime {
  return `${date}T${time}:00` as CopenhagenDateTime;
}

/** The date part of a Copenhagen date-time. */
export function dateOf(dateTime: CopenhagenDateTime): PlainDateString {
  return dateTime.slice(0, 10) as PlainDateString;
}

/** The wall time of a Copenhagen date-time, to the minute. */
export function wallTimeAt(dateTime: CopenhagenDateTime): WallTime {
  return dateTime.slice(11, 16) as WallTime;
}

/** The calendar date a `Date` falls on in UTC: for date arithmetic done at UTC midnight. */
export function plainDateInUtc(date: Date): PlainDateString {
  return date.toISOString().slice(0, 10) as PlainDateString;
}

/** The start of a day on the wall clock. */
export const MIDNIGHT = '00:00' as WallTime;

/** A Copenhagen date-time written in the code; a malformed one throws. */
export function copenhagenDateTime(text: string): CopenhagenDateTime {
  return checked(parseCopenhagenDateTime(text), text, 'YYYY-MM-DDTHH:MM:SS');
}

import { dateInSentences } from './dateInSentence';
import { FINDING_MESSAGES } from './findingMessages';
import { errorFinding } from './errorMessages';
import { type Finding, finding } from './findings';
import type { Localized } from './localized';
import type { MeetingPlan, SeriesMeeting } from './plan';

/** The number of meetings the guide recommends for one focused effort. */
export const SERIES_SIZE = { min: 2, max: 3 } as const;

// "2. netværksmøde om social kapital", "2nd network meeting on social capital": the number a
// title opens with, as the guide's programmes and organisers write it.
const DANISH_NUMBER = /^(\s*)(\d{1,2})\.(?=\s)/;
const ENGLISH_NUMBER = /^(\s*)(\d{1,2})(?:st|nd|rd|th)\b/i;

/** The numbers a title opens with, in each language that has one. */
export function titleNumbers(title: Localized): number[] {
  const da = DANISH_NUMBER.exec(title.da)?.[2];
  const en = ENGLISH_NUMBER.exec(title.en)?.[2];
  return [da, en].flatMap((n) => (n === undefined ? [] : [Number(n)]));
}

/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st. */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * A title renumbered for a position in the effort: "1. netværksmøde …" at position 3 becomes
 * "3. netværksmøde …" (and "1st" "3rd"). A title without a number is left as it is.
 */
export function titleForPosition<T extends Localized>(title: T, position: number): T {
  const renumbered = (text: string) =>
    text
      .replace(DANISH_NUMBER, (_, space: string) => `${space}${position}.`)
      .replace(ENGLISH_NUMBER, (_, space: string) => `${space}${ordinal(position)}`);
  // Each language is read in both numberings: a text not yet translated carries the other
  // language's words. The languages written stay marked: a renumbered title is no translation.
  return { ...title, da: renumbered(title.da), en: renumbered(title.en) };
}

/** The effort's other meetings the plan knows of, its own id left out. */
function othersOf(plan: MeetingPlan): readonly SeriesMeeting[] {
  return (plan.series.otherMeetings ?? []).filter((m) => m.planId !== plan.id);
}

/**
 * The series rules' errors: the meeting's number within the effort's size, the title's number
 * agreeing with it, and its place among the effort's other meetings (`series.otherMeetings`):
 * a number another meeting already has, or a date not after every earlier meeting's (or not
 * before every later one's). Reads no calendar: the snapshot on the plan is what it knows.
 */
export function seriesErrors(plan: MeetingPlan): Finding[] {
  const { position, size } = plan.series;
  const out: Finding[] = [];
  if (!Number.isInteger(position) || position < 1 || position > size) {
    out.push(errorFinding('series-position-out-of-range', { position, size }));
  }
  const wrong = titleNumbers(plan.title).find((n) => n !== position);
  if (wrong !== undefined) {
    out.push(errorFinding('series-title-number', { position, size, otherPosition: wrong }));
  }
  const others = othersOf(plan);
  const taken = others.find((m) => m.position === position);
  if (taken) {
    out.push(
      errorFinding('series-position-taken', { position, date: dateInSentences(taken.date) }),
    );
  }
  // The latest earlier meeting and the earliest later one are the bounds; one finding each.
  const before = others
    .filter((m) => m.position < position && m.date >= plan.date)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  const after = others
    .filter((m) => m.position > position && m.date <= plan.date)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  for (const [other, direction] of [
    [before, 'after'],
    [after, 'before'],
  ] as const) {
    if (!other) continue;
    out.push(
      errorFinding('series-date-order', {
        position,
        otherPosition: other.position,
        date: dateInSentences(other.date),
        direction,
      }),
    );
  }
  return out;
}

/**
 * The series rules' warnings: an effort of an unusual size, and invitations that would disagree
 * on how many meetings the effort has. They never stop a send.
 */
export function seriesWarnings(plan: MeetingPlan): Finding[] {
  const { size } = plan.series;
  const out: Finding[] = [];
  if (size < SERIES_SIZE.min || size > SERIES_SIZE.max) {
    out.push(finding('series-size-unusual', FINDING_MESSAGES['series-size-unusual']({ size })));
  }
  const differs = othersOf(plan).find((m) => m.size !== size);
  if (differs) {
    out.push(
      finding(
        'series-size-differs',
        FINDING_MESSAGES['series-size-differs']({
          size,
          otherPosition: differs.position,
          otherSize: differs.size,
        }),
      ),
    );
  }
  return out;
}

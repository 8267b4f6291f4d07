import {
  type Absentee,
  joinList,
  type Locale,
  type MustHaveSubject,
  type PersonRef,
  ROLE_LABELS,
  type SlotNote,
  type SlotStatus,
} from '../../../domain';
import type { StringKey, Translate } from '../../strings';

/** How many names a group shows before it counts the rest. */
const NAMED = 6;

const STATUS: Readonly<Record<SlotStatus, StringKey>> = {
  free: 'statusFree',
  tentative: 'statusTentative',
  busy: 'statusBusy',
  oof: 'statusOof',
  outsideHours: 'statusOutsideHours',
  unknown: 'statusUnknown',
};

type Words = Translate;

/** A must-have's name: the role, top management, a workplace's TRIO, or the presenter. */
export function mustHaveName(subject: MustHaveSubject, t: Words, locale: Locale): string {
  switch (subject.kind) {
    case 'role':
      return ROLE_LABELS[subject.role][locale];
    case 'topManagement':
      return t('slotTopManagement');
    case 'trio':
      return t('slotTrioOf', { workplace: subject.workplace });
    case 'presenter':
      return subject.person.name;
  }
}

function names(items: readonly string[], t: Words, locale: Locale): string {
  const shown = items.slice(0, NAMED);
  const more = items.length - shown.length;
  return joinList(locale, more > 0 ? [...shown, t('slotMore', { n: more })] : shown);
}

function absentees(people: readonly Absentee[], t: Words, locale: Locale): string {
  return names(
    people.map((a) => t('slotAbsentee', { name: a.person.name, status: t(STATUS[a.status]) })),
    t,
    locale,
  );
}

/** One line the slot shows, with the code it words (for styling and tests). */
export interface SlotLine {
  readonly code: 'allMustHavesFree' | 'mustHaveBusy' | 'othersBusy' | 'othersFree' | 'unknown';
  readonly text: string;
}

/**
 * The slot's notes worded in the UI's language: each uncovered must-have on its own line, then
 * everyone else who cannot come on one line grouped by role, how many others are free, and who
 * is unknown.
 */
export function slotLines(notes: readonly SlotNote[], t: Words, locale: Locale): SlotLine[] {
  const lines: SlotLine[] = [];
  const busyGroups: string[] = [];
  let unknown: readonly PersonRef[] = [];
  let free: string | undefined;
  for (const n of notes) {
    switch (n.code) {
      case 'allMustHavesFree':
        lines.push({ code: n.code, text: t('slotMustHavesFree') });
        break;
      case 'mustHaveBusy':
        lines.push({
          code: n.code,
          text: t('slotMustHaveBusy', {
            mustHave: mustHaveName(n.mustHave.subject, t, locale),
            absent: absentees(n.people, t, locale),
          }),
        });
        break;
      case 'othersBusy':
        busyGroups.push(
          t('slotBusyGroup', {
            group: n.role ? ROLE_LABELS[n.role][locale] : t('slotNoRole'),
            absent: absentees(n.people, t, locale),
          }),
        );
        break;
      case 'othersFree':
        free = t('slotOthersFree', { free: n.free, n: n.of });
        break;
      case 'unknown':
        unknown = n.people;
        break;
    }
  }
  if (busyGroups.length > 0) {
    lines.push({
      code: 'othersBusy',
      text: t('slotCannotCome', { groups: busyGroups.join('; ') }),
    });
  }
  if (free) lines.push({ code: 'othersFree', text: free });
  if (unknown.length > 0) {
    const who = names(
      unknown.map((p) => p.name),
      t,
      locale,
    );
    lines.push({
      code: 'unknown',
      text: t('slotUnknown', { names: who, n: unknown.length }),
    });
  }
  return lines;
}

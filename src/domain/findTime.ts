import type { Availability, BusyInterval } from './freeBusy';
import { isClosedForMeetings } from './danishHolidays';
import { DayClock, isPlainDate, isWallTime, wallMinutes } from './dayClock';
import { personKey } from './invitees';
import { type MustHave, mustHavesOf } from './mustHaves';
import type { MeetingPlan, PlainDateString, WallTime } from './plan';
import { PROGRAMMES } from './programmes';
import type { Role } from './roles';
import type { PersonRef } from './roster';
import { TRIO_SEATS } from './trioSeats';
import {
  type Absentee,
  type SlotNote,
  slotNotes,
  type SlotStatus,
  type UncoveredMustHave,
} from './slotNotes';
import { plainDateInUtc, wallTime } from './wallTime';

export { mustHavesOf, peopleToCheck, type MustHave, type MustHaveSubject } from './mustHaves';
export type { Absentee, SlotNote, SlotStatus, UncoveredMustHave } from './slotNotes';

const key = (p: PersonRef): string => personKey(p.email);

/** Where and how finely to look for a time. */
export interface SlotSearch {
  /** First and last date to look at, both included. */
  readonly from: PlainDateString;
  readonly to: PlainDateString;
  /** The organisation's working day in Copenhagen; the meeting must fit inside it. */
  readonly dayStart: WallTime;
  readonly dayEnd: WallTime;
  /** Minutes between candidate starts, beside the programme's own start. */
  readonly stepMinutes: number;
  /** Slots offered on one day: the best, and (if 2) one more that lets more people come. */
  readonly perDay: 1 | 2;
  /** Slots offered in all, spread over the weeks searched. */
  readonly limit: number;
  /**
   * When a booked meeting is being moved, its own time: free/busy carries no event ids, so a
   * busy interval with exactly these bounds is taken to be the meeting itself, not held against
   * the attendee.
   */
  readonly moving?: { readonly startInstant: string; readonly endInstant: string } | undefined;
}

/** The usual search: weekdays 08.00–16.00, a start every half hour, eight slots at most. */
export const DEFAULT_SLOT_SEARCH: Omit<SlotSearch, 'from' | 'to'> = {
  dayStart: wallTime('08:00'),
  dayEnd: wallTime('16:00'),
  stepMinutes: 30,
  perDay: 2,
  limit: 8,
};

/** A candidate time, with what it leaves uncovered and who cannot come. */
export interface RankedSlot {
  readonly date: PlainDateString;
  readonly start: WallTime;
  readonly end: WallTime;
  /** The exact instants, ISO with offset. */
  readonly startInstant: string;
  readonly endInstant: string;
  /** True when the slot starts at the programme's own start time. */
  readonly atProgrammeStart: boolean;
  readonly allMustHavesFree: boolean;
  readonly uncovered: readonly UncoveredMustHave[];
  /** Invitees beyond the must-haves who are free, of how many. */
  readonly othersFree: number;
  readonly others: number;
  /** Everyone whose calendar could not be read: unknown, never counted as free. */
  readonly unknown: readonly PersonRef[];
  /** What to say about the slot, as codes the UI words. */
  readonly notes: readonly SlotNote[];
}

/** A person's calendar, read once into instants for quick overlap tests. */
interface Calendar {
  readonly known: boolean;
  /** Sorted by start. */
  readonly busy: readonly { start: number; end: number; status: BusyInterval['status'] }[];
  readonly hours?: { days: ReadonlySet<string>; start: number; end: number } | undefined;
}

const SEVERITY: Readonly<Record<SlotStatus, number>> = {
  free: 0,
  tentative: 1,
  outsideHours: 2,
  busy: 3,
  oof: 4,
  unknown: 5,
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function statusIn(
  calendar: Calendar | undefined,
  start: number,
  end: number,
  weekday: string,
  wallStart: number,
  wallEnd: number,
): SlotStatus {
  if (!calendar?.known) return 'unknown';
  let worst: SlotStatus = 'free';
  // Sorted by start: nothing after the slot's end can overlap it.
  for (const b of calendar.busy) {
    if (b.start >= end) break;
    if (b.end <= start) continue;
    // Working elsewhere still means they can take part in a Teams meeting.
    const status: SlotStatus = b.status === 'workingElsewhere' ? 'free' : b.status;
    if (SEVERITY[status] > SEVERITY[worst]) worst = status;
  }
  const h = calendar.hours;
  if (worst === 'free' && h && (!h.days.has(weekday) || wallStart < h.start || wallEnd > h.end)) {
    return 'outsideHours';
  }
  return worst;
}

function* dates(from: PlainDateString, to: PlainDateString): Generator<PlainDateString> {
  const day = new Date(`${from}T00:00:00Z`);
  const last = new Date(`${to}T00:00:00Z`).getTime();
  for (; day.getTime() <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    yield plainDateInUtc(day);
  }
}

/** One candidate, scored; its notes are only made if it is offered. */
interface Candidate {
  readonly date: PlainDateString;
  readonly week: number;
  readonly start: WallTime;
  readonly end: WallTime;
  readonly startInstant: string;
  readonly s: number;
  readonly e: number;
  readonly atProgrammeStart: boolean;
  /** Minutes from the programme's own start. */
  readonly offStart: number;
  readonly uncovered: readonly UncoveredMustHave[];
  readonly othersFree: number;
  readonly status: (p: PersonRef) => SlotStatus;
}

/**
 * Best first: every must-have free, then fewest must-haves uncovered, then the programme's own
 * start (its lunch and breaks are planned around it), then most other invitees free, then the
 * nearest the programme's start, then earliest.
 */
function byRank(a: Candidate, b: Candidate): number {
  return (
    a.uncovered.length - b.uncovered.length ||
    Number(b.atProgrammeStart) - Number(a.atProgrammeStart) ||
    b.othersFree - a.othersFree ||
    a.offStart - b.offStart ||
    a.s - b.s
  );
}

/** At most `perDay` slots of one day: the best, and a second, apart from it, only if more can come. */
function bestOfDay(day: readonly Candidate[], perDay: number): Candidate[] {
  const [best, ...rest] = [...day].sort(byRank);
  if (!best) return [];
  if (perDay < 2) return [best];
  const second = rest.find(
    (c) =>
      (c.e <= best.s || c.s >= best.e) &&
      c.uncovered.length <= best.uncovered.length &&
      c.othersFree > best.othersFree,
  );
  return second ? [best, second] : [best];
}

/** Up to `limit` slots taken in turn from each week, so that every week searched gets its say. */
function spreadOverWeeks(ranked: readonly Candidate[], limit: number): Candidate[] {
  const chosen: Candidate[] = [];
  // The slots with every must-have free are spread first; the rest only fill what is left.
  for (const tier of [ranked.filter((c) => c.uncovered.length === 0), ranked]) {
    const weeks = new Map<number, Candidate[]>();
    for (const c of tier)
      if (!chosen.includes(c)) weeks.set(c.week, [...(weeks.get(c.week) ?? []), c]);
    const queues = [...weeks.values()];
    for (let round = 0; chosen.length < limit && queues.some((q) => q.length > round); round++) {
      for (const q of queues) {
        const c = q[round];
        if (c && chosen.length < limit) chosen.push(c);
      }
    }
  }
  return chosen.sort(byRank);
}

/** Everything a candidate time is judged by, read once from the plan and the calendars. */
interface Judge {
  readonly calendars: ReadonlyMap<string, Calendar>;
  readonly mustHaves: readonly MustHave[];
  readonly mustHaveRoles: readonly Role[];
  readonly others: readonly PersonRef[];
  readonly everyone: ReadonlyMap<string, PersonRef>;
  readonly roles: ReadonlyMap<string, readonly Role[]>;
  readonly programmeStart: WallTime;
  /** The meeting's length in minutes. */
  readonly length: number;
}

function judgeOf(
  plan: MeetingPlan,
  availability: readonly Availability[],
  moving: SlotSearch['moving'],
): Judge {
  const own = {
    start: moving ? Date.parse(moving.startInstant) : Number.NaN,
    end: moving ? Date.parse(moving.endInstant) : Number.NaN,
  };
  const calendars = new Map<string, Calendar>(
    availability.map((a) => [
      personKey(a.email),
      {
        known: a.known,
        busy: a.busy
          .map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end), status: b.status }))
          .filter((b) => b.start !== own.start || b.end !== own.end)
          .sort((x, y) => x.start - y.start),
        hours: a.workingHours && {
          days: new Set(a.workingHours.days.map((d) => d.toLowerCase())),
          start: wallMinutes(a.workingHours.start),
          end: wallMinutes(a.workingHours.end),
        },
      },
    ]),
  );
  const mustHaves = mustHavesOf(plan);
  const mustKeys = new Set(mustHaves.flatMap((m) => m.candidates.map(key)));
  const othersByKey = new Map<string, PersonRef>();
  for (const i of plan.invitees) if (!mustKeys.has(key(i))) othersByKey.set(key(i), i);
  return {
    calendars,
    mustHaves,
    mustHaveRoles: mustHaveRolesOf(mustHaves),
    others: [...othersByKey.values()],
    everyone: new Map<string, PersonRef>([
      ...mustHaves.flatMap((m) => m.candidates.map((c) => [key(c), c] as const)),
      ...othersByKey,
    ]),
    roles: rolesOf(plan),
    programmeStart: PROGRAMMES[plan.programme]?.start ?? plan.start,
    length: new DayClock(plan.date).minutesBetween(plan.start, plan.end),
  };
}

function weekdayOf(date: PlainDateString): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '';
}

/** The meeting at `start` on `date`, judged; undefined where the day has no such time. */
function candidateAt(
  judge: Judge,
  day: { readonly date: PlainDateString; readonly clock: DayClock; readonly weekday: string },
  start: WallTime,
  week: number,
): Candidate | undefined {
  const { date, clock, weekday } = day;
  const at = clock.elapsed(start);
  const end = clock.wall(at + judge.length);
  if (end === undefined) return undefined;
  const startInstant = clock.instant(start);
  const s = Date.parse(startInstant);
  const e = s + judge.length * 60_000;
  const wallStart = wallMinutes(start);
  const wallEnd = wallMinutes(end);
  const seen = new Map<string, SlotStatus>();
  const status = (p: PersonRef) => {
    const k = key(p);
    let found = seen.get(k);
    if (found === undefined) {
      found = statusIn(judge.calendars.get(k), s, e, weekday, wallStart, wallEnd);
      seen.set(k, found);
    }
    return found;
  };
  const uncovered: UncoveredMustHave[] = [];
  for (const m of judge.mustHaves) {
    const statuses = m.candidates.map((person) => ({
      person,
      roles: judge.roles.get(key(person)) ?? [],
      status: status(person),
    }));
    const covered =
      m.need === 'any'
        ? statuses.some((x) => x.status === 'free')
        : statuses.every((x) => x.status === 'free');
    if (!covered) {
      uncovered.push({ mustHave: m, blocked: statuses.filter((x) => x.status !== 'free') });
    }
  }
  return {
    date,
    week,
    start,
    end,
    startInstant,
    s,
    e,
    atProgrammeStart: start === judge.programmeStart,
    offStart: Math.abs(wallStart - wallMinutes(judge.programmeStart)),
    uncovered,
    othersFree: judge.others.filter((p) => status(p) === 'free').length,
    status,
  };
}

/** A candidate as it is offered, with what to say about it. */
function offered(judge: Judge, c: Candidate): RankedSlot {
  const all: Absentee[] = [...judge.everyone.values()].map((person) => ({
    person,
    roles: judge.roles.get(key(person)) ?? [],
    status: c.status(person),
  }));
  return {
    date: c.date,
    start: c.start,
    end: c.end,
    startInstant: c.startInstant,
    endInstant: new Date(c.e).toISOString(),
    atProgrammeStart: c.atProgrammeStart,
    allMustHavesFree: c.uncovered.length === 0,
    uncovered: c.uncovered,
    othersFree: c.othersFree,
    others: judge.others.length,
    unknown: all.filter((a) => a.status === 'unknown').map((a) => a.person),
    notes: slotNotes({
      uncovered: c.uncovered,
      everyone: all,
      othersFree: c.othersFree,
      others: judge.others.length,
      mustHaveRoles: judge.mustHaveRoles,
    }),
  };
}

/**
 * Times to offer for a plan, best first. Each working day of the period that is not a Danish
 * day off or between Christmas and New Year gives at most `perDay` slots of the meeting's length
 * inside the working day, the programme's own start preferred; `limit` of them are offered,
 * spread over the weeks. Someone whose calendar cannot be read is unknown, never free.
 */
export function rankSlots(
  plan: MeetingPlan,
  availability: readonly Availability[],
  search: SlotSearch,
): RankedSlot[] {
  if (!isPlainDate(search.from) || !isPlainDate(search.to) || search.stepMinutes < 5) return [];
  const judge = judgeOf(plan, availability, search.moving);
  const firstDay = Date.parse(`${search.from}T00:00:00Z`);
  const candidates: Candidate[] = [];
  for (const date of dates(search.from, search.to)) {
    const weekday = weekdayOf(date);
    if (weekday === 'saturday' || weekday === 'sunday' || isClosedForMeetings(date)) continue;
    const week = Math.floor((Date.parse(`${date}T00:00:00Z`) - firstDay) / (7 * 86_400_000));
    const clock = new DayClock(date);
    const first = clock.elapsed(search.dayStart);
    const last = clock.elapsed(search.dayEnd);
    const starts = new Set<number>();
    if (isWallTime(judge.programmeStart)) starts.add(clock.elapsed(judge.programmeStart));
    for (let at = first; at + judge.length <= last; at += search.stepMinutes) starts.add(at);
    const day: Candidate[] = [];
    for (const at of starts) {
      if (at < first || at + judge.length > last) continue;
      const start = clock.wall(at);
      const candidate = start && candidateAt(judge, { date, clock, weekday }, start, week);
      if (candidate) day.push(candidate);
    }
    candidates.push(...bestOfDay(day, search.perDay));
  }
  return spreadOverWeeks(candidates.sort(byRank), search.limit).map((c) => offered(judge, c));
}

/** The plan's own date and time, judged as a slot is, and whether that day is one off. */
export interface PlanTime {
  readonly slot: RankedSlot;
  /** A weekend, a Danish public holiday, or between Christmas and New Year. */
  readonly dayOff: boolean;
}

/**
 * Whether the plan's own date and start work: who of those the meeting cannot do without can
 * come, as for every slot offered, said before the other times. `moving` as in `SlotSearch`.
 */
export function planTimeOf(
  plan: MeetingPlan,
  availability: readonly Availability[],
  moving?: SlotSearch['moving'],
): PlanTime | undefined {
  if (!isPlainDate(plan.date) || !isWallTime(plan.start)) return undefined;
  const judge = judgeOf(plan, availability, moving);
  const weekday = weekdayOf(plan.date);
  const day = { date: plan.date, clock: new DayClock(plan.date), weekday };
  const candidate = candidateAt(judge, day, plan.start, 0);
  if (!candidate) return undefined;
  return {
    slot: offered(judge, candidate),
    dayOff: weekday === 'saturday' || weekday === 'sunday' || isClosedForMeetings(plan.date),
  };
}

/** The roles each person is invited for, and the seat of every TRIO member. */
function rolesOf(plan: MeetingPlan): Map<string, readonly Role[]> {
  const roles = new Map<string, readonly Role[]>();
  for (const w of plan.presentingWorkplaces) {
    for (const { seat, role } of TRIO_SEATS) {
      const p = w.trio[seat];
      if (p) roles.set(key(p), [...(roles.get(key(p)) ?? []), role]);
    }
  }
  for (const i of plan.invitees)
    roles.set(key(i), [...new Set([...i.roles, ...(roles.get(key(i)) ?? [])])]);
  return roles;
}

/** The roles the must-haves stand for, in their order. */
function mustHaveRolesOf(mustHaves: readonly MustHave[]): Role[] {
  return mustHaves.flatMap((m): Role[] => {
    switch (m.subject.kind) {
      case 'role':
        return [m.subject.role];
      case 'topManagement':
        return ['director', 'departmentDirector'];
      case 'trio':
        return TRIO_SEATS.map((s) => s.role);
      case 'presenter':
        return [];
    }
  });
}

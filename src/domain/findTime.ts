import type { Availability, BusyInterval } from './booking';
import { DayClock, isPlainDate, wallMinutes } from './dayClock';
import { joinList } from './format';
import type { Localized } from './localized';
import type { MeetingPlan, PlainDateString, WallTime } from './plan';
import { type Role, ROLE_LABELS } from './roles';
import type { PersonRef } from './roster';
import { coversRole } from './requirements';
import { TRIO_SEATS } from './roster';

/** Where and how finely to look for a time. */
export interface SlotSearch {
  /** First and last date to look at, both included. */
  readonly from: PlainDateString;
  readonly to: PlainDateString;
  /** The organisation's working day in Copenhagen; the meeting must fit inside it. */
  readonly dayStart: WallTime;
  readonly dayEnd: WallTime;
  /** Minutes between candidate starts. */
  readonly stepMinutes: number;
}

/** The usual search: weekdays 08.00–16.00, a start every half hour. */
export const DEFAULT_SLOT_SEARCH: Omit<SlotSearch, 'from' | 'to'> = {
  dayStart: '08:00',
  dayEnd: '16:00',
  stepMinutes: 30,
};

/** Someone the meeting cannot do without: any one of the candidates, or all of them. */
export interface MustHave {
  readonly id: string;
  readonly label: Localized;
  readonly candidates: readonly PersonRef[];
  readonly need: 'any' | 'all';
}

/** How free one person is for a slot. */
export type SlotStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'outsideHours' | 'unknown';

/** A must-have the slot leaves uncovered, and why. */
export interface UncoveredMustHave {
  readonly mustHave: MustHave;
  /** Those who cannot come, with what their calendar says. */
  readonly blocked: readonly { readonly person: PersonRef; readonly status: SlotStatus }[];
}

/** A candidate time, with what it leaves uncovered and how many of the rest can come. */
export interface RankedSlot {
  readonly date: PlainDateString;
  readonly start: WallTime;
  readonly end: WallTime;
  /** The exact instants, ISO with offset. */
  readonly startInstant: string;
  readonly endInstant: string;
  readonly allMustHavesFree: boolean;
  readonly uncovered: readonly UncoveredMustHave[];
  /** Invitees beyond the must-haves who are free, of how many. */
  readonly othersFree: number;
  readonly others: number;
  /** Everyone whose calendar could not be read: unknown, never counted as free. */
  readonly unknown: readonly PersonRef[];
  readonly explanation: Localized;
}

const TOP: readonly Role[] = ['director', 'departmentDirector'];

/** How many people with unreadable calendars an explanation names before it counts the rest. */
const UNKNOWN_NAMED = 5;

function key(p: PersonRef): string {
  return p.email.trim().toLowerCase();
}

/** Invitees covering any of the roles: only required ones do (`coversRole`). */
function holders(plan: MeetingPlan, roles: readonly Role[]): PersonRef[] {
  return plan.invitees.filter((i) => coversRole(i) && i.roles.some((r) => roles.includes(r)));
}

/**
 * The people a plan cannot do without: MED chair and vice-chair, one of top management, every
 * presenting workplace's whole TRIO, and every block's presenters.
 */
export function mustHavesOf(plan: MeetingPlan): MustHave[] {
  const out: MustHave[] = [
    {
      id: 'medChair',
      label: ROLE_LABELS.medChair,
      candidates: holders(plan, ['medChair']),
      need: 'any',
    },
    {
      id: 'medViceChair',
      label: ROLE_LABELS.medViceChair,
      candidates: holders(plan, ['medViceChair']),
      need: 'any',
    },
    {
      id: 'topManagement',
      label: { da: 'Topledelsen', en: 'Top management' },
      candidates: holders(plan, TOP),
      need: 'any',
    },
  ];
  for (const w of plan.presentingWorkplaces) {
    out.push({
      id: `trio:${w.id}`,
      label: { da: `Lokal TRIO for ${w.name}`, en: `Local TRIO of ${w.name}` },
      candidates: TRIO_SEATS.flatMap(({ seat }) => w.trio[seat] ?? []),
      need: 'all',
    });
  }
  const roles = new Set(out.map((m) => m.id));
  for (const block of plan.agenda) {
    for (const role of block.presenters.roles) {
      // The top-management roles are covered by their own must-have.
      const id = TOP.includes(role) ? 'topManagement' : role;
      if (roles.has(id)) continue;
      roles.add(id);
      out.push({ id, label: ROLE_LABELS[role], candidates: holders(plan, [role]), need: 'any' });
    }
    for (const person of block.presenters.people) {
      const id = `person:${key(person)}`;
      if (roles.has(id)) continue;
      roles.add(id);
      out.push({
        id,
        label: { da: person.name, en: person.name },
        candidates: [person],
        need: 'all',
      });
    }
  }
  return out.filter((m) => m.candidates.length > 0);
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

const STATUS_WORDS: Readonly<Record<SlotStatus, Localized>> = {
  free: { da: 'ledig', en: 'free' },
  tentative: { da: 'foreløbigt optaget', en: 'tentatively booked' },
  busy: { da: 'optaget', en: 'busy' },
  oof: { da: 'fraværende', en: 'out of office' },
  outsideHours: { da: 'uden for arbejdstid', en: 'outside working hours' },
  unknown: { da: 'ukendt (kalenderen kan ikke læses)', en: 'unknown (calendar cannot be read)' },
};

function explain(
  uncovered: readonly UncoveredMustHave[],
  othersFree: number,
  others: number,
  unknown: readonly PersonRef[],
): Localized {
  const parts = { da: [] as string[], en: [] as string[] };
  if (uncovered.length === 0) {
    parts.da.push('Alle nødvendige roller kan komme.');
    parts.en.push('Every must-have role can come.');
  }
  for (const u of uncovered) {
    for (const locale of ['da', 'en'] as const) {
      const who = joinList(
        locale,
        u.blocked.map((b) => `${b.person.name} (${STATUS_WORDS[b.status][locale]})`),
      );
      parts[locale].push(
        locale === 'da'
          ? `${u.mustHave.label.da} mangler: ${who}.`
          : `${u.mustHave.label.en} is missing: ${who}.`,
      );
    }
  }
  parts.da.push(`${othersFree} af ${others} andre inviterede er ledige.`);
  parts.en.push(`${othersFree} of ${others} other invitees are free.`);
  if (unknown.length > 0) {
    // Named, up to a handful: the organiser may know who is outside the organisation.
    const shown = unknown.slice(0, UNKNOWN_NAMED).map((p) => p.name);
    const more = unknown.length - shown.length;
    const da = joinList('da', more > 0 ? [...shown, `${more} andre`] : shown);
    const en = joinList('en', more > 0 ? [...shown, `${more} others`] : shown);
    parts.da.push(`Ukendt, regnes ikke som ledig: ${da} (kalenderen kan ikke læses).`);
    parts.en.push(`Unknown, not counted as free: ${en} (calendar cannot be read).`);
  }
  return { da: parts.da.join(' '), en: parts.en.join(' ') };
}

function* dates(from: PlainDateString, to: PlainDateString): Generator<PlainDateString> {
  const day = new Date(`${from}T00:00:00Z`);
  const last = new Date(`${to}T00:00:00Z`).getTime();
  for (; day.getTime() <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    yield day.toISOString().slice(0, 10);
  }
}

/**
 * Candidate times for a plan, best first: every slot of the meeting's length inside the working
 * day on weekdays, ranked first by whether every must-have can come, then by how few must-haves
 * are left uncovered, then by how many other invitees are free, then by time. Someone whose
 * calendar cannot be read is unknown and never counts as free.
 */
export function rankSlots(
  plan: MeetingPlan,
  availability: readonly Availability[],
  search: SlotSearch,
): RankedSlot[] {
  if (!isPlainDate(search.from) || !isPlainDate(search.to) || search.stepMinutes < 5) return [];
  const calendars = new Map<string, Calendar>(
    availability.map((a) => [
      a.email.trim().toLowerCase(),
      {
        known: a.known,
        busy: a.busy
          .map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end), status: b.status }))
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
  const others = [...othersByKey.values()];
  const everyone = new Map<string, PersonRef>([
    ...mustHaves.flatMap((m) => m.candidates.map((c) => [key(c), c] as const)),
    ...othersByKey,
  ]);
  const unknown = [...everyone.values()].filter((p) => !calendars.get(key(p))?.known);

  const length = new DayClock(plan.date).minutesBetween(plan.start, plan.end);
  const slots: RankedSlot[] = [];
  for (const date of dates(search.from, search.to)) {
    const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '';
    if (weekday === 'saturday' || weekday === 'sunday') continue;
    const clock = new DayClock(date);
    const first = clock.elapsed(search.dayStart);
    const last = clock.elapsed(search.dayEnd);
    for (let at = first; at + length <= last; at += search.stepMinutes) {
      const start = clock.wall(at);
      const end = clock.wall(at + length);
      if (!start || !end) continue;
      const startInstant = clock.instant(start);
      const s = Date.parse(startInstant);
      const e = s + length * 60_000;
      const wallStart = wallMinutes(start);
      const wallEnd = wallMinutes(end);
      const seen = new Map<string, SlotStatus>();
      const status = (p: PersonRef) => {
        const k = key(p);
        let found = seen.get(k);
        if (found === undefined) {
          found = statusIn(calendars.get(k), s, e, weekday, wallStart, wallEnd);
          seen.set(k, found);
        }
        return found;
      };
      const uncovered: UncoveredMustHave[] = [];
      for (const m of mustHaves) {
        const statuses = m.candidates.map((person) => ({ person, status: status(person) }));
        const covered =
          m.need === 'any'
            ? statuses.some((x) => x.status === 'free')
            : statuses.every((x) => x.status === 'free');
        if (!covered) {
          uncovered.push({ mustHave: m, blocked: statuses.filter((x) => x.status !== 'free') });
        }
      }
      const othersFree = others.filter((p) => status(p) === 'free').length;
      slots.push({
        date,
        start,
        end,
        startInstant,
        endInstant: new Date(e).toISOString(),
        allMustHavesFree: uncovered.length === 0,
        uncovered,
        othersFree,
        others: others.length,
        unknown,
        explanation: explain(uncovered, othersFree, others.length, unknown),
      });
    }
  }
  return slots.sort(
    (a, b) =>
      Number(b.allMustHavesFree) - Number(a.allMustHavesFree) ||
      a.uncovered.length - b.uncovered.length ||
      b.othersFree - a.othersFree ||
      Date.parse(a.startInstant) - Date.parse(b.startInstant),
  );
}

/** The people whose free/busy a plan's search reads: must-haves and every other invitee. */
export function peopleToCheck(plan: MeetingPlan): string[] {
  const emails = [
    ...mustHavesOf(plan).flatMap((m) => m.candidates.map(key)),
    ...plan.invitees.map(key),
  ];
  return [...new Set(emails)];
}

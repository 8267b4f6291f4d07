import { DayClock } from './dayClock';
import type { MeetingProgramme, ProgrammeItem } from './meetingProgramme';
import { MIDNIGHT } from './wallTime';

const MINUTE_MS = 60_000;

/**
 * Where the room is, when someone following the meeting says so: the item it moved on to, and
 * when (epoch milliseconds). Kept by that person's own client only; nobody else sees it.
 */
export interface RoomMark {
  readonly itemId: string;
  readonly sinceMs: number;
}

/** An item's place in the programme now. */
export type LiveItemState = 'past' | 'current' | 'next' | 'later';

/** One item of the programme with its place now. */
export interface LiveItem {
  readonly item: ProgrammeItem;
  readonly state: LiveItemState;
}

/** The programme at one instant: what is on, what comes next, and how the room keeps time. */
export interface LiveProgramme {
  /** Before the first item starts, while the meeting runs, after the last item ends. */
  readonly phase: 'before' | 'during' | 'after';
  /** The item on now, with the milliseconds left in it (negative when the room overruns it). */
  readonly current?: { readonly item: ProgrammeItem; readonly msLeft: number } | undefined;
  /** The item after it, and the milliseconds until it starts. */
  readonly next?: { readonly item: ProgrammeItem; readonly msUntil: number } | undefined;
  /** Milliseconds until the first item starts (0 once it has). */
  readonly msToStart: number;
  /**
   * How far the room is behind the plan, in minutes (negative: ahead). Zero while the panel
   * follows the plan's clock; a room mark sets it.
   */
  readonly minutesBehind: number;
  /** Whether this follows the plan's times or where the room was said to be. */
  readonly following: 'plan' | 'room';
  readonly items: readonly LiveItem[];
}

/** Each programme's instants, worked out once: the panel asks every second. */
const timedCache = new WeakMap<MeetingProgramme, readonly Timed[]>();

interface Timed {
  readonly item: ProgrammeItem;
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Each item's real start and end as instants: wall times on the programme's date in Copenhagen,
 * through the day's clock, so an item keeps its real length on the days the clocks change.
 */
function timedItems(programme: MeetingProgramme): readonly Timed[] {
  const known = timedCache.get(programme);
  if (known) return known;
  const clock = new DayClock(programme.date);
  const midnightMs = Date.parse(clock.instant(MIDNIGHT));
  const timed = programme.items
    .map((item) => ({
      item,
      startMs: midnightMs + clock.elapsed(item.start) * MINUTE_MS,
      endMs: midnightMs + clock.elapsed(item.end) * MINUTE_MS,
    }))
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  timedCache.set(programme, timed);
  return timed;
}

function withStates(timed: readonly Timed[], current: number, next: number): LiveItem[] {
  return timed.map((t, i) => ({
    item: t.item,
    state: i === current ? 'current' : i === next ? 'next' : i < current ? 'past' : 'later',
  }));
}

/** The programme as the plan's clock has it at `nowMs`. */
function byPlan(timed: readonly Timed[], nowMs: number): LiveProgramme {
  const first = timed[0];
  const lastEnd = Math.max(...timed.map((t) => t.endMs));
  // The latest-starting item on now, if items overlap.
  let current = -1;
  timed.forEach((t, i) => {
    if (t.startMs <= nowMs && nowMs < t.endMs) current = i;
  });
  const next =
    current >= 0
      ? current + 1 < timed.length
        ? current + 1
        : -1
      : timed.findIndex((t) => t.startMs > nowMs);
  const items = timed.map((t, i): LiveItem => {
    if (i === current) return { item: t.item, state: 'current' };
    if (i === next) return { item: t.item, state: 'next' };
    return { item: t.item, state: t.endMs <= nowMs ? 'past' : 'later' };
  });
  const cur = timed[current];
  const nxt = timed[next];
  return {
    phase: !first || nowMs < first.startMs ? 'before' : nowMs >= lastEnd ? 'after' : 'during',
    current: cur ? { item: cur.item, msLeft: cur.endMs - nowMs } : undefined,
    next: nxt ? { item: nxt.item, msUntil: Math.max(0, nxt.startMs - nowMs) } : undefined,
    msToStart: first ? Math.max(0, first.startMs - nowMs) : 0,
    minutesBehind: 0,
    following: 'plan',
    items,
  };
}

/**
 * The live programme at `nowMs` (epoch milliseconds from the device's clock): the item on now
 * and the minutes left in it, the next item, how far the room is behind or ahead, and every item
 * marked past, current, next or later. Without a room mark it follows the plan's clock; with one,
 * the room is on the marked item since the mark, and is behind by as much as that item will end
 * (or, overrunning, has ended) after its planned end.
 */
export function liveProgrammeAt(
  programme: MeetingProgramme,
  nowMs: number,
  room?: RoomMark,
): LiveProgramme {
  const timed = timedItems(programme);
  const at = room ? timed.findIndex((t) => t.item.id === room.itemId) : -1;
  const marked = timed[at];
  if (!room || !marked) return byPlan(timed, nowMs);
  const length = marked.endMs - marked.startMs;
  const msLeft = room.sinceMs + length - nowMs;
  const expectedEnd = Math.max(room.sinceMs + length, nowMs);
  const next = timed[at + 1];
  const first = timed[0] as Timed;
  return {
    phase: 'during',
    current: { item: marked.item, msLeft },
    next: next ? { item: next.item, msUntil: Math.max(0, msLeft) } : undefined,
    msToStart: Math.max(0, first.startMs - nowMs),
    minutesBehind: Math.round((expectedEnd - marked.endMs) / MINUTE_MS),
    following: 'room',
    items: withStates(timed, at, next ? at + 1 : -1),
  };
}

/**
 * The room moved on at `nowMs`: the mark for the item after the one on now (the first item,
 * before the meeting starts), or undefined when nothing comes after it.
 */
export function roomMovedOn(live: LiveProgramme, nowMs: number): RoomMark | undefined {
  const target = live.next?.item ?? (live.phase === 'before' ? live.items[0]?.item : undefined);
  return target ? { itemId: target.id, sinceMs: nowMs } : undefined;
}

/**
 * Whole minutes as a person reads a countdown, rounded up: 9 min 30 s left is "10 min", and a
 * block overrun by 30 s is "1 min" over.
 */
export function wholeMinutes(ms: number): number {
  return Math.ceil(Math.abs(ms) / MINUTE_MS);
}

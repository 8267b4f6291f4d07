import { isPlainDate } from './calendarDates';
import { copenhagenDay, copenhagenIsoString } from './copenhagenTime';
import type { PlainDateString, WallTime } from './plan';

/** The only time zone network meetings are planned in. */
export const MEETING_TIME_ZONE = 'Europe/Copenhagen';

const MINUTES_PER_DAY = 24 * 60;
const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export { isPlainDate };

/** True for `HH:MM` on the 24-hour clock. */
export function isWallTime(value: string): value is WallTime {
  return WALL_TIME.test(value);
}

/** Minutes since midnight on the wall clock for `HH:MM`. */
export function wallMinutes(time: WallTime): number {
  const match = WALL_TIME.exec(time);
  if (!match) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:MM` for minutes since midnight on the wall clock (0 ≤ minutes < 1440). */
export function wallTimeOf(minutes: number): WallTime {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` as WallTime;
}

/**
 * Converts between wall-clock times and real elapsed minutes on one date in Copenhagen.
 *
 * Agenda arithmetic runs in elapsed minutes so that a block keeps its real length on the days
 * the clocks change. The day's clock change comes from the EU rule (`copenhagenDay`), worked out
 * once per day; the conversions after that are plain arithmetic because validating a plan of ten
 * thousand invitees must stay within milliseconds.
 */
export class DayClock {
  /** Elapsed minutes from midnight at which the clocks change, if they change this day. */
  private readonly transitionAt: number | undefined;
  /** How far the clocks jump at the transition, in minutes (+60 in March, −60 in October). */
  private readonly jump: number;
  /** Real length of the day in minutes: 1380, 1440 or 1500. */
  readonly minutesInDay: number;
  /** Midnight at the start of the day, as an instant. */
  private readonly midnight: number;

  constructor(readonly date: PlainDateString) {
    const day = copenhagenDay(date);
    this.midnight = day.midnight;
    this.minutesInDay = day.minutesInDay;
    this.transitionAt = day.transitionAt;
    this.jump = day.jump;
  }

  /**
   * Elapsed minutes since midnight for a wall time. A time the spring change skips is moved
   * forward by the jump (02.30 becomes 03.30); a time the autumn change repeats counts as its
   * first occurrence. Both are Temporal's "compatible" choice.
   */
  elapsed(time: WallTime): number {
    const wall = wallMinutes(time);
    if (this.transitionAt === undefined) return wall;
    // Before the change, and inside a skipped hour (read with the old offset), wall = elapsed.
    if (wall < this.transitionAt + Math.max(this.jump, 0)) return wall;
    return wall - this.jump;
  }

  /** Wall time for elapsed minutes since midnight, or undefined if that is not on this date. */
  wall(elapsed: number): WallTime | undefined {
    if (!Number.isInteger(elapsed) || elapsed < 0 || elapsed >= this.minutesInDay) return undefined;
    if (this.transitionAt === undefined || elapsed < this.transitionAt) return wallTimeOf(elapsed);
    return wallTimeOf(elapsed + this.jump);
  }

  /** Real minutes from one wall time to another on this date (negative if `to` is earlier). */
  minutesBetween(from: WallTime, to: WallTime): number {
    return this.elapsed(to) - this.elapsed(from);
  }

  /** The exact instant of a wall time on this date, as an ISO string with its UTC offset. */
  instant(time: WallTime): string {
    return copenhagenIsoString(this.midnight + this.elapsed(time) * 60_000);
  }
}

/** Minutes in a full day on the wall clock; agenda times must stay below it. */
export const WALL_MINUTES_PER_DAY = MINUTES_PER_DAY;

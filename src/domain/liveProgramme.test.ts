import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallMinutes, wallTimeOf } from './dayClock';
import { liveProgrammeAt, roomMovedOn, wholeMinutes } from './liveProgramme';
import type { MeetingProgramme } from './meetingProgramme';
import { sameInBoth } from './localized';
import type { PlainDateString } from './plan';
import { FIRST_PROGRAMME, SECOND_PROGRAMME } from './programmes';
import { plainDate, wallTime } from './wallTime';

// The oracle: Copenhagen's wall clock as the browser's own time-zone data (ICU) has it, which
// shares nothing with the DayClock under test.
const COPENHAGEN = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallAt(ms: number): { date: string; time: string } {
  const parts = Object.fromEntries(COPENHAGEN.formatToParts(ms).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** The instant of a wall time on a date in Copenhagen, found by trying its two offsets. */
function instantOf(date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  for (const offsetHours of [1, 2]) {
    const ms = Date.UTC(y, m - 1, d, h - offsetHours, mi);
    const w = wallAt(ms);
    if (w.date === date && w.time === time) return ms;
  }
  throw new Error(`${date} ${time} does not exist in Copenhagen`);
}

/** A guide's programme moved to start at `start` on `date`. */
function programmeOn(
  date: PlainDateString,
  start: number,
  template = FIRST_PROGRAMME,
): MeetingProgramme {
  const shift = start - wallMinutes(template.start);
  return {
    date,
    title: template.title,
    items: template.blocks.map((b) => ({
      id: b.key,
      start: wallTimeOf(wallMinutes(b.start) + shift),
      end: wallTimeOf(wallMinutes(b.end) + shift),
      title: b.title,
      presenters: sameInBoth(''),
    })),
  };
}

const SPRING = plainDate('2027-03-28');
const AUTUMN = plainDate('2027-10-31');

const dateArb = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2045-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => plainDate(d.toISOString().slice(0, 10)));
// Every clock-change day from 2024 to 2030, and the days either side of two of them.
const changeDayArb = fc.constantFrom(
  ...[
    '2024-03-31',
    '2024-10-27',
    '2025-03-30',
    '2025-10-26',
    '2026-03-29',
    '2026-10-25',
    '2027-03-27',
    '2027-03-28',
    '2027-03-29',
    '2027-10-30',
    '2027-10-31',
    '2027-11-01',
    '2028-03-26',
    '2028-10-29',
    '2029-03-25',
    '2029-10-28',
    '2030-03-31',
    '2030-10-27',
  ].map(plainDate),
);

describe('the live programme', () => {
  it('is right against the plan at every minute of a 3-hour meeting, on any day, clock-change days included', () => {
    fc.assert(
      fc.property(
        fc.oneof(dateArb, changeDayArb),
        // A meeting between 06.00 and 18.00 (the frame is 3 hours), either programme.
        fc.integer({ min: 6 * 60, max: 18 * 60 }),
        fc.constantFrom(FIRST_PROGRAMME, SECOND_PROGRAMME),
        (date, start, template) => {
          const programme = programmeOn(date, start, template);
          const at = new Map(
            programme.items.map((i) => [i.id, [instantOf(date, i.start), instantOf(date, i.end)]]),
          );
          const first = programme.items[0] as (typeof programme.items)[number];
          const begin = instantOf(date, first.start);
          // From half an hour before to half an hour after, minute by minute, 30 s into each.
          for (let minute = -30; minute < 210; minute++) {
            const now = begin + minute * 60_000 + 30_000;
            const wall = wallAt(now);
            const live = liveProgrammeAt(programme, now);
            const onNow = programme.items.filter(
              (i) => wall.date === date && i.start <= wall.time && wall.time < i.end,
            );
            const current = onNow.at(-1);
            expect(live.current?.item.id).toBe(current?.id);
            if (live.current) {
              const [, end] = at.get(live.current.item.id) as [number, number];
              expect(live.current.msLeft).toBe(end - now);
            }
            const expectedNext = current
              ? programme.items[programme.items.indexOf(current) + 1]
              : programme.items.find((i) => (at.get(i.id) as [number, number])[0] > now);
            expect(live.next?.item.id).toBe(expectedNext?.id);
            for (const { item, state } of live.items) {
              const [itemStart, itemEnd] = at.get(item.id) as [number, number];
              if (state === 'past') expect(itemEnd <= now).toBe(true);
              if (state === 'later') expect(itemStart > now || itemEnd > now).toBe(true);
            }
            expect(live.minutesBehind).toBe(0);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 30_000);

  it('keeps a block its real length across the night the clocks change', () => {
    // An (unlikely) night meeting across the change: 01.30–03.30 is one real hour in spring,
    // three in autumn.
    const night = (date: PlainDateString): MeetingProgramme => ({
      date,
      title: sameInBoth('Nat'),
      items: [
        {
          id: 'a',
          start: wallTime('01:30'),
          end: wallTime('03:30'),
          title: sameInBoth('A'),
          presenters: sameInBoth(''),
        },
        {
          id: 'b',
          start: wallTime('03:30'),
          end: wallTime('04:00'),
          title: sameInBoth('B'),
          presenters: sameInBoth(''),
        },
      ],
    });
    const springStart = Date.parse('2027-03-28T00:30:00Z'); // 01.30 CET
    expect(liveProgrammeAt(night(SPRING), springStart).current).toEqual({
      item: expect.objectContaining({ id: 'a' }),
      msLeft: 60 * 60_000,
    });
    // 03.30 CEST is 01.30Z: the next block is on.
    expect(
      liveProgrammeAt(night(SPRING), Date.parse('2027-03-28T01:30:00Z')).current?.item.id,
    ).toBe('b');
    const autumnStart = Date.parse('2027-10-30T23:30:00Z'); // 01.30 CEST
    expect(liveProgrammeAt(night(AUTUMN), autumnStart).current?.msLeft).toBe(3 * 60 * 60_000);
  });

  it('reads the day the clocks change with the right offset: 11.00 is 09.00 UTC in spring, 10.00 in autumn', () => {
    const spring = programmeOn(SPRING, 11 * 60);
    expect(liveProgrammeAt(spring, Date.parse('2027-03-28T09:00:00Z')).current?.item.id).toBe(
      'welcome',
    );
    expect(liveProgrammeAt(spring, Date.parse('2027-03-28T08:59:00Z')).phase).toBe('before');
    const autumn = programmeOn(AUTUMN, 11 * 60);
    expect(liveProgrammeAt(autumn, Date.parse('2027-10-31T09:30:00Z')).phase).toBe('before');
    expect(liveProgrammeAt(autumn, Date.parse('2027-10-31T10:00:00Z')).current?.item.id).toBe(
      'welcome',
    );
  });

  it('says before, during and after, and how long until the start', () => {
    const programme = programmeOn(plainDate('2027-04-22'), 11 * 60);
    const eleven = Date.parse('2027-04-22T09:00:00Z');
    const before = liveProgrammeAt(programme, eleven - 5 * 60_000);
    expect(before).toMatchObject({ phase: 'before', msToStart: 5 * 60_000, current: undefined });
    expect(before.next?.item.id).toBe('welcome');
    expect(before.items.map((i) => i.state).slice(0, 2)).toEqual(['next', 'later']);
    const after = liveProgrammeAt(programme, eleven + 3 * 60 * 60_000);
    expect(after.phase).toBe('after');
    expect(after.items.every((i) => i.state === 'past')).toBe(true);
  });

  it('follows the room once someone says it moved on: behind when it overruns, ahead when it is early', () => {
    const programme = programmeOn(plainDate('2027-04-22'), 11 * 60);
    const eleven = Date.parse('2027-04-22T09:00:00Z');
    // Welcome is 11.00–11.10; the room is still on it at 11.14 and moves on to the living
    // statement (11.10–11.20) then.
    const mark = {
      itemId: FIRST_PROGRAMME.blocks[1]?.key as string,
      sinceMs: eleven + 14 * 60_000,
    };
    const behind = liveProgrammeAt(programme, eleven + 15 * 60_000, mark);
    expect(behind).toMatchObject({ following: 'room', minutesBehind: 4 });
    expect(behind.current?.item.id).toBe(mark.itemId);
    expect(behind.current?.msLeft).toBe(9 * 60_000);
    expect(behind.items[0]?.state).toBe('past');
    // Still on it at 11.30, six minutes after it should have ended: ten minutes behind.
    expect(liveProgrammeAt(programme, eleven + 30 * 60_000, mark).minutesBehind).toBe(10);
    // Moved on at 11.08, two minutes early: ahead.
    const early = { itemId: mark.itemId, sinceMs: eleven + 8 * 60_000 };
    expect(liveProgrammeAt(programme, eleven + 9 * 60_000, early).minutesBehind).toBe(-2);
  });

  it('moves the room on to the item after the one on now, or to the first before the start', () => {
    const programme = programmeOn(plainDate('2027-04-22'), 11 * 60);
    const eleven = Date.parse('2027-04-22T09:00:00Z');
    const during = liveProgrammeAt(programme, eleven + 5 * 60_000);
    expect(roomMovedOn(during, eleven + 5 * 60_000)).toEqual({
      itemId: FIRST_PROGRAMME.blocks[1]?.key,
      sinceMs: eleven + 5 * 60_000,
    });
    const before = liveProgrammeAt(programme, eleven - 60_000);
    expect(roomMovedOn(before, eleven - 60_000)?.itemId).toBe('welcome');
    // A mark for an item the plan no longer has is let go: the plan's clock again.
    expect(liveProgrammeAt(programme, eleven, { itemId: 'gone', sinceMs: eleven }).following).toBe(
      'plan',
    );
  });

  it('rounds a countdown up to whole minutes', () => {
    expect(wholeMinutes(9 * 60_000 + 30_000)).toBe(10);
    expect(wholeMinutes(10 * 60_000)).toBe(10);
    expect(wholeMinutes(-30_000)).toBe(1);
  });
});

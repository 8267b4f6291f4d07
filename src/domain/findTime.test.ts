import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Availability, BusyInterval } from './freeBusy';
import { isClosedForMeetings } from './danishHolidays';
import {
  DEFAULT_SLOT_SEARCH,
  mustHavesOf,
  peopleToCheck,
  type RankedSlot,
  rankSlots,
  type SlotNote,
  type SlotSearch,
} from './findTime';
import type { MeetingPlan } from './plan';
import { SECOND_PROGRAMME } from './programmes';
import { aCoveredPlan } from './testBuilders.testSupport';
import { plainDate, wallTime } from './wallTime';

const plan = aCoveredPlan({ workplaces: 2 });
/** Monday 12 and Tuesday 13 April 2027, every slot a day may give. */
const TWO_DAYS: SlotSearch = {
  ...DEFAULT_SLOT_SEARCH,
  from: plainDate('2027-04-12'),
  to: plainDate('2027-04-13'),
};

function person(p: MeetingPlan, name: string) {
  const found = p.invitees.find((i) => i.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

/** Everyone free, unless a calendar is given for them. */
function calendars(
  p: MeetingPlan,
  special: Readonly<Record<string, Partial<Availability>>> = {},
): Availability[] {
  return peopleToCheck(p).map((email) => ({ email, known: true, busy: [], ...special[email] }));
}

function busy(start: string, end: string, status: BusyInterval['status'] = 'busy') {
  return { start, end, status };
}

function perDay(slots: readonly RankedSlot[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const s of slots) days.set(s.date, (days.get(s.date) ?? 0) + 1);
  return days;
}

function note<C extends SlotNote['code']>(s: RankedSlot | undefined, code: C) {
  return s?.notes.filter((n): n is Extract<SlotNote, { code: C }> => n.code === code) ?? [];
}

const vice = person(plan, 'Niels Næstformand');

describe('finding a time the roles can come', () => {
  it('reads the must-haves from the plan: chairs, top management, whole TRIOs, presenters', () => {
    const must = mustHavesOf(plan);
    expect(must.map((m) => m.id).slice(0, 3)).toEqual([
      'medChair',
      'medViceChair',
      'topManagement',
    ]);
    const trios = must.filter((m) => m.subject.kind === 'trio');
    expect(trios).toHaveLength(2);
    expect(trios[0]?.need).toBe('all');
    expect(must[1]?.subject).toEqual({ kind: 'role', role: 'medViceChair' });
  });

  it('offers the programme’s own start, one slot a day, when everyone is free', () => {
    const slots = rankSlots(plan, calendars(plan), TWO_DAYS);
    expect(slots.map((s) => `${s.date} ${s.start}–${s.end}`)).toEqual([
      '2027-04-12 11:00–14:00',
      '2027-04-13 11:00–14:00',
    ]);
    expect(slots.every((s) => s.atProgrammeStart && s.allMustHavesFree)).toBe(true);
    const second = aCoveredPlan({ programme: SECOND_PROGRAMME, workplaces: 2 });
    expect(rankSlots(second, calendars(second), TWO_DAYS).map((s) => s.start)).toEqual([
      '12:30',
      '12:30',
    ]);
  });

  it('moves off the programme’s start only for a must-have, and names who cannot come at it', () => {
    const slots = rankSlots(
      plan,
      calendars(plan, {
        // Monday 10.00–12.00 in Copenhagen (summer time, UTC+2).
        [vice.email]: { busy: [busy('2027-04-12T08:00:00Z', '2027-04-12T10:00:00Z')] },
      }),
      { ...TWO_DAYS, perDay: 1 },
    );
    const monday = slots.find((s) => s.date === '2027-04-12');
    expect(monday?.allMustHavesFree).toBe(true);
    expect(monday?.start).toBe('12:00');
    expect(monday?.atProgrammeStart).toBe(false);
    // Tuesday keeps the programme's 11.00 and ranks above Monday's moved start.
    expect(slots.map((s) => s.date)).toEqual(['2027-04-13', '2027-04-12']);
  });

  it('ranks a slot where the vice-chair is busy below every slot with all roles free, naming them', () => {
    const allDay = busy('2027-04-12T06:00:00Z', '2027-04-12T14:00:00Z');
    const slots = rankSlots(plan, calendars(plan, { [vice.email]: { busy: [allDay] } }), TWO_DAYS);
    expect(slots.map((s) => [s.date, s.allMustHavesFree])).toEqual([
      ['2027-04-13', true],
      ['2027-04-12', false],
    ]);
    const missing = note(slots[1], 'mustHaveBusy');
    expect(missing.map((n) => n.mustHave.id)).toEqual(['medViceChair']);
    expect(missing[0]?.people).toEqual([
      { person: vice, roles: ['medViceChair', 'tr'], status: 'busy' },
    ]);
    // Named once: not again among the others who cannot come.
    expect(note(slots[1], 'othersBusy')).toEqual([]);
    expect(note(slots[0], 'allMustHavesFree')).toHaveLength(1);
  });

  it('names everyone who cannot come by role, must-have roles first, and who is unknown', () => {
    const director = person(plan, 'Dorte Direktør');
    const member = person(plan, 'Mads Medlem');
    const manager = person(plan, 'Mette Mellemleder');
    const tuesday = busy('2027-04-13T06:00:00Z', '2027-04-13T14:00:00Z', 'tentative');
    const [slot] = rankSlots(
      plan,
      calendars(plan, {
        [member.email]: { busy: [tuesday] },
        [director.email]: { busy: [{ ...tuesday, status: 'oof' }] },
        [manager.email]: { known: false },
      }),
      { ...TWO_DAYS, from: plainDate('2027-04-13') },
    );
    // Top management is covered by the department director; the director is still named.
    expect(slot?.allMustHavesFree).toBe(true);
    expect(
      note(slot, 'othersBusy').map((n) => [n.role, n.people.map((p) => p.person.name)]),
    ).toEqual([
      ['director', ['Dorte Direktør']],
      ['medMember', ['Mads Medlem']],
    ]);
    expect(note(slot, 'othersBusy')[1]?.people[0]?.status).toBe('tentative');
    expect(note(slot, 'unknown')).toEqual([{ code: 'unknown', people: [manager] }]);
    expect(slot?.notes.map((n) => n.code)).toEqual([
      'allMustHavesFree',
      'othersBusy',
      'othersBusy',
      'othersFree',
      'unknown',
    ]);
  });

  it('never counts an unreadable calendar as free', () => {
    const slots = rankSlots(plan, calendars(plan, { [vice.email]: { known: false } }), TWO_DAYS);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => !s.allMustHavesFree)).toBe(true);
    expect(slots[0]?.unknown.map((p) => p.email)).toEqual([vice.email]);
    expect(note(slots[0], 'mustHaveBusy')[0]?.people[0]?.status).toBe('unknown');
  });

  it('counts other invitees only when free, and offers a second slot a day only if more can come', () => {
    const member = person(plan, 'Mads Medlem');
    const slots = rankSlots(
      plan,
      calendars(plan, {
        // Tuesday 11.00–16.00: only 08.00 suits the member; the programme's 11.00 stays first.
        [member.email]: { busy: [busy('2027-04-13T09:00:00Z', '2027-04-13T14:00:00Z')] },
      }),
      TWO_DAYS,
    );
    const others = slots[0]?.others ?? 0;
    const tuesday = slots.filter((s) => s.date === '2027-04-13');
    expect(tuesday.map((s) => [s.start, s.othersFree])).toEqual([
      ['11:00', others - 1],
      ['08:00', others],
    ]);
    expect(perDay(slots).get('2027-04-12')).toBe(1);
    expect(rankSlots(plan, calendars(plan), { ...TWO_DAYS, perDay: 1 })).toHaveLength(2);
  });

  it('does not hold a booked meeting’s own time against its attendees when moving it', () => {
    // The booked meeting, Monday 11.00–14.00, in the vice-chair's calendar.
    const own = busy('2027-04-12T09:00:00Z', '2027-04-12T12:00:00Z');
    const cal = calendars(plan, {
      [vice.email]: { busy: [own, busy('2027-04-13T09:00:00Z', '2027-04-13T12:00:00Z')] },
    });
    const moving = {
      startInstant: '2027-04-12T11:00:00+02:00',
      endInstant: '2027-04-12T14:00:00+02:00',
    };
    const slots = rankSlots(plan, cal, { ...TWO_DAYS, perDay: 1, moving });
    expect(slots.map((s) => [s.date, s.start])).toEqual([
      ['2027-04-12', '11:00'],
      ['2027-04-13', '08:00'],
    ]);
    expect(rankSlots(plan, cal, { ...TWO_DAYS, perDay: 1 }).map((s) => s.start)).toEqual([
      '08:00',
      '08:00',
    ]);
  });

  it('treats time outside a must-have’s working hours as not free', () => {
    const chair = person(plan, 'Freja Formand');
    const slots = rankSlots(
      plan,
      calendars(plan, {
        [chair.email]: {
          workingHours: {
            days: ['monday', 'tuesday'],
            start: wallTime('08:00'),
            end: wallTime('13:00'),
          },
        },
      }),
      { ...TWO_DAYS, perDay: 1 },
    );
    expect(slots.map((s) => s.start)).toEqual(['10:00', '10:00']);
    const late = rankSlots(
      plan,
      calendars(plan, {
        [chair.email]: {
          workingHours: { days: ['monday'], start: wallTime('08:00'), end: wallTime('16:00') },
        },
      }),
      { ...TWO_DAYS, from: plainDate('2027-04-13') },
    );
    expect(late[0]?.uncovered[0]?.blocked).toEqual([
      { person: chair, roles: ['medChair'], status: 'outsideHours' },
    ]);
  });

  it('keeps Copenhagen wall time across the autumn clock change', () => {
    const slots = rankSlots(plan, calendars(plan), {
      ...TWO_DAYS,
      from: plainDate('2027-10-29'),
      to: plainDate('2027-11-01'),
    });
    expect(slots.map((s) => s.startInstant)).toEqual([
      '2027-10-29T11:00:00+02:00',
      '2027-11-01T11:00:00+01:00',
    ]);
  });

  it('skips Danish holidays and the days from Christmas Eve to New Year’s Day', () => {
    const easter = rankSlots(plan, calendars(plan), {
      ...TWO_DAYS,
      from: plainDate('2027-03-22'),
      to: plainDate('2027-04-02'),
      limit: 20,
    });
    expect(easter.map((s) => s.date).sort()).toEqual([
      '2027-03-22',
      '2027-03-23',
      '2027-03-24',
      '2027-03-30',
      '2027-03-31',
      '2027-04-01',
      '2027-04-02',
    ]);
    const christmas = rankSlots(plan, calendars(plan), {
      ...TWO_DAYS,
      from: plainDate('2027-12-20'),
      to: plainDate('2028-01-07'),
      limit: 20,
    });
    expect(christmas.map((s) => s.date).sort()).toEqual([
      '2027-12-20',
      '2027-12-21',
      '2027-12-22',
      '2027-12-23',
      '2028-01-03',
      '2028-01-04',
      '2028-01-05',
      '2028-01-06',
      '2028-01-07',
    ]);
  });

  it('spreads the slots it offers over every week searched', () => {
    const from = plainDate('2027-08-30');
    const slots = rankSlots(plan, calendars(plan), {
      ...DEFAULT_SLOT_SEARCH,
      from,
      to: plainDate('2027-10-10'),
    });
    expect(slots).toHaveLength(8);
    const weeks = new Set(
      slots.map((s) => Math.floor((Date.parse(s.date) - Date.parse(from)) / 6048e5)),
    );
    expect([...weeks].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    // Equally good slots read in date order.
    expect(slots.map((s) => s.date)).toEqual([...slots.map((s) => s.date)].sort());
  });

  it('whatever the calendars: all-free slots first, at most two a day, apart, none on a closed day', () => {
    const people = peopleToCheck(plan);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            who: fc.integer({ min: 0, max: people.length - 1 }),
            hour: fc.integer({ min: 5, max: 14 }),
            length: fc.integer({ min: 1, max: 4 }),
            day: fc.integer({ min: 1, max: 28 }),
            known: fc.boolean(),
          }),
          { maxLength: 20 },
        ),
        (entries) => {
          const special: Record<string, Partial<Availability>> = {};
          for (const e of entries) {
            const email = people[e.who] as string;
            const d = `2027-05-${String(e.day).padStart(2, '0')}`;
            const start = `${d}T${String(e.hour).padStart(2, '0')}:00:00Z`;
            const end = `${d}T${String(e.hour + e.length).padStart(2, '0')}:00:00Z`;
            const was = special[email]?.busy ?? [];
            special[email] = { known: e.known, busy: [...was, busy(start, end)] };
          }
          const slots = rankSlots(plan, calendars(plan, special), {
            ...DEFAULT_SLOT_SEARCH,
            from: plainDate('2027-05-01'),
            to: plainDate('2027-05-28'),
          });
          expect(slots.length).toBeLessThanOrEqual(8);
          const flags = slots.map((s) => s.allMustHavesFree);
          if (flags.includes(false) && flags.includes(true)) {
            expect(flags.lastIndexOf(true)).toBeLessThan(flags.indexOf(false));
          }
          expect([...perDay(slots).values()].every((n) => n <= 2)).toBe(true);
          expect(slots.some((s) => isClosedForMeetings(s.date))).toBe(false);
          for (const a of slots) {
            for (const b of slots) {
              if (a !== b && a.date === b.date) {
                expect(a.endInstant <= b.startInstant || b.endInstant <= a.startInstant).toBe(true);
              }
            }
          }
          // Every uncovered must-have names who cannot come.
          expect(slots.every((s) => s.uncovered.every((u) => u.blocked.length > 0))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

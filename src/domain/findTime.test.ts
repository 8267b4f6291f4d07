import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Availability, BusyInterval } from './booking';
import { mustHavesOf, peopleToCheck, rankSlots, type SlotSearch } from './findTime';
import type { MeetingPlan } from './plan';
import { aCoveredPlan } from './testBuilders';

const plan = aCoveredPlan({ workplaces: 2 });
const TWO_DAYS: SlotSearch = {
  from: '2027-04-12',
  to: '2027-04-13',
  dayStart: '08:00',
  dayEnd: '16:00',
  stepMinutes: 30,
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
  return peopleToCheck(p).map((email) => ({
    email,
    known: true,
    busy: [],
    ...special[email],
  }));
}

function busy(start: string, end: string, status: BusyInterval['status'] = 'busy') {
  return { start, end, status };
}

const vice = person(plan, 'Niels Næstformand');

describe('finding a time the roles can come', () => {
  it('reads the must-haves from the plan: chairs, top management, whole TRIOs, presenters', () => {
    const ids = mustHavesOf(plan).map((m) => m.id);
    expect(ids.slice(0, 3)).toEqual(['medChair', 'medViceChair', 'topManagement']);
    expect(ids.filter((id) => id.startsWith('trio:'))).toHaveLength(2);
    expect(mustHavesOf(plan).find((m) => m.id.startsWith('trio:'))?.need).toBe('all');
  });

  it('ranks a slot where only the vice-chair is busy below every slot with all roles free', () => {
    const slots = rankSlots(
      plan,
      calendars(plan, {
        [vice.email]: { busy: [busy('2027-04-12T06:00:00Z', '2027-04-12T12:00:00Z')] },
      }),
      TWO_DAYS,
    );
    const viceBusy = slots.filter((s) => s.uncovered.some((u) => u.mustHave.id === 'medViceChair'));
    expect(viceBusy.length).toBeGreaterThan(0);
    const lastFree = slots.map((s) => s.allMustHavesFree).lastIndexOf(true);
    const firstViceBusy = slots.indexOf(viceBusy[0] as (typeof slots)[number]);
    expect(lastFree).toBeLessThan(firstViceBusy);
    expect(viceBusy[0]?.explanation.da).toContain(
      'MED-næstformand mangler: Niels Næstformand (optaget).',
    );
    expect(viceBusy[0]?.explanation.en).toContain(
      'MED vice-chair is missing: Niels Næstformand (busy).',
    );
    // Monday morning is taken by the vice-chair: Monday 08.00 is not among the free ones.
    expect(
      slots.some((s) => s.allMustHavesFree && s.date === '2027-04-12' && s.start === '08:00'),
    ).toBe(false);
  });

  it('never counts an unreadable calendar as free', () => {
    const slots = rankSlots(plan, calendars(plan, { [vice.email]: { known: false } }), TWO_DAYS);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => !s.allMustHavesFree)).toBe(true);
    expect(slots[0]?.unknown.map((p) => p.email)).toEqual([vice.email]);
    expect(slots[0]?.explanation.da).toContain(
      'Ukendt, regnes ikke som ledig: Niels Næstformand (kalenderen kan ikke læses).',
    );
  });

  it('counts other invitees only when free, and ranks more of them higher', () => {
    const member = person(plan, 'Mads Medlem');
    const slots = rankSlots(
      plan,
      calendars(plan, {
        [member.email]: {
          busy: [busy('2027-04-13T06:00:00Z', '2027-04-13T14:00:00Z', 'tentative')],
        },
      }),
      TWO_DAYS,
    );
    const others = slots[0]?.others ?? 0;
    expect(slots[0]?.othersFree).toBe(others);
    const tuesday = slots.filter((s) => s.date === '2027-04-13');
    expect(tuesday.every((s) => s.othersFree === others - 1)).toBe(true);
    expect(slots.findIndex((s) => s.date === '2027-04-13')).toBeGreaterThan(
      slots.filter((s) => s.date === '2027-04-12').length - 1,
    );
  });

  it('treats time outside a must-have’s working hours as not free', () => {
    const chair = person(plan, 'Freja Formand');
    const slots = rankSlots(
      plan,
      calendars(plan, {
        [chair.email]: {
          workingHours: { days: ['monday', 'tuesday'], start: '09:00', end: '15:00' },
        },
      }),
      TWO_DAYS,
    );
    const early = slots.find((s) => s.date === '2027-04-12' && s.start === '08:00');
    expect(early?.uncovered[0]?.blocked).toEqual([{ person: chair, status: 'outsideHours' }]);
    expect(slots.filter((s) => s.allMustHavesFree).map((s) => s.start)).toContain('09:00');
  });

  it('keeps Copenhagen wall time across the spring clock change', () => {
    const slots = rankSlots(
      plan,
      calendars(plan, {
        // 08.00–09.00 on Monday 29 March 2027 in Copenhagen, summer time (UTC+2).
        [vice.email]: { busy: [busy('2027-03-29T06:00:00Z', '2027-03-29T07:00:00Z')] },
      }),
      { ...TWO_DAYS, from: '2027-03-26', to: '2027-03-29' },
    );
    const at = (date: string, start: string) =>
      slots.find((s) => s.date === date && s.start === start);
    expect(at('2027-03-26', '08:00')?.startInstant).toBe('2027-03-26T08:00:00+01:00');
    expect(at('2027-03-29', '08:00')?.startInstant).toBe('2027-03-29T08:00:00+02:00');
    expect(at('2027-03-26', '08:00')?.allMustHavesFree).toBe(true);
    expect(at('2027-03-29', '08:00')?.allMustHavesFree).toBe(false);
    expect(at('2027-03-29', '09:00')?.allMustHavesFree).toBe(true);
    expect(slots.some((s) => s.date === '2027-03-27' || s.date === '2027-03-28')).toBe(false);
  });

  it('puts every all-free slot above every slot that misses a must-have, whatever the calendars', () => {
    const people = peopleToCheck(plan);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            who: fc.integer({ min: 0, max: people.length - 1 }),
            hour: fc.integer({ min: 5, max: 14 }),
            length: fc.integer({ min: 1, max: 4 }),
            day: fc.integer({ min: 12, max: 13 }),
            known: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        (entries) => {
          const special: Record<string, Partial<Availability>> = {};
          for (const e of entries) {
            const email = people[e.who] as string;
            const start = `2027-04-${e.day}T${String(e.hour).padStart(2, '0')}:00:00Z`;
            const end = `2027-04-${e.day}T${String(e.hour + e.length).padStart(2, '0')}:00:00Z`;
            const was = special[email]?.busy ?? [];
            special[email] = { known: e.known, busy: [...was, busy(start, end)] };
          }
          const slots = rankSlots(plan, calendars(plan, special), TWO_DAYS);
          const flags = slots.map((s) => s.allMustHavesFree);
          if (flags.includes(false) && flags.includes(true)) {
            expect(flags.lastIndexOf(true)).toBeLessThan(flags.indexOf(false));
          }
          // Every uncovered must-have names who cannot come, so the explanation is never empty.
          expect(slots.every((s) => s.uncovered.every((u) => u.blocked.length > 0))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

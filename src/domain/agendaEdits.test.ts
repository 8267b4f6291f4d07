import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AgendaEditResult,
  insertBlock,
  moveBlock,
  moveMeeting,
  removeBlock,
  setBlockLength,
  setBlockStart,
  updateBlock,
} from './agendaEdits';
import { DayClock } from './dayClock';
import { NO_PRESENTERS, type MeetingPlan, type WallTime } from './plan';
import { SECOND_PROGRAMME } from './programmes';
import { aCoveredPlan, TEST_CLOCK } from './testBuilders.testSupport';
import { validatePlan } from './validatePlan';
import { wallTime } from './wallTime';
import { plainDate } from './wallTime';

function ok(result: AgendaEditResult): MeetingPlan {
  if (!result.ok) throw new Error(result.error.message.en);
  return result.plan;
}
const times = (plan: MeetingPlan) => plan.agenda.map((b) => `${b.start}-${b.end}`);
const lengths = (plan: MeetingPlan) => {
  const clock = new DayClock(plan.date);
  return plan.agenda.map((b) => clock.minutesBetween(b.start, b.end));
};
const newBlock = (id: string, minutes: number) => ({
  id,
  kind: 'other' as const,
  title: { da: 'Nyt punkt', en: 'New item' },
  minutes,
  presenters: NO_PRESENTERS,
});

describe('agenda edits', () => {
  it('moves the whole meeting to a new start, keeping every length', () => {
    const plan = ok(moveMeeting(aCoveredPlan(), { start: wallTime('09:30') }));
    expect([plan.start, plan.end]).toEqual(['09:30', '12:30']);
    expect(plan.agenda[0]).toMatchObject({ start: '09:30', end: '09:40' });
    expect(lengths(plan)).toEqual(lengths(aCoveredPlan()));
  });

  it('moves to a clock-change day and keeps the wall-clock times', () => {
    const plan = ok(moveMeeting(aCoveredPlan(), { date: plainDate('2026-03-29') }));
    expect(times(plan)).toEqual(times(aCoveredPlan()));
    expect(new DayClock(plan.date).instant(plan.start)).toBe('2026-03-29T11:00:00+02:00');
  });

  it('lengthens a block and the later blocks follow, the meeting end too', () => {
    const plan = ok(setBlockLength(aCoveredPlan(), 'welcome', 20));
    expect(plan.agenda[0]).toMatchObject({ start: '11:00', end: '11:20' });
    expect(plan.agenda[1]).toMatchObject({ start: '11:20', end: '11:30' });
    expect(plan.end).toBe('14:10');
  });

  it('shortens a block and the later blocks move up', () => {
    const plan = ok(setBlockLength(aCoveredPlan(), 'lunch', 15));
    expect(plan.agenda.find((b) => b.id === 'hr-am')).toMatchObject({
      start: '12:40',
      end: '13:00',
    });
    expect(plan.end).toBe('13:50');
  });

  it('starts a block later, moving the rest, but never into the block before', () => {
    const later = ok(setBlockStart(aCoveredPlan(), 'survey', wallTime('13:15')));
    expect(later.agenda.find((b) => b.id === 'survey')).toMatchObject({
      start: '13:15',
      end: '13:30',
    });
    expect(later.agenda.find((b) => b.id === 'closing')).toMatchObject({
      start: '14:00',
      end: '14:05',
    });
    const clamped = ok(setBlockStart(aCoveredPlan(), 'survey', wallTime('12:00')));
    expect(clamped.agenda.find((b) => b.id === 'survey')).toMatchObject({ start: '13:10' });
  });

  it('inserts a block where the one before ends and pushes the rest', () => {
    const plan = ok(insertBlock(aCoveredPlan(), 1, newBlock('new', 15)));
    expect(plan.agenda[1]).toMatchObject({ id: 'new', start: '11:10', end: '11:25' });
    expect(plan.agenda[2]).toMatchObject({ id: 'living-statement', start: '11:25' });
    expect(plan.end).toBe('14:15');
  });

  it('removes a block and the rest move up', () => {
    const plan = ok(removeBlock(aCoveredPlan(), 'living-statement'));
    expect(plan.agenda.map((b) => b.id)).not.toContain('living-statement');
    expect(plan.agenda[1]).toMatchObject({ id: 'social-capital', start: '11:10', end: '11:25' });
    expect(plan.end).toBe('13:50');
  });

  it('reorders blocks, laying them out again with the same total', () => {
    const plan = ok(moveBlock(aCoveredPlan(), 'closing', 0));
    expect(plan.agenda[0]).toMatchObject({ id: 'closing', start: '11:00', end: '11:05' });
    expect(plan.agenda[1]).toMatchObject({ id: 'welcome', start: '11:05', end: '11:15' });
    expect(plan.end).toBe('14:00');
  });

  it('changes a title without touching times', () => {
    const plan = ok(
      updateBlock(aCoveredPlan(), 'survey', { title: { da: 'Resultater', en: 'Results' } }),
    );
    expect(plan.agenda.find((b) => b.id === 'survey')).toMatchObject({
      title: { da: 'Resultater' },
      start: '13:10',
    });
  });

  it('refuses impossible edits and leaves the plan as it was', () => {
    const plan = aCoveredPlan();
    expect(setBlockLength(plan, 'nope', 10)).toMatchObject({
      ok: false,
      error: { code: 'unknown-block' },
    });
    expect(setBlockLength(plan, 'welcome', 0)).toMatchObject({
      ok: false,
      error: { code: 'invalid-length' },
    });
    expect(setBlockLength(plan, 'closing', 700)).toMatchObject({
      ok: false,
      error: { code: 'past-midnight' },
    });
    // A time that got past the type (an old draft, a cast) is still refused, not laid out.
    expect(setBlockStart(plan, 'closing', '25:00' as WallTime)).toMatchObject({
      ok: false,
      error: { code: 'invalid-time' },
    });
    expect(moveBlock(plan, 'welcome', 99)).toMatchObject({
      ok: false,
      error: { code: 'invalid-index' },
    });
    expect(insertBlock(plan, 0, newBlock('welcome', 5))).toMatchObject({
      ok: false,
      error: { code: 'invalid-index' },
    });
    const refused = setBlockLength(plan, 'welcome', 0);
    expect(refused.ok ? '' : refused.error.message.da).toContain('mindst 1 minut');
  });
});

// Any sequence of edits, on either programme, on ordinary and clock-change days.
const editArb = fc.oneof(
  fc.record({
    op: fc.constant('length' as const),
    at: fc.nat(),
    minutes: fc.integer({ min: -5, max: 90 }),
  }),
  fc.record({
    op: fc.constant('start' as const),
    at: fc.nat(),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    minutes: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    op: fc.constant('meeting' as const),
    hour: fc.integer({ min: 6, max: 16 }),
    minute: fc.integer({ min: 0, max: 59 }),
  }),
);
const startingPlanArb = fc
  .record({
    second: fc.boolean(),
    date: fc.constantFrom('2026-03-12', '2026-03-29', '2026-10-25', '2027-03-28').map(plainDate),
    workplaces: fc.integer({ min: 0, max: 8 }),
  })
  .map(({ second, date, workplaces }) =>
    aCoveredPlan({ programme: second ? SECOND_PROGRAMME : undefined, date, workplaces }),
  );

type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

let inserted = 0;
function run(plan: MeetingPlan, edit: Edit): AgendaEditResult {
  const ids = plan.agenda.map((b) => b.id);
  const id = ids.length > 0 ? (ids[('at' in edit ? edit.at : 0) % ids.length] as string) : 'none';
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (edit.op) {
    case 'length':
      return setBlockLength(plan, id, edit.minutes);
    case 'start':
      return setBlockStart(plan, id, wallTime(`${pad(edit.hour)}:${pad(edit.minute)}`));
    case 'insert':
      return insertBlock(
        plan,
        edit.at % (ids.length + 1),
        newBlock(`x-${(inserted += 1)}`, edit.minutes),
      );
    case 'remove':
      return removeBlock(plan, id);
    case 'move':
      return moveBlock(plan, id, ids.length > 0 ? edit.to % ids.length : 0);
    case 'meeting':
      return moveMeeting(plan, { start: wallTime(`${pad(edit.hour)}:${pad(edit.minute)}`) });
  }
}

describe('agenda edit properties', () => {
  it('after any sequence of edits no blocks overlap and all lie in the meeting', () => {
    fc.assert(
      fc.property(startingPlanArb, fc.array(editArb, { maxLength: 25 }), (start, edits) => {
        let plan = start;
        for (const edit of edits) {
          const result = run(plan, edit);
          // A refused edit leaves the plan as it was; only these refusals can happen here.
          if (result.ok) plan = result.plan;
          else
            expect(['past-midnight', 'invalid-length', 'unknown-block']).toContain(
              result.error.code,
            );
        }
        const broken = validatePlan(plan, TEST_CLOCK).filter((f) =>
          [
            'blocks-overlap',
            'block-outside-meeting',
            'block-ends-before-start',
            'meeting-ends-before-start',
          ].includes(f.code),
        );
        expect(broken).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reordering keeps the total length and the span of the agenda', () => {
    fc.assert(
      fc.property(startingPlanArb, fc.nat(), fc.nat(), (plan, from, to) => {
        const ids = plan.agenda.map((b) => b.id);
        const id = ids[from % ids.length] as string;
        const moved = moveBlock(plan, id, to % ids.length);
        if (!moved.ok) throw new Error(moved.error.message.en);
        const sum = (p: MeetingPlan) => lengths(p).reduce((a, b) => a + b, 0);
        expect(sum(moved.plan)).toBe(sum(plan));
        expect([moved.plan.start, moved.plan.end]).toEqual([plan.start, plan.end]);
        expect([...lengths(moved.plan)].sort()).toEqual([...lengths(plan)].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('moving a meeting onto a clock-change day keeps every wall-clock time', () => {
    fc.assert(
      fc.property(
        startingPlanArb,
        fc.constantFrom('2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31').map(plainDate),
        fc.integer({ min: 8, max: 14 }),
        (plan, date, hour) => {
          const moved = moveMeeting(plan, {
            start: wallTime(`${String(hour).padStart(2, '0')}:00`),
          });
          if (!moved.ok) throw new Error(moved.error.message.en);
          const onDst = moveMeeting(moved.plan, { date });
          if (!onDst.ok) throw new Error(onDst.error.message.en);
          expect(times(onDst.plan)).toEqual(times(moved.plan));
          expect([onDst.plan.start, onDst.plan.end]).toEqual([moved.plan.start, moved.plan.end]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

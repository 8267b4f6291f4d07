import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FindingCode } from './findings';
import type { AgendaBlock, Invitee, MeetingPlan } from './plan';
import { SECOND_PROGRAMME } from './programmes';
import type { Role } from './roles';
import { aCoveredPlan, anInvitee, aPersonRef, TEST_CLOCK } from './testBuilders.testSupport';
import { isValidEmail } from './invitees';
import { canSend, planErrors, sendBlockers, validatePlan } from './validatePlan';
import type { PlanningClock } from './planningClock';
import { plainDate, wallTime } from './wallTime';

const codes = (plan: MeetingPlan, clock: PlanningClock = TEST_CLOCK) =>
  validatePlan(plan, clock).map((f) => f.code);
const findingOf = (plan: MeetingPlan, code: FindingCode, clock: PlanningClock = TEST_CLOCK) =>
  validatePlan(plan, clock).find((f) => f.code === code);

const without = (plan: MeetingPlan, ...roles: Role[]): MeetingPlan => ({
  ...plan,
  invitees: plan.invitees.filter((i) => !i.roles.some((r) => roles.includes(r))),
});
const withInvitees = (plan: MeetingPlan, change: (i: Invitee) => Invitee): MeetingPlan => ({
  ...plan,
  invitees: plan.invitees.map(change),
});
const withBlock = (plan: MeetingPlan, id: string, change: Partial<AgendaBlock>): MeetingPlan => ({
  ...plan,
  agenda: plan.agenda.map((b) => (b.id === id ? { ...b, ...change } : b)),
});

describe('validatePlan', () => {
  it('finds nothing on a plan that invites every role and keeps the programme', () => {
    expect(validatePlan(aCoveredPlan(), TEST_CLOCK)).toEqual([]);
    expect(
      validatePlan(aCoveredPlan({ programme: SECOND_PROGRAMME, workplaces: 6 }), TEST_CLOCK),
    ).toEqual([]);
    expect(canSend(validatePlan(aCoveredPlan(), TEST_CLOCK))).toBe(true);
  });

  describe('errors', () => {
    it('no top management', () => {
      const plan = without(aCoveredPlan(), 'director', 'departmentDirector');
      expect(codes(plan)).toContain('top-management-missing');
      expect(canSend(validatePlan(plan, TEST_CLOCK))).toBe(false);
    });

    it('no middle manager', () => {
      expect(codes(without(aCoveredPlan(), 'middleManager'))).toContain('middle-manager-missing');
    });

    it('no HR or work-environment staff', () => {
      const plan = without(aCoveredPlan(), 'hrConsultant', 'amConsultant');
      expect(codes(plan)).toContain('staff-function-missing');
      expect(codes(without(aCoveredPlan(), 'hrConsultant'))).not.toContain(
        'staff-function-missing',
      );
    });

    it('MED chair or vice-chair missing', () => {
      expect(codes(without(aCoveredPlan(), 'medChair'))).toContain('med-chair-missing');
      const noVice = without(aCoveredPlan(), 'medViceChair');
      expect(codes(noVice)).toContain('med-vice-chair-missing');
      expect(findingOf(noVice, 'med-vice-chair-missing')?.message.da).toContain('næstformand');
    });

    it('a presenting workplace whose TRIO is incomplete', () => {
      const plan = aCoveredPlan();
      const workplace = plan.presentingWorkplaces[0];
      const amr = workplace?.trio.amr;
      const missingAmr = { ...plan, invitees: plan.invitees.filter((i) => i.id !== amr?.id) };
      const f = findingOf(missingAmr, 'trio-incomplete');
      expect(f?.workplaceIds).toEqual([workplace?.id]);
      expect(f?.roles).toEqual(['amr']);
      expect(f?.message.da).toContain('Arbejdsplads A');

      const emptySeat = {
        ...plan,
        presentingWorkplaces: plan.presentingWorkplaces.map((w, i) =>
          i === 1 ? { ...w, trio: { leader: w.trio.leader, amr: w.trio.amr } } : w,
        ),
      };
      expect(findingOf(emptySeat, 'trio-incomplete')?.message.en).toContain(
        'The directory has no union representative (TR).',
      );
      const optionalTr = withInvitees(plan, (i) =>
        i.roles.includes('tr') && i.workplaceId ? { ...i, attendance: 'optional' } : i,
      );
      expect(codes(optionalTr).filter((c) => c === 'trio-incomplete')).toHaveLength(2);
    });

    it('a presenter named by a block who is not invited', () => {
      const guest = aPersonRef('Gæst Oplægsholder');
      const plan = withBlock(aCoveredPlan(), 'social-capital', {
        presenters: { roles: [], workplaceIds: [], people: [guest] },
      });
      expect(findingOf(plan, 'presenter-not-invited')).toMatchObject({
        blockIds: ['social-capital'],
        personIds: [guest.id],
      });
      const invited = { ...plan, invitees: [...plan.invitees, anInvitee([], guest)] };
      expect(codes(invited)).not.toContain('presenter-not-invited');
    });

    it('a role named by a block that no invitee holds', () => {
      const plan = withBlock(aCoveredPlan(), 'survey', {
        presenters: { roles: ['otherStaff'], workplaceIds: [], people: [] },
      });
      const found = findingOf(plan, 'presenter-role-missing');
      expect(found?.blockIds).toEqual(['survey']);
      // The role reads as a noun inside the sentence, not as a capitalised label.
      expect(found?.message.da).toContain('skal præsenteres af anden stabsfunktion,');
      expect(found?.message.en).toContain('is presented by other staff function,');
    });

    it('a block naming a workplace that does not present', () => {
      const plan = withBlock(aCoveredPlan(), 'survey', {
        presenters: { roles: [], workplaceIds: ['w-unknown'], people: [] },
      });
      expect(findingOf(plan, 'workplace-not-presenting')?.workplaceIds).toEqual(['w-unknown']);
    });

    it('overlapping blocks', () => {
      const plan = withBlock(aCoveredPlan(), 'welcome', { end: wallTime('11:15') });
      expect(findingOf(plan, 'blocks-overlap')).toMatchObject({
        blockIds: ['welcome', 'living-statement'],
        minutes: 5,
      });
    });

    it('a block outside the meeting', () => {
      const plan = withBlock(aCoveredPlan(), 'closing', { end: wallTime('14:20') });
      expect(findingOf(plan, 'block-outside-meeting')).toMatchObject({
        blockIds: ['closing'],
        minutes: 20,
      });
    });

    it('a block ending before it starts', () => {
      const plan = withBlock(aCoveredPlan(), 'survey', {
        start: wallTime('13:25'),
        end: wallTime('13:10'),
      });
      expect(codes(plan)).toContain('block-ends-before-start');
    });

    it('a meeting ending before it starts', () => {
      expect(codes({ ...aCoveredPlan(), end: wallTime('10:00') })).toContain(
        'meeting-ends-before-start',
      );
    });

    it('more than 500 attendees, with advice not to use a group address', () => {
      const plan = aCoveredPlan();
      const crowd = Array.from({ length: 500 - plan.invitees.length + 1 }, () =>
        anInvitee(['employee']),
      );
      const f = findingOf(
        { ...plan, invitees: [...plan.invitees, ...crowd] },
        'too-many-attendees',
      );
      expect(f?.message.en).toContain('501');
      expect(f?.message.en).toContain('group address');
      expect(codes({ ...plan, invitees: [...plan.invitees, ...crowd.slice(1)] })).not.toContain(
        'too-many-attendees',
      );
    });

    it('an invalid email address', () => {
      const plan = aCoveredPlan();
      const bad = anInvitee(['employee'], { email: 'kim@@example' });
      expect(
        findingOf({ ...plan, invitees: [...plan.invitees, bad] }, 'invalid-email')?.personIds,
      ).toEqual([bad.id]);
    });

    it('a series position outside the series', () => {
      expect(codes({ ...aCoveredPlan(), series: { position: 4, size: 3 } })).toContain(
        'series-position-out-of-range',
      );
    });
  });

  describe('warnings', () => {
    it('the whole MED committee is not invited', () => {
      expect(codes(without(aCoveredPlan(), 'medMember'))).toContain('med-committee-incomplete');
      const plan = aCoveredPlan();
      const absent = aPersonRef('Else Udvalgsmedlem');
      const member = plan.invitees.find((i) => i.roles.includes('medMember'));
      const snapshot = { name: 'H-MED', members: member ? [member, absent] : [absent] };
      const f = findingOf({ ...plan, medCommittee: snapshot }, 'med-committee-incomplete');
      expect(f?.severity).toBe('warning');
      expect(f?.personIds).toEqual([absent.id]);
      expect(f?.message.da).toContain('Else Udvalgsmedlem');
    });

    it('the meeting is much shorter than 3 hours', () => {
      const plan = aCoveredPlan();
      const short = {
        ...plan,
        end: wallTime('13:00'),
        agenda: plan.agenda.filter((b) => b.end <= '13:00'),
      };
      expect(findingOf(short, 'meeting-length-unusual')?.message).toEqual({
        da: 'Mødet varer 2 t; et netværksmøde er normalt på 3 timer.',
        en: 'The meeting lasts 2 h; a network meeting is normally 3 hours.',
      });
      const halfHourShort = { ...short, end: wallTime('13:30') };
      expect(codes(halfHourShort)).not.toContain('meeting-length-unusual');
    });

    it('more than about 2 hours without a break or meal', () => {
      const plan = withBlock(aCoveredPlan(), 'lunch', { kind: 'other' });
      expect(findingOf(plan, 'no-break')).toMatchObject({ severity: 'warning', minutes: 180 });
    });

    it('a gap between blocks', () => {
      const plan = withBlock(aCoveredPlan(), 'welcome', { end: wallTime('11:05') });
      expect(findingOf(plan, 'gap-between-blocks')).toMatchObject({
        minutes: 5,
        blockIds: ['welcome', 'living-statement'],
      });
    });

    it('a series outside 2–3 meetings', () => {
      expect(codes({ ...aCoveredPlan(), series: { position: 1, size: 5 } })).toContain(
        'series-size-unusual',
      );
      expect(codes({ ...aCoveredPlan(), series: { position: 1, size: 2 } })).not.toContain(
        'series-size-unusual',
      );
    });

    it('an empty programme', () => {
      expect(codes({ ...aCoveredPlan(), agenda: [] })).toContain('agenda-empty');
    });
  });

  describe('info', () => {
    it('a person listed twice is merged and judged as one invitation', () => {
      const plan = aCoveredPlan();
      const chair = plan.invitees.find((i) => i.roles.includes('medChair'));
      if (!chair) throw new Error('no chair');
      const twice = {
        ...plan,
        invitees: [
          ...plan.invitees.map((i) =>
            i === chair ? { ...i, attendance: 'optional' as const } : i,
          ),
          {
            ...chair,
            id: 'other-id',
            email: chair.email.toUpperCase(),
            roles: ['medMember' as const],
          },
        ],
      };
      const found = validatePlan(twice, TEST_CLOCK);
      expect(found.find((f) => f.code === 'duplicate-merged')).toMatchObject({
        severity: 'info',
        personIds: [chair.id],
      });
      // The required copy makes the merged chair required: no "only optional" error.
      expect(found.map((f) => f.code)).not.toContain('role-only-optional');
    });
  });

  it('lists errors before warnings before infos', () => {
    const plan = {
      ...without(aCoveredPlan(), 'medMember', 'director', 'departmentDirector'),
      end: wallTime('16:00'),
    };
    const severities = validatePlan(plan, TEST_CLOCK).map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(severities[0]).toBe('error');
  });
});

describe('isValidEmail', () => {
  it.each([
    ['anne.hansen@example.org', true],
    ['æø@københavn.dk', true],
    ['x@sub.domain.example.org', true],
    ['kim@@example', false],
    ['a..b@example.dk', false],
    ['a@example..dk', false],
    ['.a@example.dk', false],
    ['a b@example.dk', false],
    ['a@example', false],
    ['a@example.d', false],
    ['"Anne" <anne@example.dk>', false],
  ])('%s → %s', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });
});

describe('what stops a plan from being sent', () => {
  it('is its errors only: warnings are shown but do not stop it', () => {
    const warned = withBlock(aCoveredPlan(), 'lunch', { kind: 'other' });
    expect(codes(warned)).toContain('no-break');
    expect(sendBlockers(validatePlan(warned, TEST_CLOCK))).toEqual([]);
    expect(canSend(validatePlan(warned, TEST_CLOCK))).toBe(true);
    const blocked = without(warned, 'medChair');
    const findings = validatePlan(blocked, TEST_CLOCK);
    expect(sendBlockers(findings).map((f) => f.code)).toEqual(['med-chair-missing']);
    expect(canSend(findings)).toBe(false);
  });
});

describe('planErrors, the rules the Outlook send check runs', () => {
  const base = aCoveredPlan();
  const time = fc.constantFrom(
    '08:00',
    '10:30',
    '11:00',
    '12:15',
    '13:00',
    '14:00',
    '16:30',
    '23:50',
  );
  const date = fc.constantFrom(
    '2026-01-05',
    '2026-03-12',
    '2026-03-14',
    '2026-12-28',
    '2025-11-02',
  );
  const broken = fc
    .record({
      drop: fc.uniqueArray(fc.nat(base.invitees.length - 1), { maxLength: 8 }),
      optional: fc.uniqueArray(fc.nat(base.invitees.length - 1), { maxLength: 4 }),
      twice: fc.uniqueArray(fc.nat(base.invitees.length - 1), { maxLength: 2 }),
      badEmail: fc.boolean(),
      blocks: fc.array(fc.tuple(fc.nat(base.agenda.length - 1), time, time), { maxLength: 3 }),
      noAgenda: fc.boolean(),
      blankBlock: fc.boolean(),
      title: fc.constantFrom('', '2. netværksmøde om social kapital', base.title.da),
      date,
      start: time,
      end: time,
      adapted: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
      position: fc.integer({ min: 0, max: 4 }),
      size: fc.integer({ min: 1, max: 6 }),
      others: fc.array(
        fc.record({
          planId: fc.constantFrom('a', 'b', base.id),
          position: fc.integer({ min: 1, max: 4 }),
          size: fc.integer({ min: 1, max: 5 }),
          date,
        }),
        { maxLength: 3 },
      ),
      noCommittee: fc.boolean(),
    })
    .map((c): MeetingPlan => {
      const kept = base.invitees.filter((_, i) => !c.drop.includes(i));
      const invitees = [
        ...kept.map((inv, i) => ({
          ...inv,
          attendance: c.optional.includes(i) ? ('optional' as const) : inv.attendance,
          email: c.badEmail && i === 0 ? 'not an address' : inv.email,
        })),
        ...c.twice.flatMap((i) => base.invitees.slice(i, i + 1)),
      ];
      const agenda = c.noAgenda
        ? []
        : base.agenda.map((b, i) => {
            const moved = c.blocks.find(([at]) => at === i);
            const timed = moved ? { ...b, start: wallTime(moved[1]), end: wallTime(moved[2]) } : b;
            return c.blankBlock && i === 1
              ? { ...timed, title: { ...timed.title, en: ' ' } }
              : timed;
          });
      return {
        ...base,
        title: { ...base.title, da: c.title },
        date: plainDate(c.date),
        start: wallTime(c.start),
        end: wallTime(c.end),
        invitees,
        agenda,
        ...(c.adapted === undefined ? {} : { adaptedFrame: { minutes: c.adapted } }),
        series: {
          ...base.series,
          position: c.position,
          size: c.size,
          otherMeetings: c.others.map((m) => ({ ...m, date: plainDate(m.date) })),
        },
        ...(c.noCommittee ? { medCommittee: undefined } : {}),
      };
    });

  it('finds exactly the errors validatePlan finds, in its order, on plans broken every which way', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(broken, (plan) => {
        const all = validatePlan(plan, TEST_CLOCK);
        for (const f of all) seen.add(f.severity);
        expect(planErrors(plan, TEST_CLOCK)).toEqual(sendBlockers(all));
      }),
      { numRuns: 400 },
    );
    // The plans reached errors, warnings and infos alike.
    expect([...seen].sort()).toEqual(['error', 'info', 'warning']);
  });
});

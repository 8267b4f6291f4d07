import { describe, expect, it } from 'vitest';
import { setBlockLength } from './agendaEdits';
import { attendanceCoverage } from './attendanceCoverage';
import type { FindingCode } from './findings';
import type { Invitee, MeetingPlan } from './plan';
import { type PlanningClock, planningClockAt } from './planningClock';
import { BLANK_PROGRAMME, SECOND_PROGRAMME } from './programmes';
import type { Role } from './roles';
import { aCoveredPlan, anInvitee, aPersonRef, TEST_CLOCK } from './testBuilders.testSupport';
import { canSend, validatePlan } from './validatePlan';
import { plainDate, wallTime } from './wallTime';

const findingOf = (plan: MeetingPlan, code: FindingCode, clock: PlanningClock = TEST_CLOCK) =>
  validatePlan(plan, clock).find((f) => f.code === code);
const codes = (plan: MeetingPlan, clock: PlanningClock = TEST_CLOCK) =>
  validatePlan(plan, clock).map((f) => f.code);
const optionalIf = (plan: MeetingPlan, test: (i: Invitee) => boolean): MeetingPlan => ({
  ...plan,
  invitees: plan.invitees.map((i) => (test(i) ? { ...i, attendance: 'optional' } : i)),
});
const holding =
  (...roles: Role[]) =>
  (i: Invitee) =>
    i.roles.some((r) => roles.includes(r));

// aCoveredPlan is on Thursday 12 March 2026, 11.00–14.00.
describe('plans that must not be sent', () => {
  it('an empty title, spaces only counting as empty', () => {
    const plan = aCoveredPlan();
    for (const da of ['', '   \n\t']) {
      const nameless = { ...plan, title: { ...plan.title, da } };
      expect(findingOf(nameless, 'title-empty')).toMatchObject({
        severity: 'error',
        message: {
          da: 'Mødet har ingen titel. Giv det en, så de inviterede kan se, hvad de inviteres til.',
          en: 'The meeting has no title. Give it one, so that those invited can see what they are invited to.',
        },
      });
      expect(canSend(validatePlan(nameless, TEST_CLOCK))).toBe(false);
    }
    expect(codes({ ...plan, title: { ...plan.title, en: ' ' } })).toContain('title-empty');
    expect(codes(plan)).not.toContain('title-empty');
  });

  it('a date in the past, by the clock the caller passes', () => {
    const plan = aCoveredPlan();
    const dayAfter = { today: plainDate('2026-03-13'), now: wallTime('08:00') };
    expect(findingOf(plan, 'date-in-past', dayAfter)).toMatchObject({
      severity: 'error',
      message: {
        da: 'Mødets dato, torsdag den 12. marts 2026, er allerede passeret. Vælg i dag eller en senere dato.',
        en: "The meeting's date, Thursday 12 March 2026, has already passed. Choose today or a later date.",
      },
    });
    expect(canSend(validatePlan(plan, dayAfter))).toBe(false);
    expect(codes(plan, { today: plainDate('2026-03-11'), now: wallTime('23:59') })).not.toContain(
      'date-in-past',
    );
  });

  it('a start earlier today, and not one later today', () => {
    const plan = aCoveredPlan();
    const atStart = { today: plainDate('2026-03-12'), now: wallTime('11:00') };
    expect(findingOf(plan, 'start-in-past', atStart)).toMatchObject({
      severity: 'error',
      message: {
        da: 'Mødet begynder i dag kl. 11.00, og det tidspunkt er allerede passeret. Vælg et senere tidspunkt eller en anden dato.',
        en: 'The meeting starts today at 11:00, and that time has already passed. Choose a later time or another date.',
      },
    });
    expect(codes(plan, { today: plainDate('2026-03-12'), now: wallTime('13:30') })).toContain(
      'start-in-past',
    );
    expect(codes(plan, { today: plainDate('2026-03-12'), now: wallTime('10:59') })).toEqual([]);
  });

  it('reads the clock on Copenhagen’s wall clock, summer time included', () => {
    // 22.30 UTC on 11 March is 23.30 in Copenhagen (CET); 22.30 UTC on 1 July is 00.30 the next day.
    expect(planningClockAt(Date.UTC(2026, 2, 11, 22, 30))).toEqual({
      today: '2026-03-11',
      now: '23:30',
    });
    expect(planningClockAt(Date.UTC(2026, 6, 1, 22, 30))).toEqual({
      today: '2026-07-02',
      now: '00:30',
    });
  });

  it('running past the 3-hour frame: four workplaces in the 1st programme end at 14.20', () => {
    const four = aCoveredPlan({ workplaces: 4 });
    expect(four.end).toBe('14:20');
    expect(findingOf(four, 'frame-exceeded')).toMatchObject({
      severity: 'warning',
      minutes: 20,
      message: {
        da: 'Mødet slutter kl. 14.20 og går 20 min ud over rammen på 3 timer.',
        en: 'The meeting ends at 14:20, 20 min past the 3-hour frame.',
      },
    });
    expect(codes(aCoveredPlan())).not.toContain('frame-exceeded');
  });

  it('running past the frame by lengthening a block, and by an agenda past the meeting’s end', () => {
    const longer = setBlockLength(aCoveredPlan(), 'welcome', 15);
    if (!longer.ok) throw new Error(longer.error.message.en);
    expect(findingOf(longer.plan, 'frame-exceeded')?.message).toEqual({
      da: 'Mødet slutter kl. 14.05 og går 5 min ud over rammen på 3 timer.',
      en: 'The meeting ends at 14:05, 5 min past the 3-hour frame.',
    });
    const plan = aCoveredPlan();
    const closingLate = {
      ...plan,
      agenda: plan.agenda.map((b) => (b.id === 'closing' ? { ...b, end: wallTime('14:30') } : b)),
    };
    expect(findingOf(closingLate, 'frame-exceeded')?.minutes).toBe(30);
  });

  it('one person as both MED chair and vice-chair: the guide asks for two people', () => {
    const plan = aCoveredPlan();
    const chair = plan.invitees.find(holding('medChair'));
    if (!chair) throw new Error('no chair');
    const both = {
      ...plan,
      invitees: plan.invitees
        .filter((i) => !i.roles.includes('medViceChair'))
        .map((i) => (i === chair ? { ...i, roles: [...i.roles, 'medViceChair' as const] } : i)),
    };
    expect(findingOf(both, 'med-chair-is-vice-chair')).toMatchObject({
      severity: 'error',
      personIds: [chair.id],
      message: {
        da: 'Freja Formand er inviteret som både MED-formand og MED-næstformand. Guiden kræver både formanden og næstformanden: to personer. Inviter den anden af dem.',
        en: 'Freja Formand is invited as both MED chair and MED vice-chair. The guide asks for both the chair and the vice-chair: two people. Invite the other one.',
      },
    });
    expect(canSend(validatePlan(both, TEST_CLOCK))).toBe(false);
    // Listed twice, once per role, is still one person.
    const twice = {
      ...plan,
      invitees: [
        ...plan.invitees.filter((i) => !i.roles.includes('medViceChair')),
        { ...chair, roles: ['medViceChair' as const] },
      ],
    };
    expect(codes(twice)).toContain('med-chair-is-vice-chair');
    // A second vice-chair who comes settles it; one who is only optional does not.
    const second = anInvitee(['medViceChair'], { name: 'Vera Vice' });
    expect(codes({ ...both, invitees: [...both.invitees, second] })).not.toContain(
      'med-chair-is-vice-chair',
    );
    const optional = { ...second, attendance: 'optional' as const };
    expect(codes({ ...both, invitees: [...both.invitees, optional] })).toContain(
      'med-chair-is-vice-chair',
    );
    expect(codes(plan)).not.toContain('med-chair-is-vice-chair');
  });

  it('a block with an empty or blank heading, in either language', () => {
    const plan = aCoveredPlan();
    for (const title of [
      { da: '', en: 'Light lunch' },
      { da: '  \n', en: 'Light lunch' },
      { da: 'Let anretning', en: ' ' },
    ]) {
      const blank = {
        ...plan,
        agenda: plan.agenda.map((b) => (b.id === 'lunch' ? { ...b, title } : b)),
      };
      expect(findingOf(blank, 'block-title-empty')).toMatchObject({
        severity: 'error',
        blockIds: ['lunch'],
        message: {
          da: 'Punktet kl. 12.25–12.50 har ingen overskrift, så invitationen ville vise en række med kun tiden. Giv det en overskrift.',
          en: 'The item at 12:25–12:50 has no heading, so the invitation would show a row with only its time. Give it a heading.',
        },
      });
    }
    expect(codes(plan)).not.toContain('block-title-empty');
  });

  it('more than an hour past the frame until the organiser confirms the adapted frame', () => {
    const second = aCoveredPlan({ programme: SECOND_PROGRAMME, workplaces: 6 });
    // The case: one long block makes a meeting from 12.30 to 20.20.
    const long = setBlockLength(second, 'survey', 320);
    if (!long.ok) throw new Error(long.error.message.en);
    expect(long.plan.end).toBe('20:20');
    expect(findingOf(long.plan, 'frame-not-confirmed')).toMatchObject({
      severity: 'error',
      minutes: 290,
      message: {
        da: 'Mødet varer 7 t 50 min og slutter kl. 20.20, mere end en time ud over rammen på 3 timer. Guiden lader rammen tilpasse lokalt: bekræft den tilpassede ramme, før invitationen sendes.',
        en: 'The meeting lasts 7 h 50 min and ends at 20:20, more than an hour past the 3-hour frame. The guide lets the frame be adapted locally: confirm the adapted frame before the invitation is sent.',
      },
    });
    expect(canSend(validatePlan(long.plan, TEST_CLOCK))).toBe(false);
    // Confirmed: sent, still with the warning; a longer meeting than confirmed asks again.
    const confirmed = { ...long.plan, adaptedFrame: { minutes: 470 } };
    expect(codes(confirmed)).not.toContain('frame-not-confirmed');
    expect(codes(confirmed)).toContain('frame-exceeded');
    expect(canSend(validatePlan(confirmed, TEST_CLOCK))).toBe(true);
    const longer = setBlockLength(confirmed, 'survey', 325);
    if (!longer.ok) throw new Error(longer.error.message.en);
    expect(codes(longer.plan)).toContain('frame-not-confirmed');
    // An hour over is still a warning alone.
    const hour = setBlockLength(second, 'survey', 90);
    if (!hour.ok) throw new Error(hour.error.message.en);
    expect(findingOf(hour.plan, 'frame-exceeded')?.minutes).toBe(60);
    expect(codes(hour.plan)).not.toContain('frame-not-confirmed');
  });

  it('no presenting workplace where the programme expects them', () => {
    const message = {
      da: 'Ingen arbejdsplads er valgt til at præsentere, men programmet har punkter, hvor arbejdspladserne præsenterer sig. Vælg de præsenterende arbejdspladser.',
      en: 'No workplace is chosen to present, but the programme has blocks where the workplaces present themselves. Choose the presenting workplaces.',
    };
    // The 1st programme keeps its exhibition with no one to exhibit.
    const first = aCoveredPlan({ workplaces: 0 });
    expect(findingOf(first, 'no-presenting-workplace')).toMatchObject({
      severity: 'error',
      blockIds: ['exhibition'],
      message,
    });
    // The 2nd drops its presentation blocks, but its programme is the workplaces presenting.
    const second = aCoveredPlan({ programme: SECOND_PROGRAMME, workplaces: 0 });
    expect(findingOf(second, 'no-presenting-workplace')?.message).toEqual(message);
    const blank = aCoveredPlan({ programme: BLANK_PROGRAMME, workplaces: 0 });
    expect(codes(blank)).not.toContain('no-presenting-workplace');
    expect(codes(aCoveredPlan({ workplaces: 1 }))).not.toContain('no-presenting-workplace');
  });

  describe('a role the programme cannot do without is covered only by a required invitee', () => {
    it('top management, both only optional', () => {
      const plan = optionalIf(aCoveredPlan(), holding('director', 'departmentDirector'));
      expect(findingOf(plan, 'role-only-optional')).toMatchObject({
        severity: 'error',
        message: {
          da: 'Direktør og forvaltnings-/afdelingsdirektør: Dorte Direktør og Frank Forvaltningsdirektør er kun inviteret som valgfri; en rolle, programmet ikke kan undvære, dækkes kun af en påkrævet deltager. Gør mindst én af dem påkrævet.',
          en: 'Director and department director: Dorte Direktør and Frank Forvaltningsdirektør are only invited as optional; a role the programme cannot do without is covered only by a required attendee. Make at least one of them required.',
        },
      });
    });

    it('every must-have role rule, one by one', () => {
      const rules: readonly Role[][] = [
        ['middleManager'],
        ['hrConsultant', 'amConsultant'],
        ['medChair'],
        ['medViceChair'],
      ];
      for (const roles of rules) {
        const plan = optionalIf(aCoveredPlan(), holding(...roles));
        expect(findingOf(plan, 'role-only-optional')?.roles).toEqual(roles);
      }
      const chair = optionalIf(aCoveredPlan(), holding('medChair'));
      expect(findingOf(chair, 'role-only-optional')?.message).toEqual({
        da: 'MED-formand: Freja Formand er kun inviteret som valgfri; en rolle, programmet ikke kan undvære, dækkes kun af en påkrævet deltager. Gør vedkommende påkrævet.',
        en: 'MED chair: Freja Formand is only invited as optional; a role the programme cannot do without is covered only by a required attendee. Make them required.',
      });
    });

    it('one required holder covers the rule', () => {
      const plan = optionalIf(aCoveredPlan(), holding('departmentDirector'));
      expect(codes(plan)).not.toContain('role-only-optional');
    });

    it('a presenter role held only by an optional invitee', () => {
      // The department director still covers top management; the reflection names the director.
      const plan = optionalIf(aCoveredPlan(), holding('director'));
      expect(findingOf(plan, 'presenter-only-optional')).toMatchObject({
        severity: 'error',
        blockIds: ['reflection'],
        roles: ['director'],
        message: {
          da: '»Refleksion over dagen«: oplægsholderen Dorte Direktør er kun inviteret som valgfri; en rolle, programmet ikke kan undvære, dækkes kun af en påkrævet deltager. Gør vedkommende påkrævet.',
          en: '“Reflection on the day”: the presenter Dorte Direktør is only invited as optional; a role the programme cannot do without is covered only by a required attendee. Make them required.',
        },
      });
    });

    it('a named presenter invited only as optional', () => {
      const guest = aPersonRef('Gæst Oplægsholder');
      const base = aCoveredPlan();
      const plan = {
        ...base,
        agenda: base.agenda.map((b) =>
          b.id === 'survey' ? { ...b, presenters: { ...b.presenters, people: [guest] } } : b,
        ),
        invitees: [...base.invitees, anInvitee([], { ...guest, attendance: 'optional' })],
      };
      const found = findingOf(plan, 'presenter-only-optional');
      expect(found?.personIds).toEqual([guest.id]);
      expect(found?.message.da).toContain(
        'oplægsholderen Gæst Oplægsholder er kun inviteret som valgfri',
      );
      expect(found?.message.en).toContain('the presenter Gæst Oplægsholder is only invited');
    });

    it('a TRIO seat held by an optional invitee', () => {
      const plan = aCoveredPlan();
      const tr = plan.presentingWorkplaces[0]?.trio.tr;
      const found = findingOf(
        optionalIf(plan, (i) => i.id === tr?.id),
        'trio-incomplete',
      );
      expect(found?.message).toEqual({
        da: 'Lokal TRIO for Arbejdsplads A er ikke komplet. Tillidsrepræsentant (TR) Arbejdsplads A TR er kun inviteret som valgfri. En rolle, programmet ikke kan undvære, dækkes kun af en påkrævet deltager.',
        en: 'The local TRIO of Arbejdsplads A is incomplete. Union representative (TR) Arbejdsplads A TR is only invited as optional. A role the programme cannot do without is covered only by a required attendee.',
      });
    });

    it('after sending: an optional holder who accepts does not cover the role', () => {
      const plan = optionalIf(aCoveredPlan(), holding('departmentDirector'));
      const director = plan.invitees.find(holding('director'));
      const answers = plan.invitees.map((i) => ({
        email: i.email,
        response: i === director ? ('declined' as const) : ('accepted' as const),
      }));
      const coverage = attendanceCoverage(plan, answers);
      expect(coverage.findings.find((f) => f.code === 'attendance-role-declined')?.roles).toEqual([
        'director',
        'departmentDirector',
      ]);
      expect(coverage.covered).toBe(false);
    });
  });
});

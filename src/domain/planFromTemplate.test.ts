import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DayClock } from './dayClock';
import type { MeetingPlan } from './plan';
import { planFromTemplate, type TemplateOptions } from './planFromTemplate';
import { BLANK_PROGRAMME, FIRST_PROGRAMME, type Programme, SECOND_PROGRAMME } from './programmes';
import { normalizeText } from './html';
import { agendaInInvite } from './inviteAgenda';
import { renderInvite } from './renderInvite';
import { aWorkplace, TEST_CLOCK, workplaces } from './testBuilders.testSupport';
import { validatePlan } from './validatePlan';
import { plainDate, wallTime } from './wallTime';

function laidOut(programme: Programme, options: Partial<TemplateOptions> & { count?: number }) {
  const result = planFromTemplate(programme, {
    id: 'p',
    date: plainDate('2026-03-12'),
    workplaces: workplaces(options.count ?? 2),
    ...options,
  });
  if (!result.ok) throw new Error(result.error.message.en);
  // What the layout leads to is `validatePlan`'s to find, as for any plan.
  const findings = validatePlan(result.plan, TEST_CLOCK).filter((f) => f.code === 'frame-exceeded');
  return { plan: result.plan, findings };
}

const times = (plan: MeetingPlan) => plan.agenda.map((b) => `${b.start}-${b.end}`);

describe('planFromTemplate', () => {
  it('lays out the 1st programme with two workplaces exactly as the template', () => {
    const { plan, findings } = laidOut(FIRST_PROGRAMME, { count: 2 });
    expect(times(plan)).toEqual(FIRST_PROGRAMME.blocks.map((b) => `${b.start}-${b.end}`));
    expect(plan.start).toBe('11:00');
    expect(plan.end).toBe('14:00');
    expect(findings).toEqual([]);
  });

  it('binds "Arbejdsplads N" to the chosen workplaces and invites their TRIOs as required', () => {
    const { plan } = laidOut(FIRST_PROGRAMME, { count: 2 });
    const [a, b] = plan.presentingWorkplaces;
    const workplaceBlocks = plan.agenda.filter((x) => x.kind === 'workplacePresentation');
    expect(workplaceBlocks.map((x) => x.title.da)).toEqual([
      'Arbejdsplads A: Præsentation ved Lokal TRIO',
      'Arbejdsplads B: Præsentation ved Lokal TRIO',
    ]);
    expect(workplaceBlocks.map((x) => x.presenters.workplaceIds)).toEqual([[a?.id], [b?.id]]);
    expect(plan.agenda.find((x) => x.kind === 'exhibition')?.presenters.workplaceIds).toEqual([
      a?.id,
      b?.id,
    ]);
    expect(plan.invitees).toHaveLength(6);
    expect(plan.invitees.every((i) => i.attendance === 'required')).toBe(true);
    expect(plan.invitees.map((i) => i.roles[0])).toEqual([
      'workplaceLeader',
      'amr',
      'tr',
      'workplaceLeader',
      'amr',
      'tr',
    ]);
  });

  it('adds a block for a third workplace, shifts what follows, and says how far past the frame', () => {
    const { plan, findings } = laidOut(FIRST_PROGRAMME, { count: 3 });
    const titles = plan.agenda.map((b) => b.title.da);
    expect(titles[6]).toBe('Arbejdsplads C: Præsentation ved Lokal TRIO');
    expect(plan.agenda[6]).toMatchObject({ start: '12:25', end: '12:35' });
    expect(plan.agenda[7]).toMatchObject({
      title: { da: 'Let anretning' },
      start: '12:35',
      end: '13:00',
    });
    expect(plan.end).toBe('14:10');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'frame-exceeded', severity: 'warning', minutes: 10 });
    expect(findings[0]?.message.da).toBe(
      'Mødet slutter kl. 14.10 og går 10 min ud over rammen på 3 timer.',
    );
    expect(findings[0]?.message.en).toBe(
      'The meeting ends at 14:10, 10 min past the 3-hour frame.',
    );
  });

  it('drops the second workplace block when one workplace presents, and pulls the rest forward', () => {
    const { plan, findings } = laidOut(FIRST_PROGRAMME, { count: 1 });
    expect(plan.agenda.filter((b) => b.kind === 'workplacePresentation')).toHaveLength(1);
    expect(plan.agenda.find((b) => b.kind === 'break')).toMatchObject({
      start: '12:15',
      end: '12:40',
    });
    expect(plan.end).toBe('13:50');
    expect(findings).toEqual([]);
  });

  it('lays out the 2nd programme with six workplaces exactly as the template', () => {
    const { plan, findings } = laidOut(SECOND_PROGRAMME, { count: 6 });
    expect(times(plan)).toEqual(SECOND_PROGRAMME.blocks.map((b) => `${b.start}-${b.end}`));
    const groups = plan.agenda.filter((b) => b.kind === 'workplacePresentation');
    expect(groups.map((g) => g.presenters.workplaceIds.length)).toEqual([3, 3]);
    expect(groups[1]?.title.en).toBe(
      'Presentations from the workplaces, continued: Arbejdsplads D, Arbejdsplads E and Arbejdsplads F',
    );
    expect(findings).toEqual([]);
  });

  it('spreads eight workplaces over both presentation blocks and lengthens them', () => {
    const { plan, findings } = laidOut(SECOND_PROGRAMME, { count: 8 });
    const groups = plan.agenda.filter((b) => b.kind === 'workplacePresentation');
    expect(groups.map((g) => g.presenters.workplaceIds.length)).toEqual([4, 4]);
    expect(groups.map((g) => `${g.start}-${g.end}`)).toEqual(['12:55-13:40', '13:50-14:35']);
    expect(plan.end).toBe('15:50');
    expect(findings[0]).toMatchObject({ code: 'frame-exceeded', minutes: 20 });
  });

  it('fills the first block only and drops the second when three workplaces present', () => {
    const { plan } = laidOut(SECOND_PROGRAMME, { count: 3 });
    const groups = plan.agenda.filter((b) => b.kind === 'workplacePresentation');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.presenters.workplaceIds).toHaveLength(3);
    expect(plan.end).toBe('14:55');
  });

  it('moves every block with a new start time', () => {
    const { plan } = laidOut(SECOND_PROGRAMME, { count: 6, start: wallTime('09:00') });
    expect(plan.agenda[0]).toMatchObject({ start: '09:00', end: '09:10' });
    expect(plan.agenda[plan.agenda.length - 1]).toMatchObject({ start: '11:50', end: '12:00' });
  });

  it('keeps wall-clock times on the days the clocks change', () => {
    for (const date of ['2026-03-29', '2026-10-25'].map(plainDate)) {
      const { plan } = laidOut(FIRST_PROGRAMME, { count: 2, date });
      expect(times(plan)).toEqual(FIRST_PROGRAMME.blocks.map((b) => `${b.start}-${b.end}`));
    }
    const spring = laidOut(FIRST_PROGRAMME, { count: 2, date: plainDate('2026-03-29') }).plan;
    expect(new DayClock(spring.date).instant(spring.start)).toBe('2026-03-29T11:00:00+02:00');
  });

  it('refuses a start that would run the programme past midnight', () => {
    const result = planFromTemplate(FIRST_PROGRAMME, {
      id: 'p',
      date: plainDate('2026-03-12'),
      start: wallTime('22:00'),
      workplaces: [],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('past-midnight');
  });

  it('starts a blank plan as a 3-hour frame with no agenda', () => {
    const { plan } = laidOut(BLANK_PROGRAMME, { count: 0 });
    expect(plan.agenda).toEqual([]);
    expect([plan.start, plan.end]).toEqual(['09:00', '12:00']);
  });
});

describe('workplace names in block titles', () => {
  // `String.prototype.replace` reads "$&", "$`", "$'", "$$" and "$1" in a replacement string as
  // patterns; a workplace name must come back as typed, whatever it holds.
  const patterns = fc.constantFrom('$&', '$`', "$'", '$$', '$1', '$<x>', '{workplaces}', '&amp;');
  const name = fc
    .array(fc.oneof(patterns, fc.string({ minLength: 1, maxLength: 6 })), {
      minLength: 1,
      maxLength: 5,
    })
    .map((parts) => parts.join(''))
    .filter((n) => n.trim() !== '');
  // The invite is HTML read back as text: runs of spaces read as one.
  const asRead = (text: string) => normalizeText(text).replace(/\s+/g, ' ').trim();

  it('come back verbatim in the titles and the rendered invite, in both languages', () => {
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(FIRST_PROGRAMME, SECOND_PROGRAMME),
        (names, programme) => {
          const chosen = names.map((n) => aWorkplace(n));
          const { plan } = laidOut(programme, { workplaces: chosen });
          for (const w of chosen) {
            const blocks = plan.agenda.filter(
              (b) => b.kind === 'workplacePresentation' && b.presenters.workplaceIds.includes(w.id),
            );
            expect(blocks.length).toBeGreaterThan(0);
            for (const b of blocks) {
              expect(b.title.da).toContain(w.name);
              expect(b.title.en).toContain(w.name);
            }
            for (const locale of ['da', 'en'] as const) {
              const titles = agendaInInvite(renderInvite(plan, locale).html).map((r) => r.title);
              expect(titles.some((t) => t.includes(asRead(w.name)))).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps "$&" and "$\'" as typed, where a replacement string would garble them', () => {
    const { plan } = laidOut(FIRST_PROGRAMME, { workplaces: [aWorkplace("Kantinen $& $' $$")] });
    const titles = plan.agenda.filter((b) => b.kind === 'workplacePresentation');
    expect(titles.map((b) => b.title.da)).toEqual([
      "Kantinen $& $' $$: Præsentation ved Lokal TRIO",
    ]);
  });
});

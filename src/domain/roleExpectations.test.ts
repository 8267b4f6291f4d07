import { describe, expect, it } from 'vitest';
import { agendaInInvite } from './inviteAgenda';
import { renderInvite } from './renderInvite';
import { expectationsFor } from './roleExpectations';
import { aCoveredPlan } from './testBuilders.testSupport';

describe('what the programme expects of an attendee', () => {
  const plan = aCoveredPlan();
  const titlesFor = (...args: Parameters<typeof expectationsFor>) =>
    expectationsFor(...args).blocks.map((b) => b.title);

  it('gives the vice-chair the reflection block, in either language, and asks for a confirmation', () => {
    for (const locale of ['da', 'en'] as const) {
      const rows = agendaInInvite(renderInvite(plan, locale).html);
      const reflecting = plan.agenda
        .filter((b) => b.presenters.roles.includes('medViceChair'))
        .map((b) => b.title[locale]);
      expect(reflecting.length).toBeGreaterThan(0);
      expect(titlesFor(['medViceChair'], 'Niels Næstformand', rows)).toEqual(reflecting);
      // Named with the role in brackets: the role alone finds it too (a directory name differs).
      expect(titlesFor(['medViceChair'], 'N. Næstformand', rows)).toEqual(reflecting);
      expect(expectationsFor(['medViceChair'], '', rows).mustConfirm).toBe(true);
    }
  });

  it('does not take the department director for the director, nor the chair for the vice-chair', () => {
    const rows = [
      { time: '1', title: 'A', presenters: 'Forvaltnings-/afdelingsdirektør og MED-næstformand' },
      { time: '2', title: 'B', presenters: 'Direktør' },
    ];
    expect(titlesFor(['director'], '', rows)).toEqual(['B']);
    expect(titlesFor(['medChair'], '', rows)).toEqual([]);
    expect(titlesFor(['departmentDirector'], '', rows)).toEqual(['A']);
  });

  it('gives a TRIO member the blocks where their workplace presents, by name', () => {
    const rows = agendaInInvite(renderInvite(plan, 'da').html);
    const leader = plan.presentingWorkplaces[0]?.trio.leader?.name ?? 'missing';
    const presenting = plan.agenda
      .filter((b) => b.presenters.workplaceIds.includes(plan.presentingWorkplaces[0]?.id ?? ''))
      .map((b) => b.title.da);
    expect(presenting.length).toBeGreaterThan(0);
    expect(titlesFor(['workplaceLeader'], leader, rows)).toEqual(presenting);
  });

  it('expects nothing particular of an ordinary member, who need not confirm', () => {
    const rows = agendaInInvite(renderInvite(plan, 'da').html);
    expect(expectationsFor(['medMember'], 'Mads Medlem', rows)).toEqual({
      blocks: [],
      mustConfirm: false,
    });
  });
});

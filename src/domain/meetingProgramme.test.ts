import { describe, expect, it } from 'vitest';
import { programmeOfInvitation, programmeOfPlan } from './meetingProgramme';
import { withStandIn } from './standIns';
import { aCoveredPlan, anInvitedCopy, aPersonRef } from './testBuilders.testSupport';

describe('a meeting’s programme for the room', () => {
  it('names who presents each block: the TRIO of a workplace, the consultants and the reflecting team by name', () => {
    const plan = aCoveredPlan();
    const items = programmeOfPlan(plan).items;
    const byId = (id: string) => items.find((i) => i.id === id);
    expect(byId('workplace-2')?.presenters.da).toBe(
      'Arbejdsplads B (Lokal TRIO: Arbejdsplads B leder, Arbejdsplads B AMR og Arbejdsplads B TR)',
    );
    expect(byId('hr-am')?.presenters.da).toBe(
      'HR-konsulent: Hanne HR; Arbejdsmiljøkonsulent: Anders Arbejdsmiljø',
    );
    expect(byId('reflection')?.presenters.en).toContain('MED vice-chair: Niels Næstformand');
    expect(byId('reflection')?.presenters.da).toContain('Direktør: Dorte Direktør');
    expect(byId('welcome')?.title.en).toBe(plan.agenda.find((b) => b.id === 'welcome')?.title.en);
    // Earliest first, as the plan's times say.
    expect(items.map((i) => i.start)).toEqual([...items.map((i) => i.start)].sort());
  });

  it('names a stand-in where the person they come for would be', () => {
    const plan = aCoveredPlan();
    const vice = plan.invitees.find((i) => i.roles.includes('medViceChair'));
    const withStand = withStandIn(plan, vice?.email ?? '', aPersonRef('Sofie Stedfortræder'));
    const reflection = programmeOfPlan(withStand).items.find((i) => i.id === 'reflection');
    expect(reflection?.presenters.da).toContain('Sofie Stedfortræder');
  });

  it('reads the same times, titles and presenters back from an attendee’s invitation', () => {
    const plan = aCoveredPlan();
    const fromPlan = programmeOfPlan(plan);
    const fromInvite = programmeOfInvitation(anInvitedCopy(plan, 'da'));
    expect(fromInvite.date).toBe(plan.date);
    expect(fromInvite.items.map((i) => [i.start, i.end, i.title.da])).toEqual(
      fromPlan.items.map((i) => [i.start, i.end, i.title.da]),
    );
    const workplace = fromInvite.items.find((i) => i.title.da.startsWith('Arbejdsplads B'));
    expect(workplace?.presenters.da).toContain('Arbejdsplads B leder');
    // In English too ("11:00–11:10").
    const english = programmeOfInvitation(anInvitedCopy(plan, 'en'));
    expect(english.items.map((i) => i.start)).toEqual(fromPlan.items.map((i) => i.start));
  });

  it('leaves out rows whose time it cannot read', () => {
    const copy = anInvitedCopy(aCoveredPlan());
    const broken = {
      ...copy,
      html: copy.html.replace('11.00–11.10', 'kl. 11'),
    };
    const items = programmeOfInvitation(broken).items;
    expect(items).toHaveLength(programmeOfInvitation(copy).items.length - 1);
    expect(items[0]?.start).toBe('11:10');
  });
});

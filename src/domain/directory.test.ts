import { describe, expect, it } from 'vitest';
import { trioFromMembership, workplaceFromGroup } from './directory';
import { aPersonRef } from './testBuilders.testSupport';
import { validatePlan } from './validatePlan';
import { aCoveredPlan, TEST_CLOCK } from './testBuilders.testSupport';

describe('from the directory to a plan', () => {
  const leader = aPersonRef('Lise Leder');
  const amr = aPersonRef('Anna AMR');
  const tr = aPersonRef('Tom TR');
  const employee = aPersonRef('Eva Medarbejder');
  const otherAmr = aPersonRef('Ole AMR andetsteds');

  it('finds a workplace’s TRIO among its members, by the role groups they are in', () => {
    const holders = {
      workplaceLeader: [leader],
      amr: [otherAmr, { ...amr, email: amr.email.toUpperCase() }],
      tr: [tr],
    };
    expect(trioFromMembership([employee, tr, amr, leader], holders)).toEqual({
      trio: { leader, amr, tr },
      seatChoices: {},
    });
  });

  it('never picks silently when a group holds several workplaces: those seats are the organiser’s choice', () => {
    // The issue: "Forvaltningen for Social og Sundhed" holds two workplaces, so two of each.
    const leader2 = aPersonRef('Lars Leder');
    const tr2 = aPersonRef('Tine TR');
    const workplace = workplaceFromGroup(
      { id: 'g-2', name: 'Forvaltningen for Social og Sundhed' },
      [leader, amr, tr, leader2, tr2, employee],
      { workplaceLeader: [leader, leader2], amr: [amr], tr: [tr2, tr] },
    );
    expect(workplace.trio).toEqual({ amr });
    expect(workplace.seatChoices).toEqual({ leader: [leader, leader2], tr: [tr, tr2] });
    const plan = aCoveredPlan();
    const withIt = { ...plan, presentingWorkplaces: [...plan.presentingWorkplaces, workplace] };
    const finding = validatePlan(withIt, TEST_CLOCK).find(
      (f) => f.code === 'trio-incomplete' && f.workplaceIds.includes('g-2'),
    );
    expect(finding?.severity).toBe('error');
    expect(finding?.message.da).toContain(
      'Gruppen har 2 som leder (lokal enhed): Lise Leder og Lars Leder; vælg den ene, eller del gruppen i dens arbejdspladser.',
    );
  });

  it('leaves a seat empty when no member holds the role, and coverage reports it', () => {
    const workplace = workplaceFromGroup(
      { id: 'g-1', name: 'Tandplejen' },
      [leader, employee, tr],
      { workplaceLeader: [leader], amr: [otherAmr], tr: [tr] },
    );
    expect(workplace.trio).toEqual({ leader, tr });
    const plan = aCoveredPlan();
    const withIt = { ...plan, presentingWorkplaces: [...plan.presentingWorkplaces, workplace] };
    const finding = validatePlan(withIt, TEST_CLOCK).find(
      (f) => f.code === 'trio-incomplete' && f.workplaceIds.includes('g-1'),
    );
    expect(finding?.message.en).toContain(
      'The directory has no work-environment representative (AMR).',
    );
  });
});

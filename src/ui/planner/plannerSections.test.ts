import { describe, expect, it } from 'vitest';
import {
  FINDING_SEVERITY,
  type FindingCode,
  finding,
  sameInBoth,
  validatePlan,
} from '../../domain';
import { aCoveredPlan, TEST_CLOCK } from '../../domain/testBuilders.testSupport';
import { FRAME_CONFIRM_ID, type FixTarget, fixTargetOf } from './fixTarget';
import { type PlannerSectionId, sectionOfFinding, tallyBySection } from './plannerSections';

/** The section that holds the control a fix jump lands on, as the planner lays them out. */
function sectionHolding(target: FixTarget): PlannerSectionId {
  switch (target.kind) {
    case 'invite':
      return 'people';
    case 'seat':
      return 'workplaces';
    case 'block':
      return 'programme';
    case 'control':
      if (
        [
          'meeting-title',
          'meeting-date',
          'start-time',
          'series-position',
          'series-size',
          FRAME_CONFIRM_ID,
        ].includes(target.id)
      )
        return 'meeting';
      if (target.id.startsWith('block-title-')) return 'programme';
      if (target.id === 'workplace-search') return 'workplaces';
      if (target.id === 'agenda-heading') return 'programme';
      if (target.id === 'invitee-list' || target.id.startsWith('attendance-')) return 'people';
      throw new Error(`no section holds ${target.id}`);
  }
}

const CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

describe('planner sections', () => {
  it("puts each finding in the section its fix jump opens, so that section's header counts it", () => {
    const plan = aCoveredPlan();
    const [workplace] = plan.presentingWorkplaces;
    const [block] = plan.agenda;
    let jumps = 0;
    for (const code of CODES) {
      for (const roles of [[], ['tr']] as const) {
        const f = finding(code, sameInBoth(code), {
          workplaceIds: workplace ? [workplace.id] : [],
          blockIds: block ? [block.id] : [],
          roles,
        });
        const target = fixTargetOf(f, plan);
        if (!target) continue;
        jumps += 1;
        expect([code, roles, sectionHolding(target)]).toEqual([code, roles, sectionOfFinding(f)]);
      }
    }
    expect(jumps).toBeGreaterThan(CODES.length);
  });

  it('tallies errors and warnings per section, every section present', () => {
    const plan = { ...aCoveredPlan(), title: { da: '', en: '' }, presentingWorkplaces: [] };
    const findings = validatePlan(plan, TEST_CLOCK);
    const tally = tallyBySection(findings);
    expect(tally.meeting.errors).toBe(findings.filter((f) => f.code === 'title-empty').length);
    expect(tally.meeting.errors).toBeGreaterThan(0);
    expect(tally.workplaces.errors).toBeGreaterThan(0);
    expect(tally.invitation).toEqual({ errors: 0, warnings: 0 });
    const counted = Object.values(tally).reduce((n, s) => n + s.errors + s.warnings, 0);
    expect(counted).toBe(findings.filter((f) => f.severity !== 'info').length);
  });

  it('leaves a covered plan with nothing in any section', () => {
    const tally = tallyBySection(validatePlan(aCoveredPlan(), TEST_CLOCK));
    expect(Object.values(tally).every((s) => s.errors === 0)).toBe(true);
  });
});

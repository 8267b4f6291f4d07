import { describe, expect, it } from 'vitest';
import { programmeOfInvitation, programmeOfPlan } from './meetingProgramme';
import { stageProgrammeFrom, stageProgrammeJson } from './stageProgramme';
import { aCoveredPlan, anInvitedCopy } from './testBuilders.testSupport';

describe('the programme a stage link carries', () => {
  it('comes back as it went, from a plan and from an invitation', () => {
    const plan = aCoveredPlan();
    for (const programme of [programmeOfPlan(plan), programmeOfInvitation(anInvitedCopy(plan))]) {
      expect(stageProgrammeFrom(stageProgrammeJson(programme))).toEqual(programme);
    }
  });

  it('carries the programme and nobody’s answer or address', () => {
    const plan = aCoveredPlan();
    const json = stageProgrammeJson(programmeOfPlan(plan));
    for (const invitee of plan.invitees) expect(json).not.toContain(invitee.email);
    expect(json).not.toMatch(/accepted|declined|attendance/i);
  });

  it('refuses anything that is not such a programme', () => {
    const good = JSON.parse(stageProgrammeJson(programmeOfPlan(aCoveredPlan()))) as {
      i: unknown[][];
    };
    const variants: unknown[] = [
      'not json',
      null,
      { ...good, v: 2 },
      { ...good, d: '2027-02-30' },
      { ...good, i: [['a', '25:00', '26:00', ['x', null], ['', null]]] },
      { ...good, i: [['a', '11:10', '11:00', ['x', null], ['', null]]] },
      { ...good, i: [['a', '11:00', '11:10', ['x'.repeat(601), null], ['', null]]] },
      { ...good, i: [['a', '11:00', '11:10', [1, null], ['', null]]] },
      { ...good, i: Array.from({ length: 61 }, () => good.i[0]) },
    ];
    for (const v of variants) {
      expect(stageProgrammeFrom(typeof v === 'string' ? v : JSON.stringify(v))).toBeUndefined();
    }
  });
});

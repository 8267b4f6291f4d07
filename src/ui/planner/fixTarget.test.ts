import { describe, expect, it } from 'vitest';
import {
  FINDING_SEVERITY,
  type FindingCode,
  finding,
  type PresentingWorkplace,
  sameInBoth,
  validatePlan,
} from '../../domain';
import { aCoveredPlan, TEST_CLOCK, workplaces } from '../../domain/testBuilders.testSupport';
import { attendanceSwitchId, fixTargetOf } from './fixTarget';

const some = (code: FindingCode, subject = {}) => finding(code, sameInBoth(code), subject);

describe('jump to the fix', () => {
  it('takes a missing role to the person search with that role chosen', () => {
    expect(fixTargetOf(some('med-vice-chair-missing'), aCoveredPlan())).toEqual({
      kind: 'invite',
      role: 'medViceChair',
    });
    expect(fixTargetOf(some('top-management-missing'), aCoveredPlan())).toEqual({
      kind: 'invite',
      role: 'director',
    });
  });

  it('takes an incomplete TRIO to its empty seat', () => {
    const [w] = workplaces(1) as [PresentingWorkplace];
    const plan = aCoveredPlan();
    const broken = {
      ...plan,
      presentingWorkplaces: [{ ...w, trio: { leader: w.trio.leader, amr: w.trio.amr } }],
    };
    // The leader and AMR are not invited either; the empty TR seat is the one to fill first.
    const found = validatePlan(broken, TEST_CLOCK).find((f) => f.code === 'trio-incomplete');
    expect(found && fixTargetOf(found, broken)).toEqual({
      kind: 'seat',
      workplaceId: w.id,
      seat: 'tr',
    });
  });

  it('takes a block problem to the block', () => {
    expect(fixTargetOf(some('blocks-overlap', { blockIds: ['b2', 'b3'] }), aCoveredPlan())).toEqual(
      {
        kind: 'block',
        blockId: 'b2',
      },
    );
  });

  it('takes the plans that must not be sent to the control that fixes them', () => {
    const plan = aCoveredPlan();
    const at = (code: FindingCode) => fixTargetOf(some(code), plan);
    expect(at('title-empty')).toEqual({ kind: 'control', id: 'meeting-title' });
    expect(at('date-in-past')).toEqual({ kind: 'control', id: 'meeting-date' });
    expect(at('start-in-past')).toEqual({ kind: 'control', id: 'start-time' });
    expect(at('no-presenting-workplace')).toEqual({ kind: 'control', id: 'workplace-search' });
    const chair = plan.invitees.find((i) => i.roles.includes('medChair'));
    const optional = {
      ...plan,
      invitees: plan.invitees.map((i) =>
        i === chair ? { ...i, attendance: 'optional' as const } : i,
      ),
    };
    const found = validatePlan(optional, TEST_CLOCK).find((f) => f.code === 'role-only-optional');
    expect(found && fixTargetOf(found, optional)).toEqual({
      kind: 'control',
      id: attendanceSwitchId(chair?.id ?? ''),
    });
  });

  it('has somewhere to go for every error a plan can have before it is sent', () => {
    const planning = (Object.keys(FINDING_SEVERITY) as FindingCode[]).filter(
      (c) => FINDING_SEVERITY[c] === 'error' && !c.startsWith('attendance-'),
    );
    const nowhere = planning.filter(
      (c) =>
        fixTargetOf(
          some(c, { blockIds: ['b'], workplaceIds: ['w'], roles: ['tr'] }),
          aCoveredPlan(),
        ) === undefined,
    );
    expect(nowhere).toEqual([]);
  });
});

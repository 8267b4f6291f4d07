import { describe, expect, it } from 'vitest';
import {
  attendanceCoverage,
  type AttendanceResponse,
  type InviteeResponse,
} from './attendanceCoverage';
import type { MeetingPlan } from './plan';
import type { Role } from './roles';
import { aCoveredPlan } from './testBuilders.testSupport';

function answers(
  plan: MeetingPlan,
  response: AttendanceResponse,
  except: Record<string, AttendanceResponse> = {},
): InviteeResponse[] {
  return plan.invitees.map((i) => ({ email: i.email, response: except[i.id] ?? response }));
}
const holder = (plan: MeetingPlan, role: Role) => {
  const found = plan.invitees.find((i) => i.roles.includes(role));
  if (!found) throw new Error(`no ${role}`);
  return found;
};

describe('attendanceCoverage', () => {
  it('is covered with no findings when everyone has accepted', () => {
    const plan = aCoveredPlan();
    const coverage = attendanceCoverage(plan, answers(plan, 'accepted'));
    expect(coverage.findings).toEqual([]);
    expect(coverage.covered).toBe(true);
  });

  it('groups answers per role', () => {
    const plan = aCoveredPlan();
    const chair = holder(plan, 'medChair');
    const coverage = attendanceCoverage(
      plan,
      answers(plan, 'accepted', { [chair.id]: 'tentative' }),
    );
    const chairRow = coverage.roles.find((r) => r.role === 'medChair');
    expect(chairRow?.tentative.map((i) => i.id)).toEqual([chair.id]);
    expect(chairRow?.accepted).toEqual([]);
    expect(coverage.roles.find((r) => r.role === 'amr')?.accepted).toHaveLength(2);
  });

  it('says the reflection block lacks its presenter when the MED vice-chair declines', () => {
    const plan = aCoveredPlan();
    const vice = holder(plan, 'medViceChair');
    const coverage = attendanceCoverage(plan, answers(plan, 'accepted', { [vice.id]: 'declined' }));
    expect(coverage.covered).toBe(false);
    const presenter = coverage.findings.find((f) => f.code === 'attendance-presenter-declined');
    expect(presenter).toMatchObject({
      blockIds: ['reflection'],
      roles: ['medViceChair'],
      personIds: [vice.id],
    });
    expect(presenter?.message.da).toContain('Refleksion over dagen');
    expect(presenter?.message.en).toContain('Niels Næstformand declined');
    expect(coverage.findings.map((f) => f.code)).toContain('attendance-role-declined');
  });

  it('says a TRIO is incomplete when one of its members declines', () => {
    const plan = aCoveredPlan();
    const tr = plan.presentingWorkplaces[1]?.trio.tr;
    const coverage = attendanceCoverage(
      plan,
      answers(plan, 'accepted', { [tr?.id ?? '']: 'declined' }),
    );
    expect(coverage.findings.find((f) => f.code === 'attendance-trio-declined')).toMatchObject({
      workplaceIds: [plan.presentingWorkplaces[1]?.id],
      roles: ['tr'],
    });
  });

  it('keeps a role covered while another holder is still coming', () => {
    const plan = aCoveredPlan();
    const director = holder(plan, 'director');
    const coverage = attendanceCoverage(
      plan,
      answers(plan, 'accepted', { [director.id]: 'declined' }),
    );
    // The department director still comes, so top management is covered...
    expect(coverage.findings.map((f) => f.code)).not.toContain('attendance-role-declined');
    // ...but the reflection block names the director role, which no one else holds.
    expect(
      coverage.findings.find((f) => f.code === 'attendance-presenter-declined')?.roles,
    ).toEqual(['director']);
  });

  it('warns while no one in a required role has confirmed, and reads addresses case-insensitively', () => {
    const plan = aCoveredPlan();
    const chair = holder(plan, 'medChair');
    const pending = attendanceCoverage(plan, answers(plan, 'accepted', { [chair.id]: 'none' }));
    const awaiting = pending.findings.find((f) => f.code === 'attendance-awaiting');
    expect(awaiting).toMatchObject({ severity: 'warning', roles: ['medChair'] });
    expect(pending.covered).toBe(true);

    const shouted = answers(plan, 'accepted').map((a) => ({ ...a, email: a.email.toUpperCase() }));
    expect(attendanceCoverage(plan, shouted).findings).toEqual([]);
  });

  it('treats a missing answer as none', () => {
    const plan = aCoveredPlan();
    const coverage = attendanceCoverage(plan, []);
    expect(coverage.findings.every((f) => f.code === 'attendance-awaiting')).toBe(true);
    expect(coverage.roles.find((r) => r.role === 'medChair')?.none).toHaveLength(1);
  });
});

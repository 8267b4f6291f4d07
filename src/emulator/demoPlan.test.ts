import { describe, expect, it } from 'vitest';
import { SECOND_PROGRAMME, validatePlan } from '../domain';
import { demoPlan } from './demoPlan.testSupport';
import { TEST_CLOCK } from '../domain/testBuilders.testSupport';
import { demoTenant } from './demoTenant';

describe('demo tenant and its plans', () => {
  const tenant = demoTenant();

  it('has every role group, six or more workplaces with TRIOs, and a group of 5,000+', () => {
    for (const role of [
      'director',
      'departmentDirector',
      'middleManager',
      'medMember',
      'hrConsultant',
      'amConsultant',
      'amr',
      'tr',
    ] as const) {
      expect(tenant.roleGroups[role]).toBeTruthy();
    }
    expect(tenant.workplaces.length).toBeGreaterThanOrEqual(6);
    const allStaff = tenant.groups.find((g) => g.id === tenant.allStaffGroupId);
    expect((allStaff?.memberIds.length ?? 0) + (allStaff?.groupIds.length ?? 0)).toBeGreaterThan(
      5_000,
    );
    expect(tenant.users.every((u) => u.mail.endsWith('@egeskov.example'))).toBe(true);
    expect(new Set(tenant.users.map((u) => u.mail)).size).toBe(tenant.users.length);
  });

  it('is the same tenant every time', async () => {
    const { buildDemoTenant } = await import('./demoTenant');
    expect(buildDemoTenant().users.slice(0, 50)).toEqual(tenant.users.slice(0, 50));
  });

  it('gives plans with no coverage error for both programmes', () => {
    expect(
      validatePlan(demoPlan(tenant), TEST_CLOCK).filter((f) => f.severity === 'error'),
    ).toEqual([]);
    const second = demoPlan(tenant, { programme: SECOND_PROGRAMME, workplaces: 6 });
    expect(validatePlan(second, TEST_CLOCK).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

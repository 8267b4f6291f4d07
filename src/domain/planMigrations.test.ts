import { describe, expect, it } from 'vitest';
import { parsePlan } from './parsePlan';
import { PLAN_SCHEMA_VERSION } from './plan';
import { migratePlan, STORED_PLAN_VERSIONS } from './planMigrations';
import planV1 from './storedPlans/plan-v1.json';

/**
 * A plan exactly as each released version stored it (`storedPlans/plan-v<n>.json`, never edited
 * after its version shipped). A new schema version adds the file of the version it replaces.
 */
const STORED: Readonly<Record<number, unknown>> = { 1: planV1 };

function storedPlan(version: number): Record<string, unknown> {
  const plan = STORED[version];
  if (plan === undefined) throw new Error(`No stored plan of version ${version} in storedPlans/`);
  return structuredClone(plan) as Record<string, unknown>;
}

const EARLIER_VERSIONS = STORED_PLAN_VERSIONS.filter((v) => v !== PLAN_SCHEMA_VERSION);

describe('migratePlan', () => {
  it('knows every version from 1 to the current one', () => {
    expect(STORED_PLAN_VERSIONS).toEqual(
      Array.from({ length: PLAN_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(EARLIER_VERSIONS)('opens a plan stored by version %i as a current plan', (version) => {
    const stored = storedPlan(version);
    expect(stored['schemaVersion']).toBe(version);
    const result = parsePlan(stored);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(result.plan.id).toBe(stored['id']);
    expect(result.plan.invitees.length).toBe((stored['invitees'] as unknown[]).length);
    expect(result.plan.agenda.map((b) => [b.start, b.end])).toEqual(
      (stored['agenda'] as { start: string; end: string }[]).map((b) => [b.start, b.end]),
    );
  });

  it.each(EARLIER_VERSIONS)('leaves the stored value of version %i untouched', (version) => {
    const stored = storedPlan(version);
    const before = JSON.stringify(stored);
    migratePlan(stored);
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('opens a version-1 plan without the fields version 2 added for the effort rules', () => {
    const result = parsePlan(storedPlan(1));
    if (!result.ok) throw new Error('v1 plan did not open');
    expect(result.plan.series.otherMeetings).toBeUndefined();
    expect(result.plan.adaptedFrame).toBeUndefined();
    expect(result.plan.organisation).toBeUndefined();
    expect(result.plan.presentingWorkplaces.every((w) => w.seatChoices === undefined)).toBe(true);
  });

  it('keeps version 2’s series snapshot, adapted frame, organisation and seat choices', () => {
    const v1 = storedPlan(1);
    const workplaces = v1['presentingWorkplaces'] as Record<string, unknown>[];
    const someone = { id: 'u-1', name: 'Lise Leder', email: 'lise@example.org' };
    const other = { id: 'u-2', name: 'Lars Leder', email: 'lars@example.org' };
    const v2 = {
      ...v1,
      schemaVersion: PLAN_SCHEMA_VERSION,
      series: {
        ...(v1['series'] as object),
        otherMeetings: [{ planId: 'plan-0', position: 2, size: 3, date: '2026-05-21' }],
      },
      adaptedFrame: { minutes: 260 },
      organisation: 'hospital',
      presentingWorkplaces: workplaces.map((w, i) =>
        i === 0 ? { ...w, seatChoices: { leader: [someone, other] } } : w,
      ),
    };
    const result = parsePlan(JSON.parse(JSON.stringify(v2)));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.plan.series.otherMeetings).toEqual(v2.series.otherMeetings);
    expect(result.plan.adaptedFrame).toEqual({ minutes: 260 });
    expect(result.plan.organisation).toBe('hospital');
    expect(result.plan.presentingWorkplaces[0]?.seatChoices).toEqual({ leader: [someone, other] });
    expect(parsePlan({ ...v2, organisation: 'ministerium' }).ok).toBe(false);
    expect(
      parsePlan({ ...v2, series: { ...v2.series, otherMeetings: [{ planId: 'x', position: 0 }] } })
        .ok,
    ).toBe(false);
  });

  it('returns what is not an earlier plan as it is, for the schema to judge', () => {
    const future = { ...storedPlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 };
    for (const value of [null, 3, 'plan', [], future, { schemaVersion: '1' }]) {
      expect(migratePlan(value)).toBe(value);
    }
    expect(parsePlan(future).ok).toBe(false);
  });
});

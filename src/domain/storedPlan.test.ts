import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import planV1 from './storedPlans/plan-v1.json';
import { parsePlan } from './parsePlan';
import { PLAN_SCHEMA_VERSION } from './plan';
import { readCurrentPlan, readStoredPlan } from './storedPlan';
import { aCoveredPlan, aMeetingOf } from './testBuilders.testSupport';

const v1 = planV1 as Record<string, unknown>;

/** Plans and near-plans: valid ones, a stored v1, and each with one field broken. */
const candidates = fc.oneof(
  fc.constantFrom<unknown>(aCoveredPlan(), aMeetingOf(40), v1),
  fc
    .tuple(
      fc.constantFrom<Record<string, unknown>>(
        JSON.parse(JSON.stringify(aCoveredPlan())) as Record<string, unknown>,
        v1,
      ),
      fc.constantFrom('date', 'start', 'invitees', 'series', 'title', 'schemaVersion', 'agenda'),
      fc.anything(),
    )
    .map(([plan, key, value]) => ({ ...plan, [key]: value })),
  fc.anything(),
);

describe('readStoredPlan, the send check’s reader of a stored plan', () => {
  it('accepts exactly what parsePlan accepts, and gives the same plan: one schema, no messages', () => {
    fc.assert(
      fc.property(candidates, (input) => {
        const parsed = parsePlan(input);
        expect(readStoredPlan(input)).toEqual(parsed.ok ? parsed.plan : undefined);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readCurrentPlan, the send check’s reader of the plan the pane keeps in the session', () => {
  it('accepts what parsePlan accepts at the current version, the same plan, and nothing older', () => {
    fc.assert(
      fc.property(candidates, (input) => {
        const parsed = parsePlan(input);
        const current =
          typeof input === 'object' &&
          input !== null &&
          (input as Record<string, unknown>)['schemaVersion'] === PLAN_SCHEMA_VERSION;
        expect(readCurrentPlan(input)).toEqual(parsed.ok && current ? parsed.plan : undefined);
      }),
      { numRuns: 500 },
    );
    expect(readCurrentPlan(v1)).toBeUndefined();
  });
});

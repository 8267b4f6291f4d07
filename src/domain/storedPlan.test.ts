import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import planV1 from './storedPlans/plan-v1.json';
import { parsePlan } from './parsePlan';
import { readStoredPlan } from './storedPlan';
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

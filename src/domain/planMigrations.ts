import { PLAN_SCHEMA_VERSION } from './plan';

/** A stored plan as JSON gives it, before it is checked against the schema. */
type StoredPlanJson = Record<string, unknown>;

/**
 * One step from a plan of version `n` to version `n + 1`, on raw JSON. A step never throws and
 * never checks: what it cannot lift it leaves as it is, and the schema names what is wrong.
 */
type MigrationStep = (plan: StoredPlanJson) => StoredPlanJson;

/**
 * Version 1 → 2. The changes of version 2 are listed here one step each, so each has its reason
 * beside it; every step is total over version 1's shape.
 */
const V1_TO_V2: readonly MigrationStep[] = [];

/** The steps from each earlier version to the next, by the version they start from. */
const MIGRATIONS: Readonly<Record<number, readonly MigrationStep[]>> = {
  1: V1_TO_V2,
};

/** Every version a stored plan has been written in, oldest first; the last is the current. */
export const STORED_PLAN_VERSIONS: readonly number[] = [
  ...Object.keys(MIGRATIONS).map(Number),
  PLAN_SCHEMA_VERSION,
];

function isRecord(value: unknown): value is StoredPlanJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Lifts a stored plan of an earlier schema version to the current one, step by step; anything
 * else (the current version, a version from the future, not a plan at all) is returned as it
 * is, for the schema to accept or name what is wrong. Pure: the input is never changed.
 */
export function migratePlan(input: unknown): unknown {
  if (!isRecord(input)) return input;
  let plan: StoredPlanJson = input;
  for (;;) {
    const version = plan['schemaVersion'];
    if (typeof version !== 'number' || version === PLAN_SCHEMA_VERSION) return plan;
    const steps = MIGRATIONS[version];
    if (steps === undefined) return plan;
    plan = steps.reduce((lifted, step) => step(lifted), { ...plan });
    plan = { ...plan, schemaVersion: version + 1 };
  }
}

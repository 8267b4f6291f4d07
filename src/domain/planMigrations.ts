import { PLAN_SCHEMA_VERSION } from './plan';
import {
  cutText,
  MAX_COMMITTEE_MEMBERS,
  MAX_PRESENTERS_PER_BLOCK,
  MAX_TITLE_LENGTH,
  safePlanId,
} from './planLimits';

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
const V1_TO_V2: readonly MigrationStep[] = [
  // The plan's own id is the .ics UID and the transaction id, written unescaped: version 2
  // allows only [A-Za-z0-9._-]. An id beyond that is rewritten the same way every time, and so
  // is a series id (the first meeting's plan id), so the meetings of an effort stay together.
  (plan) => {
    const series = isRecord(plan['series']) ? plan['series'] : undefined;
    const seriesId = series?.['seriesId'];
    return {
      ...plan,
      ...(typeof plan['id'] === 'string' ? { id: safePlanId(plan['id']) } : {}),
      ...(series && typeof seriesId === 'string'
        ? { series: { ...series, seriesId: safePlanId(seriesId) } }
        : {}),
    };
  },
  // Outlook's subject holds 255 characters, and version 2 holds a title to that: a longer one
  // (Exchange cut the subject anyway) is cut, ending in "…", so the plan still opens.
  (plan) => {
    const title = plan['title'];
    if (!isRecord(title)) return plan;
    const cut = (v: unknown) => (typeof v === 'string' ? cutText(v, MAX_TITLE_LENGTH) : v);
    return { ...plan, title: { ...title, da: cut(title['da']), en: cut(title['en']) } };
  },
  // Version 2 keeps at most 500 named presenters per block and 200 committee members (a plan
  // of tens of megabytes once parsed); a version-1 plan beyond them keeps the first ones.
  (plan) => {
    const agenda = Array.isArray(plan['agenda'])
      ? plan['agenda'].map((block: unknown) => {
          if (!isRecord(block) || !isRecord(block['presenters'])) return block;
          const people = block['presenters']['people'];
          return Array.isArray(people) && people.length > MAX_PRESENTERS_PER_BLOCK
            ? {
                ...block,
                presenters: {
                  ...block['presenters'],
                  people: people.slice(0, MAX_PRESENTERS_PER_BLOCK),
                },
              }
            : block;
        })
      : plan['agenda'];
    const committee = plan['medCommittee'];
    const members = isRecord(committee) ? committee['members'] : undefined;
    return {
      ...plan,
      agenda,
      ...(isRecord(committee) && Array.isArray(members) && members.length > MAX_COMMITTEE_MEMBERS
        ? { medCommittee: { ...committee, members: members.slice(0, MAX_COMMITTEE_MEMBERS) } }
        : {}),
    };
  },
];

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

import type * as z from 'zod/mini';
import type { MeetingPlan } from './plan';
import { migratePlan } from './planMigrations';
import { meetingPlanSchema } from './planSchema';

/** zod's answer for a stored plan: the plan, or the issues found. */
export type StoredPlanCheck = ReturnType<typeof meetingPlanSchema.safeParse>;

/**
 * The one check of a stored plan: lifted from an earlier schema version (`migratePlan`), then
 * held to the schema (`meetingPlanSchema`). `error` words zod's issues: `parsePlan` passes
 * Danish and English. Without it zod's small build carries no messages, so a caller that only
 * asks whether a plan is valid (the Outlook send check, `readStoredPlan`) loads no locale.
 */
export function checkStoredPlan(input: unknown, error?: z.core.$ZodErrorMap): StoredPlanCheck {
  return meetingPlanSchema.safeParse(migratePlan(input), error ? { error } : undefined);
}

/** A stored plan when it is valid (lifted to the current version), else undefined. */
export function readStoredPlan(input: unknown): MeetingPlan | undefined {
  const checked = checkStoredPlan(input);
  return checked.success ? checked.data : undefined;
}

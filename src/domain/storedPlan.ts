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
 * asks whether a plan is valid (`readStoredPlan`; the Outlook send check, `readCurrentPlan`) loads no locale.
 */
export function checkStoredPlan(input: unknown, error?: z.core.$ZodErrorMap): StoredPlanCheck {
  return meetingPlanSchema.safeParse(migratePlan(input), error ? { error } : undefined);
}

/** A stored plan when it is valid (lifted to the current version), else undefined. */
export function readStoredPlan(input: unknown): MeetingPlan | undefined {
  const checked = checkStoredPlan(input);
  return checked.success ? checked.data : undefined;
}

/**
 * A plan of the current schema version when it is valid, else undefined: the schema alone, no
 * lifting. The Outlook send check's reader of the plan the pane keeps in the form's session,
 * which the pane always writes at the current version. Lifting needs the programmes' templates
 * (version 3 compares each text with its template), about 3 KiB gzip the send file cannot carry
 * (DEVELOPERS.md, "The send file"); a plan an older pane left is read by the pane, which lifts it
 * and writes it back (`findFormPlan`), so the check stops the meeting until then.
 */
export function readCurrentPlan(input: unknown): MeetingPlan | undefined {
  const checked = meetingPlanSchema.safeParse(input);
  return checked.success ? checked.data : undefined;
}

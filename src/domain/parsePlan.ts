import type * as z from 'zod/mini';
import da from 'zod/v4/locales/da.js';
import en from 'zod/v4/locales/en.js';
import type { Localized } from './localized';
import type { MeetingPlan } from './plan';
import { CUSTOM_CHECKS } from './planSchema';
import { checkStoredPlan } from './storedPlan';

/** One thing wrong with a plan's data: where (`agenda[3].start`) and what, in both languages. */
export interface PlanError {
  readonly path: string;
  readonly message: Localized;
}

/** A valid plan, or every error found in the input. */
export type ParsePlanResult =
  | { readonly ok: true; readonly plan: MeetingPlan }
  | { readonly ok: false; readonly errors: readonly PlanError[] };

// zod's small build carries no messages of its own: each language's is loaded here, so code that
// only asks whether a plan is valid (the Outlook send check, through `readCurrentPlan`) carries
// neither.
const danish = da().localeError;
const english = en().localeError;

function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(plan)';
}

function localize(issues: readonly z.core.$ZodIssue[], danishIssues: readonly z.core.$ZodIssue[]) {
  return issues.map((issue, i): PlanError => {
    const custom = CUSTOM_CHECKS[issue.message as keyof typeof CUSTOM_CHECKS];
    return {
      path: pathOf(issue.path),
      message: custom ?? { da: danishIssues[i]?.message ?? issue.message, en: issue.message },
    };
  });
}

/**
 * Checks a value (a draft from storage, a plan read from an event, a file a user edited by
 * hand) and returns either the plan or errors naming each field and what is wrong. A plan
 * stored by an earlier version is lifted to the current one first (`migratePlan`). Never throws.
 */
export function parsePlan(input: unknown): ParsePlanResult {
  const result = checkStoredPlan(input, english);
  if (result.success) return { ok: true, plan: result.data };
  const danishResult = checkStoredPlan(input, danish);
  const danishIssues = danishResult.success ? [] : danishResult.error.issues;
  return { ok: false, errors: localize(result.error.issues, danishIssues) };
}

/** `parsePlan` for JSON text, with a clear error when the text is not JSON at all. */
export function parsePlanJson(text: string): ParsePlanResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [
        {
          path: '(plan)',
          message: {
            da: `Filen er ikke gyldig JSON: ${detail}`,
            en: `The file is not valid JSON: ${detail}`,
          },
        },
      ],
    };
  }
  return parsePlan(value);
}

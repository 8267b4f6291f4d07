import type { Localized } from './localized';
import type { Role } from './roles';

/** How much a finding matters: an error stops sending, a warning and an info do not. */
export type FindingSeverity = 'error' | 'warning' | 'info';

/**
 * The codes of the errors a plan can have before it is sent: each stops sending. The Outlook
 * send check runs the rules that find these alone (`planErrors`), with their messages
 * (`errorMessages.ts`), so its file carries none of the rest.
 */
export type PlanErrorCode =
  | 'title-empty'
  | 'date-in-past'
  | 'start-in-past'
  | 'top-management-missing'
  | 'middle-manager-missing'
  | 'staff-function-missing'
  | 'med-chair-missing'
  | 'med-vice-chair-missing'
  | 'role-only-optional'
  | 'no-presenting-workplace'
  | 'trio-incomplete'
  | 'presenter-not-invited'
  | 'presenter-role-missing'
  | 'presenter-only-optional'
  | 'workplace-not-presenting'
  | 'blocks-overlap'
  | 'block-outside-meeting'
  | 'block-ends-before-start'
  | 'meeting-ends-before-start'
  | 'too-many-attendees'
  | 'invalid-email'
  | 'series-position-out-of-range'
  | 'med-chair-is-vice-chair'
  | 'block-title-empty'
  | 'frame-not-confirmed'
  | 'series-date-order'
  | 'series-position-taken'
  | 'series-title-number';

/** What a finding is about; the UI uses it to jump to the fix. */
export type FindingCode =
  // Errors: the plan cannot be sent.
  | PlanErrorCode
  // Warnings: worth a look, sending is allowed.
  | 'med-committee-incomplete'
  | 'meeting-length-unusual'
  | 'frame-exceeded'
  | 'no-break'
  | 'gap-between-blocks'
  | 'series-size-unusual'
  | 'agenda-empty'
  | 'date-day-off'
  | 'series-size-differs'
  // Info.
  | 'duplicate-merged'
  // After sending: what the answers leave uncovered.
  | 'attendance-role-declined'
  | 'attendance-presenter-declined'
  | 'attendance-trio-declined'
  | 'attendance-awaiting';

/** The severity each code always has. */
export const FINDING_SEVERITY: Readonly<Record<FindingCode, FindingSeverity>> = {
  'title-empty': 'error',
  'date-in-past': 'error',
  'start-in-past': 'error',
  'top-management-missing': 'error',
  'middle-manager-missing': 'error',
  'staff-function-missing': 'error',
  'med-chair-missing': 'error',
  'med-vice-chair-missing': 'error',
  'role-only-optional': 'error',
  'no-presenting-workplace': 'error',
  'trio-incomplete': 'error',
  'presenter-not-invited': 'error',
  'presenter-role-missing': 'error',
  'presenter-only-optional': 'error',
  'workplace-not-presenting': 'error',
  'blocks-overlap': 'error',
  'block-outside-meeting': 'error',
  'block-ends-before-start': 'error',
  'meeting-ends-before-start': 'error',
  'too-many-attendees': 'error',
  'invalid-email': 'error',
  'series-position-out-of-range': 'error',
  'med-chair-is-vice-chair': 'error',
  'block-title-empty': 'error',
  'frame-not-confirmed': 'error',
  'series-date-order': 'error',
  'series-position-taken': 'error',
  'series-title-number': 'error',
  'med-committee-incomplete': 'warning',
  'meeting-length-unusual': 'warning',
  'frame-exceeded': 'warning',
  'no-break': 'warning',
  'gap-between-blocks': 'warning',
  'series-size-unusual': 'warning',
  'agenda-empty': 'warning',
  'date-day-off': 'warning',
  'series-size-differs': 'warning',
  'duplicate-merged': 'info',
  'attendance-role-declined': 'error',
  'attendance-presenter-declined': 'error',
  'attendance-trio-declined': 'error',
  'attendance-awaiting': 'warning',
};

/** One thing the coverage rules found, as a value: findings are returned, never thrown. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: FindingSeverity;
  readonly message: Localized;
  readonly blockIds: readonly string[];
  readonly roles: readonly Role[];
  readonly personIds: readonly string[];
  readonly workplaceIds: readonly string[];
  /** A length in minutes where the finding is about one (overrun, gap, stretch). */
  readonly minutes?: number | undefined;
}

/** What a finding concerns, besides its code and message. */
export type FindingSubject = Partial<
  Pick<Finding, 'blockIds' | 'roles' | 'personIds' | 'workplaceIds' | 'minutes'>
>;

/** Builds a finding with the code's severity and empty lists for what it does not concern. */
export function finding(
  code: FindingCode,
  message: Localized,
  subject: FindingSubject = {},
): Finding {
  return findingAs(code, FINDING_SEVERITY[code], message, subject);
}

/**
 * Builds a finding of a severity known beforehand (`errorFinding`: an error's), with empty
 * lists for what it does not concern.
 */
export function findingAs(
  code: FindingCode,
  severity: FindingSeverity,
  message: Localized,
  subject: FindingSubject = {},
): Finding {
  return {
    code,
    severity,
    message,
    blockIds: subject.blockIds ?? [],
    roles: subject.roles ?? [],
    personIds: subject.personIds ?? [],
    workplaceIds: subject.workplaceIds ?? [],
    ...(subject.minutes === undefined ? {} : { minutes: subject.minutes }),
  };
}

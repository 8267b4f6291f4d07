import type { Finding, FindingCode } from '../../domain';

/** The planner's sections, in the order an organiser goes through them. */
export const PLANNER_SECTIONS = [
  'meeting',
  'workplaces',
  'people',
  'programme',
  'invitation',
] as const;

/** One section of the planner: what its header is named by and what its findings are sorted by. */
export type PlannerSectionId = (typeof PLANNER_SECTIONS)[number];

/**
 * The section whose controls fix a finding: where its header counts it and where the fix jump
 * opens it. Total over the codes, so a new code does not compile until it has a section.
 */
const SECTION_OF: Readonly<Record<FindingCode, PlannerSectionId>> = {
  'title-empty': 'meeting',
  'date-in-past': 'meeting',
  'start-in-past': 'meeting',
  'meeting-ends-before-start': 'meeting',
  'meeting-length-unusual': 'meeting',
  'series-position-out-of-range': 'meeting',
  'series-size-unusual': 'meeting',
  'series-size-differs': 'meeting',
  'series-date-order': 'meeting',
  'series-position-taken': 'meeting',
  'series-title-number': 'meeting',
  'date-day-off': 'meeting',
  'frame-not-confirmed': 'meeting',
  'no-presenting-workplace': 'workplaces',
  'trio-incomplete': 'workplaces',
  'workplace-not-presenting': 'workplaces',
  'top-management-missing': 'people',
  'middle-manager-missing': 'people',
  'staff-function-missing': 'people',
  'med-chair-missing': 'people',
  'med-vice-chair-missing': 'people',
  'med-chair-is-vice-chair': 'people',
  'med-committee-incomplete': 'people',
  'role-only-optional': 'people',
  'presenter-not-invited': 'people',
  'presenter-role-missing': 'people',
  'presenter-only-optional': 'people',
  'too-many-attendees': 'people',
  'invalid-email': 'people',
  'duplicate-merged': 'people',
  'blocks-overlap': 'programme',
  'block-outside-meeting': 'programme',
  'block-ends-before-start': 'programme',
  'frame-exceeded': 'programme',
  'no-break': 'programme',
  'gap-between-blocks': 'programme',
  'agenda-empty': 'programme',
  'block-title-empty': 'programme',
  // Answers only exist after sending; were they shown in a planner, people would answer them.
  'attendance-role-declined': 'people',
  'attendance-presenter-declined': 'people',
  'attendance-trio-declined': 'people',
  'attendance-awaiting': 'people',
};

/** A presenter the programme names by role is fixed among the people, a workplace in its block. */
const FIXED_BY_ROLE: ReadonlySet<FindingCode> = new Set([
  'presenter-not-invited',
  'presenter-role-missing',
]);

/** The section a finding belongs to: where it is fixed (as `fixTargetOf` jumps). */
export function sectionOfFinding(finding: Pick<Finding, 'code' | 'roles'>): PlannerSectionId {
  if (FIXED_BY_ROLE.has(finding.code) && finding.roles.length === 0) return 'programme';
  return SECTION_OF[finding.code];
}

/** How many errors and warnings a section has left; infos are not counted as left to do. */
export interface SectionTally {
  readonly errors: number;
  readonly warnings: number;
}

/** Each section's tally of the findings, every section present (zero when nothing is left). */
export function tallyBySection(
  findings: readonly Pick<Finding, 'code' | 'roles' | 'severity'>[],
): Readonly<Record<PlannerSectionId, SectionTally>> {
  const tally = Object.fromEntries(
    PLANNER_SECTIONS.map((s) => [s, { errors: 0, warnings: 0 }]),
  ) as Record<PlannerSectionId, { errors: number; warnings: number }>;
  for (const f of findings) {
    const counts = tally[sectionOfFinding(f)];
    if (f.severity === 'error') counts.errors += 1;
    if (f.severity === 'warning') counts.warnings += 1;
  }
  return tally;
}

import {
  chairFindings,
  committeeFindings,
  namesOf,
  presenterFindings,
  roleFindings,
  trioFindings,
  workplaceFindings,
} from './coverageRules';
import { FINDING_MESSAGES } from './findingMessages';
import { type Finding, finding } from './findings';
import { normalizeText } from './html';
import { indexInvitees, isValidEmail, MAX_ATTENDEES, type MergedInvitees } from './invitees';
import type { MeetingPlan } from './plan';
import { type PlanningClock, timingFindings } from './planningClock';
import { requirementsOf } from './requirements';
import { dayOffFindings } from './dayOffRules';
import { scheduleFindings } from './scheduleRules';
import { seriesFindings } from './seriesRules';

export { SERIES_SIZE } from './seriesRules';

function attendeeFindings({ invitees, merged }: MergedInvitees): Finding[] {
  const out: Finding[] = [];
  if (invitees.length > MAX_ATTENDEES) {
    out.push(
      finding(
        'too-many-attendees',
        FINDING_MESSAGES['too-many-attendees']({ count: invitees.length }),
      ),
    );
  }
  for (const invitee of invitees) {
    if (isValidEmail(invitee.email)) continue;
    out.push(
      finding('invalid-email', FINDING_MESSAGES['invalid-email']({ people: namesOf([invitee]) }), {
        personIds: [invitee.id],
      }),
    );
  }
  for (const person of merged) {
    out.push(
      finding(
        'duplicate-merged',
        FINDING_MESSAGES['duplicate-merged']({ people: namesOf([person]) }),
        {
          personIds: [person.id],
        },
      ),
    );
  }
  return out;
}

/** An error when the title is empty (or only spaces) in either language: a nameless meeting. */
function titleFindings(plan: MeetingPlan): Finding[] {
  const blank = (text: string) => normalizeText(text).trim() === '';
  return blank(plan.title.da) || blank(plan.title.en)
    ? [finding('title-empty', FINDING_MESSAGES['title-empty']({}))]
    : [];
}

/**
 * Checks a plan against the guide's rules and returns what it finds, errors first in rule
 * order. Never throws: a plan that cannot be sent is described, not rejected. Duplicate
 * entries for one person are judged as the one invitation they become. The clock says what
 * "today" and "now" are (the domain reads none), so a meeting in the past is found.
 */
export function validatePlan(plan: MeetingPlan, clock: PlanningClock): Finding[] {
  const index = indexInvitees(plan.invitees);
  const req = requirementsOf(plan);
  const findings = [
    ...titleFindings(plan),
    ...timingFindings(plan, clock),
    ...dayOffFindings(plan),
    ...roleFindings(req, index),
    ...chairFindings(index),
    ...workplaceFindings(plan),
    ...trioFindings(req, index),
    ...presenterFindings(plan, req, index),
    ...scheduleFindings(plan),
    ...attendeeFindings(index),
    ...seriesFindings(plan),
    ...committeeFindings(plan, index),
  ];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** The findings that stop a plan from being sent: its errors, in the order found. */
export function sendBlockers(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/** True when nothing stops the plan from being sent. */
export function canSend(findings: readonly Finding[]): boolean {
  return sendBlockers(findings).length === 0;
}

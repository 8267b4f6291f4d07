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
import { errorFinding } from './errorMessages';
import { type Finding, finding } from './findings';
import { normalizeText } from './html';
import {
  indexInvitees,
  type InviteeIndex,
  isValidEmail,
  MAX_ATTENDEES,
  type MergedInvitees,
} from './invitees';
import type { MeetingPlan } from './plan';
import { type PlanningClock, timingFindings } from './planningClock';
import { requirementsOf } from './requirements';
import { dayOffFindings } from './dayOffRules';
import { scheduleErrors, scheduleWarnings } from './scheduleRules';
import { seriesErrors, seriesWarnings } from './seriesRules';

export { SERIES_SIZE } from './seriesRules';

function attendeeErrors({ invitees }: MergedInvitees): Finding[] {
  const out: Finding[] = [];
  if (invitees.length > MAX_ATTENDEES) {
    out.push(errorFinding('too-many-attendees', { count: invitees.length }));
  }
  for (const invitee of invitees) {
    if (isValidEmail(invitee.email)) continue;
    out.push(
      errorFinding(
        'invalid-email',
        { people: namesOf([invitee]) },
        {
          personIds: [invitee.id],
        },
      ),
    );
  }
  return out;
}

/** An info for each person listed more than once: they get one combined invitation. */
function mergedFindings({ merged }: MergedInvitees): Finding[] {
  return merged.map((person) =>
    finding(
      'duplicate-merged',
      FINDING_MESSAGES['duplicate-merged']({ people: namesOf([person]) }),
      { personIds: [person.id] },
    ),
  );
}

/** An error when the title is empty (or only spaces) in either language: a nameless meeting. */
function titleFindings(plan: MeetingPlan): Finding[] {
  const blank = (text: string) => normalizeText(text).trim() === '';
  return blank(plan.title.da) || blank(plan.title.en) ? [errorFinding('title-empty', {})] : [];
}

/** The findings of the rules that find errors, in rule order. */
function errorRuleFindings(plan: MeetingPlan, clock: PlanningClock, index: InviteeIndex) {
  const req = requirementsOf(plan);
  return [
    ...titleFindings(plan),
    ...timingFindings(plan, clock),
    ...roleFindings(req, index),
    ...chairFindings(index),
    ...workplaceFindings(plan),
    ...trioFindings(req, index),
    ...presenterFindings(plan, req, index),
    ...scheduleErrors(plan),
    ...attendeeErrors(index),
    ...seriesErrors(plan),
  ];
}

/**
 * The errors of a plan, those that stop it from being sent, in the order `validatePlan` gives
 * them: the rules that find errors, and only those. The Outlook send check runs this, so its
 * file carries neither the warnings' rules (the day-off rules with their holidays among them)
 * nor their messages (DEVELOPERS.md, "The send file"); a warning never stops a send.
 */
export function planErrors(plan: MeetingPlan, clock: PlanningClock): Finding[] {
  return sendBlockers(errorRuleFindings(plan, clock, indexInvitees(plan.invitees)));
}

/**
 * Checks a plan against the guide's rules and returns what it finds, errors first in rule
 * order. Never throws: a plan that cannot be sent is described, not rejected. Duplicate
 * entries for one person are judged as the one invitation they become. The clock says what
 * "today" and "now" are (the domain reads none), so a meeting in the past is found.
 */
export function validatePlan(plan: MeetingPlan, clock: PlanningClock): Finding[] {
  const index = indexInvitees(plan.invitees);
  const findings = [
    ...errorRuleFindings(plan, clock, index),
    // Warnings and infos: worth a look, never a reason not to send.
    ...dayOffFindings(plan),
    ...scheduleWarnings(plan),
    ...mergedFindings(index),
    ...seriesWarnings(plan),
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

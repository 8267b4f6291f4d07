import type { Finding } from './findings';
import { type FormState, planAsInForm } from './formPlan';
import type { Locale, Localized } from './localized';
import { parsePlanJson } from './parsePlan';
import { planningClockAt } from './planningClock';
import { planRefIn } from './inviteMarks';
import { sendBlockers, validatePlan } from './validatePlan';

/** What the send check reads from the form being sent. */
export interface SendCheckInput {
  /** The body's HTML: a network meeting's invitation carries `NM-ref: <plan id>`. */
  readonly bodyHtml: string;
  /** The plan's JSON as the organiser's pane left it in the form's session, if it did. */
  readonly planJson: string | undefined;
  /** The plan id the pane marked the organiser's item with, if it did. */
  readonly planId: string | undefined;
  readonly form: FormState;
  /** The instant of sending (milliseconds since the epoch): a meeting already begun is refused. */
  readonly now: number;
}

/** Why a send was stopped. */
export type SendBlockReason = 'coverage' | 'plan-not-open' | 'plan-unreadable';

/** The send check's answer: send, or stop with one message listing what to fix. */
export type SendDecision =
  | {
      readonly allow: true;
      /** False for a meeting that is not a network meeting: it was left alone. */
      readonly checked: boolean;
      readonly warnings: readonly Finding[];
    }
  | {
      readonly allow: false;
      readonly reason: SendBlockReason;
      readonly errors: readonly Finding[];
      readonly message: Localized;
    };

const HEADING: Localized = {
  da: 'Netværksmødet kan ikke sendes, før dette er rettet:',
  en: 'The network meeting cannot be sent until this is fixed:',
};

const NOT_OPEN: Localized = {
  da: 'Dette er et netværksmøde, og dets plan skal kontrolleres før afsendelse. Åbn Netværksmøde i båndet, så planen hentes og kontrolleres, og send så igen.',
  en: 'This is a network meeting, and its plan must be checked before sending. Open Network meeting in the ribbon, so the plan is loaded and checked, then send again.',
};

const UNREADABLE: Localized = {
  da: 'Netværksmødets plan kunne ikke læses. Luk og åbn Netværksmøde i båndet, så planen hentes igen, og send så igen.',
  en: 'The network meeting’s plan could not be read. Close and open Network meeting in the ribbon, so the plan is loaded again, then send again.',
};

const MORE: Localized = { da: 'og {n} mere', en: 'and {n} more' };

/** Said when Outlook would not give the form's attendees or times: nothing was checked. */
export function formUnreadableMessage(officeError: string): Localized {
  return {
    da: `Netværksmødet kunne ikke kontrolleres, fordi Outlook ikke gav mødets deltagere og tider (${officeError}). Prøv at sende igen.`,
    en: `The network meeting could not be checked, because Outlook did not give the meeting’s attendees and times (${officeError}). Try sending again.`,
  };
}

/**
 * Whether a form is a network meeting's: the organiser's pane left its plan in the session or
 * its id on the item, or the body carries the invitation's plan reference.
 */
export function carriesPlan(
  markers: Pick<SendCheckInput, 'bodyHtml' | 'planJson' | 'planId'>,
): boolean {
  return (
    markers.planJson !== undefined ||
    markers.planId !== undefined ||
    planRefIn(markers.bodyHtml) !== undefined
  );
}

/**
 * One message listing the errors, at most `maxLength` characters (Outlook's Smart Alerts dialog
 * takes 500): as many whole errors as fit, then how many more there are.
 */
export function sendBlockedMessage(
  errors: readonly Finding[],
  locale: Locale,
  maxLength: number,
): string {
  const lines = [HEADING[locale]];
  for (const [i, error] of errors.entries()) {
    const line = `• ${error.message[locale]}`;
    const rest = errors.length - i - 1;
    const more = rest > 0 ? `\n… ${MORE[locale].replace('{n}', () => String(rest))}` : '';
    const fits = [...lines, line].join('\n').length + more.length <= maxLength;
    if (!fits) {
      lines.push(`… ${MORE[locale].replace('{n}', () => String(errors.length - i))}`);
      break;
    }
    lines.push(line);
  }
  const text = lines.join('\n');
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}

function blocked(
  reason: SendBlockReason,
  errors: readonly Finding[],
  maxLength: number,
): SendDecision {
  const message: Localized =
    reason === 'coverage'
      ? {
          da: sendBlockedMessage(errors, 'da', maxLength),
          en: sendBlockedMessage(errors, 'en', maxLength),
        }
      : reason === 'plan-not-open'
        ? NOT_OPEN
        : UNREADABLE;
  return { allow: false, reason, errors, message };
}

/**
 * The send check for a meeting form. A meeting that is not a network meeting (no plan in the
 * session, no plan id on the item, no `NM-ref` in the body) is allowed untouched. A network
 * meeting is checked as the form has it now (`planAsInForm`): errors stop the send, warnings do
 * not. A network meeting whose plan is not in the session (opened without the pane) is stopped
 * with a request to open the pane: the check never lets through what it could not check.
 */
export function sendCheck(input: SendCheckInput, maxLength = 500): SendDecision {
  if (!carriesPlan(input)) return { allow: true, checked: false, warnings: [] };
  if (input.planJson === undefined) return blocked('plan-not-open', [], maxLength);
  const parsed = parsePlanJson(input.planJson);
  if (!parsed.ok) return blocked('plan-unreadable', [], maxLength);
  const findings = validatePlan(planAsInForm(parsed.plan, input.form), planningClockAt(input.now));
  const errors = sendBlockers(findings);
  if (errors.length > 0) return blocked('coverage', errors, maxLength);
  return { allow: true, checked: true, warnings: findings.filter((f) => f.severity === 'warning') };
}

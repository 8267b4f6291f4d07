import type { Finding } from './findings';
import { type FormState, planAsInForm } from './formPlan';
import type { Locale, Localized } from './localized';
import { planningClockAt } from './planningClock';
import { SEND_MESSAGES } from './sendMessages';
import { isNetworkMeeting, type SendMarkers } from './sendMarkers';
import { storedPlanFromSession } from './sessionPlan';
import { readCurrentPlan } from './storedPlan';
import { planErrors } from './validatePlan';

/** The form's attendees and times as Outlook gave them, or its refusal (Office's error name). */
export type FormRead =
  | { readonly ok: true; readonly value: FormState }
  | { readonly ok: false; readonly error: { readonly name: string } };

/** What the send check reads from the form being sent. */
export interface SendCheckInput {
  /** The three markers, each as Outlook gave it or refused it. */
  readonly markers: SendMarkers;
  /** The attendees and times: read only once the markers say this is a network meeting. */
  readonly form: FormRead;
  /** The instant of sending (milliseconds since the epoch): a meeting already begun is refused. */
  readonly now: number;
  /** Whether Outlook's dialog can open the pane from its button (Mailbox 1.14). */
  readonly dialogOpensPane: boolean;
}

/** Why a send was stopped. */
export type SendBlockReason =
  'coverage' | 'plan-not-open' | 'plan-unreadable' | 'form-unreadable' | 'times-unreadable';

/** The send check's answer: send, or stop with one message listing what to fix. */
export type SendDecision =
  | {
      readonly allow: true;
      /** False for a meeting that is not a network meeting: it was left alone. */
      readonly checked: boolean;
    }
  | {
      readonly allow: false;
      readonly reason: SendBlockReason;
      readonly errors: readonly Finding[];
      readonly message: Localized;
    };

/**
 * One message listing the errors, at most `maxLength` characters (Outlook's Smart Alerts dialog
 * takes 500): as many whole errors as fit, then how many more there are.
 */
export function sendBlockedMessage(
  errors: readonly Finding[],
  locale: Locale,
  maxLength: number,
): string {
  const lines = [SEND_MESSAGES.heading()[locale]];
  const more = (count: number) => SEND_MESSAGES.more({ count })[locale];
  for (const [i, error] of errors.entries()) {
    const line = `• ${error.message[locale]}`;
    const rest = errors.length - i - 1;
    const tail = rest > 0 ? `\n${more(rest)}` : '';
    if ([...lines, line].join('\n').length + tail.length > maxLength) {
      lines.push(more(errors.length - i));
      break;
    }
    lines.push(line);
  }
  const text = lines.join('\n');
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}

function stopped(reason: SendBlockReason, message: Localized): SendDecision {
  return { allow: false, reason, errors: [], message };
}

/**
 * The send check for a meeting form. A meeting no marker calls a network meeting is allowed
 * untouched. A network meeting is checked as the form has it now (`planAsInForm`) by the rules
 * that find errors (`planErrors`): errors stop the send; warnings never do, and are not looked for. Whatever cannot be checked stops a network meeting with a message
 * saying what to do: its plan not in the session (opened without the pane), a plan that cannot
 * be read, attendees or times Outlook would not give, times that are not times.
 */
export function sendCheck(input: SendCheckInput, maxLength = 500): SendDecision {
  const { markers, form } = input;
  if (!isNetworkMeeting(markers)) return { allow: true, checked: false };
  const reach = { dialogOpensPane: input.dialogOpensPane };
  const text = markers.session.ok ? markers.session.value : undefined;
  if (text === undefined) return stopped('plan-not-open', SEND_MESSAGES.planNotOpen(reach));
  const plan = readCurrentPlan(storedPlanFromSession(text));
  if (plan === undefined) return stopped('plan-unreadable', SEND_MESSAGES.planUnreadable(reach));
  if (!form.ok) {
    return stopped('form-unreadable', SEND_MESSAGES.formUnreadable({ error: form.error.name }));
  }
  const { start, end } = form.value;
  if (![start, end, input.now].every(Number.isFinite) || end < start) {
    return stopped('times-unreadable', SEND_MESSAGES.timesUnreadable());
  }
  const errors = planErrors(planAsInForm(plan, form.value), planningClockAt(input.now));
  if (errors.length > 0) {
    return {
      allow: false,
      reason: 'coverage',
      errors,
      message: {
        da: sendBlockedMessage(errors, 'da', maxLength),
        en: sendBlockedMessage(errors, 'en', maxLength),
      },
    };
  }
  return { allow: true, checked: true };
}

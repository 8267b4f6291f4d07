import { normalizeText } from './html';
import { hasElement, htmlText } from './htmlScan';
import { INVITE_REF_PREFIX, planReference } from './inviteMarks';

/**
 * The comment a cancellation carries: the organiser's message and the plan's reference. The
 * reference rides along because an attendee's copy may come to hold the cancellation's text in
 * place of the invitation (see FIDELITY.md), and the app tells network meetings by it.
 */
export function cancellationComment(message: string, planId: string): string {
  const text = normalizeText(message).trim();
  return `${text}${text ? '\n\n' : ''}${planReference(planId)}`;
}

/**
 * The organiser's message in a cancelled copy's body, when the body is the cancellation's text
 * (no programme table in it); undefined when the body is still the invitation. One pass over the
 * body, whatever it holds.
 */
export function cancellationNoteIn(html: string): string | undefined {
  if (hasElement(html, 'table')) return undefined;
  const text = htmlText(html).replace(/\r/g, '');
  const at = text.lastIndexOf(INVITE_REF_PREFIX);
  const note = (at < 0 ? text : text.slice(0, at))
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return note || undefined;
}

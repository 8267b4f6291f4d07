import { normalizeText } from './html';
import { decodeEntities } from './inviteAgenda';
import { INVITE_REF_PREFIX } from './renderInvite';

/**
 * The comment a cancellation carries: the organiser's message and the plan's reference. The
 * reference rides along because an attendee's copy may come to hold the cancellation's text in
 * place of the invitation (see FIDELITY.md), and the app tells network meetings by it.
 */
export function cancellationComment(message: string, planId: string): string {
  const text = normalizeText(message).trim();
  return `${text}${text ? '\n\n' : ''}${INVITE_REF_PREFIX}${planId}`;
}

/**
 * The organiser's message in a cancelled copy's body, when the body is the cancellation's text
 * (no programme table in it); undefined when the body is still the invitation.
 */
export function cancellationNoteIn(html: string): string | undefined {
  if (/<table\b/i.test(html)) return undefined;
  const body = /<body\b[^>]*>([\s\S]*)<\/body\s*>/i.exec(html)?.[1] ?? html;
  const text = decodeEntities(
    body
      .replace(/<br\b[^>]*>|<\/p\s*>|<\/div\s*>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/\r/g, ''),
  );
  const at = text.indexOf(INVITE_REF_PREFIX);
  const note = (at < 0 ? text : text.slice(0, at))
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return note || undefined;
}

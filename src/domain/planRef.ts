/**
 * The reference every invitation ends with. Exchange does not give attendees the organiser's
 * extension, but it gives them the body: this is how an attendee's app knows a network meeting,
 * and how the Outlook send check knows one before reading anything else. A file of its own, so
 * the send check reads it without the invitation's renderer.
 */
export const INVITE_REF_PREFIX = 'NM-ref: ';

/** The plan id an invitation's body refers to, if it is a network meeting's. */
export function planRefIn(body: string): string | undefined {
  const at = body.indexOf(INVITE_REF_PREFIX);
  if (at < 0) return undefined;
  const match = /^[A-Za-z0-9._-]{1,100}/.exec(body.slice(at + INVITE_REF_PREFIX.length));
  return match?.[0];
}

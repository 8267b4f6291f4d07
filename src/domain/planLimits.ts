/**
 * The bounds of a stored plan: the schema refuses a plan beyond them, the plan edits refuse to
 * go beyond them, and version 1's plans are brought inside them when they are opened.
 */

/**
 * The characters a plan's own id may hold. The id goes where no escaping would be safe enough:
 * the `.ics` file's UID, the booking's transaction id, the invitation's reference. The ids of
 * blocks, people and workplaces are not bound by it (people's come from the directory).
 */
export const PLAN_ID_PATTERN = /^[A-Za-z0-9._-]+$/;

/** A title's length: Outlook's subject holds 255 characters. */
export const MAX_TITLE_LENGTH = 255;

/** Named presenters of one block: no more than a meeting can invite (`MAX_ATTENDEES`). */
export const MAX_PRESENTERS_PER_BLOCK = 500;

/** Members of the MED committee a plan keeps; a hospital's H-MED has a few dozen. */
export const MAX_COMMITTEE_MEMBERS = 200;

/**
 * A plan id of version 1 as version 2 allows it: kept when it is already safe, else every other
 * character written as its UTF-8 bytes in hex between underscores (`a b` → `a_20_b`), the same every time,
 * so a series whose `seriesId` was such an id still names it.
 */
export function safePlanId(id: string): string {
  if (PLAN_ID_PATTERN.test(id)) return id;
  const bytes = new TextEncoder();
  return Array.from(id, (c) =>
    /^[A-Za-z0-9.-]$/.test(c)
      ? c
      : `_${Array.from(bytes.encode(c), (b) => b.toString(16).padStart(2, '0')).join('')}_`,
  ).join('');
}

/**
 * Text cut to at most `max` UTF-16 units, ending in "…" when cut, never inside a character made
 * of two (an emoji).
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const c of text) {
    if (kept.length + c.length > max - 1) break;
    kept += c;
  }
  return `${kept}…`;
}

import { INVITE_REF_PREFIX } from './inviteMarks';

/**
 * Telling a network-meeting invitation by the start of its body, as Graph's `bodyPreview` gives
 * it in a listing, so that only the likely ones have their whole body read. The preview is a
 * candidate test, never the proof: the reference the body ends with (`planRefIn`) decides.
 */

/**
 * The series line every invitation has had right under its title ("Netværksmøde 1 af 3 · …",
 * "Network meeting 1 of 3 · …"), in whatever whitespace the preview's text conversion leaves.
 */
const SERIES_LINE = /(?:netværksmøde|network meeting)\s+\d+\s+(?:af|of)\s+\d+/i;

/** Text compared loosely: whitespace squeezed, case ignored, the app's invisible marks gone. */
function squeezed(text: string): string {
  return text
    .replace(/[\u2060-\u2064]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Graph's preview of a body is its first 255 characters; a full one may hide the rest. */
const PREVIEW_LENGTH = 255;

/**
 * Whether an event whose body starts as `preview` may be a network-meeting invitation: the series
 * line is in the preview, or the preview is cut short inside the title (a title long enough to
 * push the series line out of a preview still starts the body, and the subject is the title).
 * A cancelled copy may carry only the organiser's message and the reference
 * (`cancellationComment`): it is a candidate when its preview shows the reference or is cut short
 * before it.
 */
export function previewMayBeInvitation(
  preview: string,
  subject: string,
  cancelled = false,
): boolean {
  if (SERIES_LINE.test(preview)) return true;
  if (cancelled && (preview.includes(INVITE_REF_PREFIX) || preview.length >= PREVIEW_LENGTH - 5)) {
    return true;
  }
  const start = squeezed(preview);
  return start.length > 0 && squeezed(subject).startsWith(start);
}

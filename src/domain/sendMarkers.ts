import { planRefIn } from './inviteMarks';

/**
 * What tells a network meeting from any other meeting on Send, read before anything else and
 * each on its own: Outlook may refuse one read and answer the others. A light file: the send
 * check's first part (`src/outlookSend.ts`) decides with it whether to load the rules at all.
 */

/** One marker as the form gave it: its value (undefined when absent), or Outlook's refusal. */
export type MarkerRead =
  | { readonly ok: true; readonly value: string | undefined }
  | { readonly ok: false; readonly error: { readonly name: string } };

/** The three places a network meeting is marked. */
export interface SendMarkers {
  /** The body's HTML: a network meeting's invitation ends with `NM-ref: <plan id>`. */
  readonly body: MarkerRead;
  /** The plan the organiser's pane keeps in the form's session data. */
  readonly session: MarkerRead;
  /** The plan id the organiser's pane set as a custom property on the item. */
  readonly planId: MarkerRead;
}

const says = (read: MarkerRead): string | undefined => (read.ok ? read.value : undefined);

/**
 * Whether any marker Outlook gave says this is a network meeting. A marker Outlook refused says
 * nothing: an ordinary meeting goes even when a read fails, and a network meeting is known by
 * whichever of its markers could be read.
 */
export function isNetworkMeeting(markers: SendMarkers): boolean {
  const body = says(markers.body);
  return (
    says(markers.session) !== undefined ||
    says(markers.planId) !== undefined ||
    (body !== undefined && planRefIn(body) !== undefined)
  );
}

import { describeGraphFailure } from '../../app/graphFailure';
import type { FormResult, MeetingForm } from '../../host/outlook/meetingForm';

/**
 * The Outlook item behind the form, as Graph knows it: its event's id, and reaching that event
 * when Outlook has saved the item but Exchange does not hold it yet.
 */

/** The item's event id, and whether the pane had to save the item to get it. */
export interface ItemEvent {
  readonly eventId: string;
  readonly saved: boolean;
}

/**
 * The id of the item's event. An item already saved (a draft, or a meeting sent before) has one
 * (`getItemIdAsync`) and is never saved here: `saveAsync` on an existing meeting mails its
 * attendees an update before the organiser pressed Send, and the send check would not see it.
 * A new item, never saved and so never sent, is saved first: Office's reference says no
 * invitation goes out then.
 */
export async function eventOfItem(form: MeetingForm): Promise<FormResult<ItemEvent>> {
  const known = await form.getItemRestId();
  if (!known.ok) return known;
  if (known.value !== undefined) return { ok: true, value: { eventId: known.value, saved: false } };
  const saved = await form.save();
  if (!saved.ok) return saved;
  const id = await form.getItemRestId();
  if (!id.ok) return id;
  return id.value === undefined
    ? { ok: false, error: { name: 'ItemNotSaved', message: 'The item has no id after saving.' } }
    : { ok: true, value: { eventId: id.value, saved: true } };
}

/** How long to wait before each further try, in milliseconds: 15 seconds in all. */
export const ARRIVAL_DELAYS_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000];

/** Waits; tests pass one that returns at once. */
export type Wait = (ms: number) => Promise<void>;

const sleep: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A Graph call on the item's event, once Exchange holds it, or word that it never came. */
export type Arrival<T> =
  { readonly arrived: true; readonly value: T } | { readonly arrived: false };

/**
 * Runs `call` on the item's event, and again after each delay while Graph answers 404: classic
 * Outlook in cached mode saves to the computer first and hands the item to Exchange later, so
 * an id Outlook gives may not be found at once. Other failures are thrown as they come.
 */
export async function onceArrived<T>(
  call: () => Promise<T>,
  options: { readonly wait?: Wait; readonly delays?: readonly number[] } = {},
): Promise<Arrival<T>> {
  const { wait = sleep, delays = ARRIVAL_DELAYS_MS } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return { arrived: true, value: await call() };
    } catch (e) {
      if (describeGraphFailure(e).kind !== 'notFound') throw e;
      const delay = delays[attempt];
      if (delay === undefined) return { arrived: false };
      await wait(delay);
    }
  }
}

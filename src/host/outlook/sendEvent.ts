/// <reference types="office-js" />
import type { FormAttendee, FormResult, MeetingForm } from './meetingForm';
import { PLAN_ID_PROPERTY, PLAN_SESSION_KEY } from './meetingForm';
import { type OfficeApi, officeMeetingForm } from './officeMeetingForm';

/** The manifest's action id for the send check: `Office.actions.associate` registers this name. */
export const SEND_CHECK_ACTION = 'onAppointmentSendHandler';

/** Outlook's cap on a Smart Alerts dialog's message (`errorMessage`): 500 characters. */
export const SMART_ALERTS_MESSAGE_MAX = 500;

/** What tells a network meeting from any other: read first, and cheaply. */
export interface SendMarkers {
  readonly bodyHtml: string;
  readonly planJson: string | undefined;
  readonly planId: string | undefined;
}

/** The attendees and times the send check validates. */
export interface SendForm {
  readonly required: readonly FormAttendee[];
  readonly optional: readonly FormAttendee[];
  readonly start: Date;
  readonly end: Date;
  /** The mailbox sending: the organiser, whom Outlook lists apart from the attendees. */
  readonly organizer: string;
}

/** The answer Outlook gets: `event.completed`'s options. */
export interface SendAnswer {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
}

/** The check itself, given markers, a way to read the rest of the form, and the host's language. */
export type SendDecider = (
  markers: SendMarkers,
  readForm: () => Promise<FormResult<SendForm>>,
  displayLanguage: string,
) => Promise<SendAnswer>;

function all<T extends readonly unknown[]>(results: {
  [K in keyof T]: FormResult<T[K]>;
}): FormResult<T> {
  for (const r of results) if (!r.ok) return r;
  return { ok: true, value: results.map((r) => (r as { value: unknown }).value) as unknown as T };
}

/** Reads the markers in one go; a form that cannot be read gives none. */
export async function readMarkers(form: MeetingForm): Promise<FormResult<SendMarkers>> {
  const got = all<[string, string | undefined, string | undefined]>(
    await Promise.all([
      form.getBodyHtml(),
      form.getSessionData(PLAN_SESSION_KEY),
      form.getCustomProperty(PLAN_ID_PROPERTY),
    ]),
  );
  return got.ok
    ? { ok: true, value: { bodyHtml: got.value[0], planJson: got.value[1], planId: got.value[2] } }
    : got;
}

/** Reads attendees and times in one go. */
export async function readSendForm(form: MeetingForm): Promise<FormResult<SendForm>> {
  const got = all<[FormAttendee[], FormAttendee[], Date, Date]>(
    (await Promise.all([
      form.getAttendees('required'),
      form.getAttendees('optional'),
      form.getStart(),
      form.getEnd(),
    ])) as [
      FormResult<FormAttendee[]>,
      FormResult<FormAttendee[]>,
      FormResult<Date>,
      FormResult<Date>,
    ],
  );
  if (!got.ok) return got;
  const [required, optional, start, end] = got.value;
  return { ok: true, value: { required, optional, start, end, organizer: form.mailboxAddress } };
}

/**
 * Registers the send check with Outlook (`Office.actions.associate`). Runs in classic Outlook's
 * JavaScript-only runtime too: no DOM, no `Office.onReady`, nothing loaded later. Whatever
 * happens, Outlook gets an answer (`event.completed`): a check that throws lets the meeting go,
 * as Outlook itself does when an add-in is unavailable in soft-block mode.
 */
export function registerSendCheck(
  decide: SendDecider,
  office: OfficeApi & { actions: Pick<typeof Office.actions, 'associate'> } = Office,
): void {
  office.actions.associate(SEND_CHECK_ACTION, (event: Office.AddinCommands.Event) => {
    const form = officeMeetingForm(office, 'organizer');
    const answer = readMarkers(form).then((markers) =>
      markers.ok
        ? decide(markers.value, () => readSendForm(form), office.context.displayLanguage)
        : // Not even the body could be read: nothing says this is a network meeting.
          { allowEvent: true },
    );
    answer
      .catch((): SendAnswer => ({ allowEvent: true }))
      .then((a) => event.completed(a as Office.SmartAlertsEventCompletedOptions));
  });
}

/// <reference types="office-js" />
import type { AttendeeList, FormAttendee, FormError, FormResult, MeetingForm } from './meetingForm';

/**
 * The reads of an organiser's compose form over Office.js: what the Outlook send check asks of
 * the form, a part of `officeMeetingForm` of its own, so the send file carries these and not the
 * pane's writes.
 */

/** The part of Office.js the form uses: the global `Office`, or a mock of it in tests. */
export type OfficeApi = Pick<typeof Office, 'context'>;

/** The form's reads the send check makes. */
export type ComposeReads = Pick<
  MeetingForm,
  | 'mailboxAddress'
  | 'displayLanguage'
  | 'getBodyHtml'
  | 'getSessionData'
  | 'getCustomProperty'
  | 'getAttendees'
  | 'getStart'
  | 'getEnd'
>;

/** Office's callback for an asynchronous call. */
export type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** Office's `AsyncResult` as a promise of our result; a thrown call becomes a failed result. */
export function settle<T>(start: (done: Callback<T>) => void): Promise<FormResult<T>> {
  return new Promise((resolve) => {
    try {
      start((result) => {
        // Office's enum value is the string "succeeded"; compare the string so no enum object
        // is needed at run time (the JavaScript-only runtime and the mocks have it, but need not).
        if (String(result.status) === 'succeeded') resolve({ ok: true, value: result.value });
        else resolve({ ok: false, error: errorOf(result.error) });
      });
    } catch (thrown) {
      resolve({ ok: false, error: errorOf(thrown) });
    }
  });
}

/** `settle` for a call whose result carries no value. */
export function settleVoid(start: (done: Callback<unknown>) => void): Promise<FormResult<void>> {
  return settle<unknown>(start).then(voidOf);
}

/** Office's error (or whatever was thrown) as the form's error. */
export function errorOf(raw: unknown): FormError {
  const e = (raw ?? {}) as { name?: unknown; message?: unknown; code?: unknown };
  return {
    name: typeof e.name === 'string' ? e.name : 'GenericResponseError',
    message: typeof e.message === 'string' ? e.message : String(raw),
    code: typeof e.code === 'number' ? e.code : undefined,
  };
}

/** A read answered at once. */
export const ok = <T>(value: T): Promise<FormResult<T>> => Promise.resolve({ ok: true, value });

/** An attendee as Office gives them. */
export function attendeeOf(details: Office.EmailAddressDetails): FormAttendee {
  return { email: details.emailAddress, displayName: details.displayName };
}

/** A result that carries no value. */
export function voidOf(result: FormResult<unknown>): FormResult<void> {
  return result.ok ? { ok: true, value: undefined } : result;
}

/** The reads of the compose form open in Outlook: the organiser's. */
export function officeComposeReads(office: OfficeApi): ComposeReads {
  const mailbox = office.context.mailbox;
  const compose = () => mailbox.item as unknown as Office.AppointmentCompose;
  const list = (which: AttendeeList) =>
    which === 'required' ? compose().requiredAttendees : compose().optionalAttendees;
  return {
    // Read when asked: Outlook may give no userProfile, and the send check must still answer.
    get mailboxAddress() {
      return mailbox.userProfile.emailAddress;
    },
    displayLanguage: office.context.displayLanguage,
    getStart: () => settle<Date>((cb) => compose().start.getAsync(cb)),
    getEnd: () => settle<Date>((cb) => compose().end.getAsync(cb)),
    getBodyHtml: () =>
      settle<string>((cb) =>
        compose().body.getAsync('html' as Office.CoercionType.Html, cb as Callback<string>),
      ),
    getAttendees: (which) =>
      settle<Office.EmailAddressDetails[]>((cb) => list(which).getAsync(cb)).then((r) =>
        r.ok ? { ok: true, value: r.value.map(attendeeOf) } : r,
      ),
    getSessionData: (key) =>
      settle<string>((cb) => compose().sessionData.getAsync(key, cb)).then(
        (r): FormResult<string | undefined> =>
          // Office answers an unknown key with an empty string or a failure, by client.
          r.ok ? { ok: true, value: r.value || undefined } : { ok: true, value: undefined },
      ),
    getCustomProperty: (name) =>
      settle<Office.CustomProperties>((cb) =>
        compose().loadCustomPropertiesAsync(cb as Callback<Office.CustomProperties>),
      ).then((r) => {
        if (!r.ok) return r;
        const value: unknown = r.value.get(name);
        return { ok: true, value: typeof value === 'string' && value ? value : undefined };
      }),
  };
}

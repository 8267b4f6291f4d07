/// <reference types="office-js" />
import type {
  AttendeeList,
  FormAttendee,
  FormChange,
  FormItemKind,
  FormMode,
  FormResult,
  MeetingForm,
} from './meetingForm';
import { FORM_EVENTS_MAILBOX, MAX_RECIPIENTS_PER_CALL } from './meetingForm';
import {
  attendeeOf,
  type Callback,
  errorOf,
  officeComposeReads,
  type OfficeApi,
  ok,
  settle,
  settleVoid,
  voidOf,
} from './officeFormReads';

export type { OfficeApi } from './officeFormReads';

/** Office's event types for a compose item's changes (`Office.EventType`, Mailbox 1.7). */
const FORM_EVENTS: readonly (readonly [FormChange, string])[] = [
  ['recipients', 'olkRecipientsChanged'],
  ['time', 'olkAppointmentTimeChanged'],
];

const refused = (name: string, message: string): Promise<FormResult<never>> =>
  Promise.resolve({ ok: false, error: { name, message } });
const readOnly = () =>
  refused('ReadModeItem', 'An attendee’s copy of a meeting cannot be changed by the add-in.');

function recipientsOf(attendees: readonly FormAttendee[]): Office.EmailAddressDetails[] {
  return attendees.map(
    (a) => ({ emailAddress: a.email, displayName: a.displayName }) as Office.EmailAddressDetails,
  );
}

/**
 * Office's own refusal, given before asking it, so a too-long list fails the same everywhere:
 * office.js throws `Sys.ArgumentOutOfRangeException` for more than 100 in one call
 * (`NumberOfRecipientsExceeded`, 9012, is for more than 500 in a field).
 */
function tooMany(attendees: readonly FormAttendee[]): Promise<FormResult<never>> | undefined {
  return attendees.length > MAX_RECIPIENTS_PER_CALL
    ? refused(
        'Sys.ArgumentOutOfRangeException',
        `Specified argument was out of the range of valid values.\nParameter name: recipients.length (at most ${MAX_RECIPIENTS_PER_CALL} a call)`,
      )
    : undefined;
}

/**
 * The kind of item open, from `itemType` and `itemClass` (Mailbox 1.1): a meeting request or
 * cancellation is a message whose class is `IPM.Schedule.Meeting.Request` or `…Canceled`.
 */
export function itemKindOf(item: unknown): FormItemKind {
  const { itemType, itemClass } = (item ?? {}) as { itemType?: unknown; itemClass?: unknown };
  if (String(itemType ?? 'appointment') !== 'message') return 'appointment';
  return /^IPM\.Schedule\.Meeting\.(Request|Canceled)\b/i.test(String(itemClass ?? ''))
    ? 'meetingMessage'
    : 'message';
}

/**
 * The meeting form over Office.js (Mailbox 1.1–1.12). In compose mode (the organiser) every
 * field is an object with `getAsync`/`setAsync`; in read mode (an attendee's invitation) the
 * fields are plain values and nothing can be set. `office` is the global `Office` in the add-in
 * and a mock in tests.
 */
export function officeMeetingForm(office: OfficeApi, mode: FormMode): MeetingForm {
  const mailbox = office.context.mailbox;
  const compose = () => mailbox.item as unknown as Office.AppointmentCompose;
  const read = () => mailbox.item as unknown as Office.AppointmentRead;
  const list = (which: AttendeeList) =>
    which === 'required' ? compose().requiredAttendees : compose().optionalAttendees;
  const organizer = mode === 'organizer';
  const reads = officeComposeReads(office);

  return {
    mode,
    itemKind: organizer ? 'appointment' : itemKindOf(mailbox.item),
    get mailboxAddress() {
      return reads.mailboxAddress;
    },
    displayLanguage: reads.displayLanguage,

    getSubject: () =>
      organizer ? settle<string>((cb) => compose().subject.getAsync(cb)) : ok(read().subject),
    setSubject: (subject) =>
      organizer ? settleVoid((cb) => compose().subject.setAsync(subject, cb)) : readOnly(),
    getStart: () => (organizer ? reads.getStart() : ok(read().start)),
    getEnd: () => (organizer ? reads.getEnd() : ok(read().end)),
    setTimes: async (start, end) => {
      if (!organizer) return readOnly();
      // Outlook moves the end with the start, so the start goes first and the end after it.
      const first = await settleVoid((cb) => compose().start.setAsync(start, cb));
      if (!first.ok) return first;
      return settleVoid((cb) => compose().end.setAsync(end, cb));
    },
    getLocation: () =>
      organizer ? settle<string>((cb) => compose().location.getAsync(cb)) : ok(read().location),
    setLocation: (location) =>
      organizer ? settleVoid((cb) => compose().location.setAsync(location, cb)) : readOnly(),
    getBodyHtml: reads.getBodyHtml,
    setBodyHtml: (html) =>
      organizer
        ? settleVoid((cb) =>
            compose().body.setAsync(html, { coercionType: 'html' as Office.CoercionType.Html }, cb),
          )
        : readOnly(),
    getAttendees: (which) => {
      if (organizer) return reads.getAttendees(which);
      const details = which === 'required' ? read().requiredAttendees : read().optionalAttendees;
      return ok((details ?? []).map(attendeeOf));
    },
    addAttendees: (which, attendees) =>
      !organizer
        ? readOnly()
        : (tooMany(attendees) ??
          settleVoid((cb) => list(which).addAsync(recipientsOf(attendees), cb))),
    setAttendees: (which, attendees) =>
      !organizer
        ? readOnly()
        : (tooMany(attendees) ??
          settleVoid((cb) => list(which).setAsync(recipientsOf(attendees), cb))),
    getItemRestId: async () => {
      let ewsId: string | undefined;
      if (organizer) {
        // Mailbox 1.8: a new item has no id until it is saved; Office then fails, with no id.
        const got = await settle<string>((cb) => compose().getItemIdAsync(cb));
        if (!got.ok) return got.error.name === 'ItemNotSaved' ? ok(undefined) : got;
        ewsId = got.value || undefined;
      } else {
        ewsId = read().itemId || undefined;
      }
      if (ewsId === undefined) return ok(undefined);
      try {
        return ok(mailbox.convertToRestId(ewsId, 'v2.0' as Office.MailboxEnums.RestVersion));
      } catch (thrown) {
        return { ok: false, error: errorOf(thrown) };
      }
    },
    save: () =>
      organizer ? settle<string>((cb) => compose().saveAsync(cb)).then(voidOf) : readOnly(),
    getSessionData: (key) => (organizer ? reads.getSessionData(key) : ok(undefined)),
    setSessionData: (key, value) =>
      organizer ? settleVoid((cb) => compose().sessionData.setAsync(key, value, cb)) : readOnly(),
    getCustomProperty: reads.getCustomProperty,
    setCustomProperty: async (name, value) => {
      if (!organizer) return readOnly();
      const loaded = await settle<Office.CustomProperties>((cb) =>
        compose().loadCustomPropertiesAsync(cb),
      );
      if (!loaded.ok) return loaded;
      loaded.value.set(name, value);
      return settleVoid((cb) => loaded.value.saveAsync(cb));
    },
    followChanges: async (listener) => {
      const supported = office.context.requirements?.isSetSupported('Mailbox', FORM_EVENTS_MAILBOX);
      if (!organizer || !supported) return ok(undefined);
      const item = compose() as unknown as {
        addHandlerAsync(type: string, handler: () => void, done: Callback<void>): void;
        removeHandlerAsync(type: string, done: Callback<void>): void;
      };
      for (const [change, type] of FORM_EVENTS) {
        const added = await settleVoid((cb) =>
          item.addHandlerAsync(type, () => listener(change), cb),
        );
        if (!added.ok) return added;
      }
      return ok(() => {
        for (const [, type] of FORM_EVENTS) item.removeHandlerAsync(type, () => undefined);
      });
    },
  };
}

/**
 * Test support: Outlook's meeting form in memory, answering as Office does (asynchronously, with
 * Office's error names and codes, at most 100 recipients a call, 255 characters of subject and
 * location, the change events of Mailbox 1.7). Tests only; never imported by the app.
 */
import {
  type AttendeeList,
  type FormAttendee,
  type FormChange,
  type FormItemKind,
  type FormMode,
  type FormResult,
  MAX_LOCATION_LENGTH,
  MAX_RECIPIENTS_PER_CALL,
  MAX_SUBJECT_LENGTH,
  type MeetingForm,
} from '../../host/outlook/meetingForm';

/** Session data's limit on Mailbox 1.15 and older, in characters. */
const SESSION_DATA_LIMIT = 50_000;

/** What the form holds; tests read and change it as Outlook's own fields would. */
export interface MemoryFormItem {
  subject: string;
  start: Date;
  end: Date;
  location: string;
  body: string;
  required: FormAttendee[];
  optional: FormAttendee[];
  sessionData: Map<string, string>;
  customProperties: Map<string, string>;
  /** The item's Graph id once saved. */
  restId: string | undefined;
  /** Sent to its attendees: a save now mails them an update (Office's `saveAsync` reference). */
  sent: boolean;
  /** Updates a save of the sent item mailed to its attendees. */
  updatesSent: number;
}

const ok = <T>(value: T): FormResult<T> => ({ ok: true, value });
// office.js checks these itself and throws before asking Outlook (outlook-web-16.01.js).
const outOfRange = (parameter: string): FormResult<never> => ({
  ok: false,
  error: {
    name: 'Sys.ArgumentOutOfRangeException',
    message: `Specified argument was out of the range of valid values.\nParameter name: ${parameter}`,
  },
});
const tooMany = () => outOfRange('recipients.length');

/** A meeting form in memory, with every call it was asked recorded. */
export class MemoryMeetingForm implements MeetingForm {
  readonly item: MemoryFormItem;
  readonly calls: string[] = [];
  /** Called by `save()`; gives the saved item its id (as the host page creates the event). */
  onSave: (item: MemoryFormItem) => Promise<string> | string = () => 'saved-item-1';
  /** A call name to fail once with Office's `GenericResponseError`, to test failure paths. */
  failNext: string | undefined;
  /** What is open: a meeting, or (read mode) a meeting request or another message. */
  itemKind: FormItemKind = 'appointment';
  /** Whether this Outlook raises `RecipientsChanged` and `AppointmentTimeChanged` (Mailbox 1.7). */
  events = true;
  private readonly listeners = new Set<(change: FormChange) => void>();

  constructor(
    readonly mode: FormMode,
    readonly mailboxAddress: string,
    readonly displayLanguage = 'da-DK',
    item: Partial<MemoryFormItem> = {},
  ) {
    this.item = {
      subject: '',
      start: new Date('2027-03-11T09:00:00Z'),
      end: new Date('2027-03-11T09:30:00Z'),
      location: '',
      body: '<html><body><div><br></div></body></html>',
      required: [],
      optional: [],
      sessionData: new Map(),
      customProperties: new Map(),
      restId: undefined,
      sent: false,
      updatesSent: 0,
      ...item,
    };
  }

  /** The organiser changed the form in Outlook: tell the pane, as Outlook does. */
  changed(change: FormChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private async answer<T>(name: string, run: () => FormResult<T>): Promise<FormResult<T>> {
    await Promise.resolve();
    this.calls.push(name);
    if (this.failNext === name) {
      this.failNext = undefined;
      return {
        ok: false,
        error: { name: 'GenericResponseError', message: `${name} failed`, code: 9020 },
      };
    }
    return run();
  }

  getSubject = () => this.answer('getSubject', () => ok(this.item.subject));
  setSubject = (subject: string) =>
    this.answer('setSubject', () =>
      subject.length > MAX_SUBJECT_LENGTH
        ? outOfRange('subject')
        : ok(void (this.item.subject = subject)),
    );
  getStart = () => this.answer('getStart', () => ok(this.item.start));
  getEnd = () => this.answer('getEnd', () => ok(this.item.end));
  setTimes = (start: Date, end: Date) =>
    this.answer('setTimes', () => ok(void Object.assign(this.item, { start, end })));
  getLocation = () => this.answer('getLocation', () => ok(this.item.location));
  setLocation = (location: string) =>
    this.answer('setLocation', () =>
      location.length > MAX_LOCATION_LENGTH
        ? outOfRange('location')
        : ok(void (this.item.location = location)),
    );
  getBodyHtml = () => this.answer('getBodyHtml', () => ok(this.item.body));
  setBodyHtml = (html: string) =>
    this.answer('setBodyHtml', () => ok(void (this.item.body = html)));
  getAttendees = (list: AttendeeList) =>
    this.answer('getAttendees', () => ok([...this.item[list]] as readonly FormAttendee[]));
  addAttendees = (list: AttendeeList, people: readonly FormAttendee[]) =>
    this.answer('addAttendees', () =>
      people.length > MAX_RECIPIENTS_PER_CALL
        ? tooMany()
        : ok(void this.item[list].push(...people)),
    );
  setAttendees = (list: AttendeeList, people: readonly FormAttendee[]) =>
    this.answer('setAttendees', () =>
      people.length > MAX_RECIPIENTS_PER_CALL
        ? tooMany()
        : ok(void (this.item[list] = [...people])),
    );
  getItemRestId = () => this.answer('getItemRestId', () => ok(this.item.restId));
  save = async (): Promise<FormResult<void>> => {
    const result = await this.answer('save', () => ok(undefined));
    if (result.ok && this.item.sent) this.item.updatesSent++;
    if (result.ok) this.item.restId = await this.onSave(this.item);
    return result;
  };
  getSessionData = (key: string) =>
    this.answer('getSessionData', () => ok(this.item.sessionData.get(key)));
  setSessionData = (key: string, value: string) =>
    this.answer('setSessionData', (): FormResult<void> => {
      // Mailbox 1.15 and older hold 50,000 characters per add-in and item (Office's limits
      // page); the error's name is not documented, so Office's generic one stands in.
      const others = [...this.item.sessionData].filter(([k]) => k !== key);
      const length = [...others.flat(), key, value].join('').length;
      if (length > SESSION_DATA_LIMIT) {
        return { ok: false, error: { name: 'GenericResponseError', message: 'Too much data' } };
      }
      this.item.sessionData.set(key, value);
      return ok(undefined);
    });
  getCustomProperty = (name: string) =>
    this.answer('getCustomProperty', () => ok(this.item.customProperties.get(name)));
  setCustomProperty = (name: string, value: string) =>
    this.answer('setCustomProperty', () => ok(void this.item.customProperties.set(name, value)));
  followChanges = (listener: (change: FormChange) => void) =>
    this.answer('followChanges', (): FormResult<(() => void) | undefined> => {
      if (!this.events || this.mode !== 'organizer') return ok(undefined);
      this.listeners.add(listener);
      return ok(() => void this.listeners.delete(listener));
    });
}

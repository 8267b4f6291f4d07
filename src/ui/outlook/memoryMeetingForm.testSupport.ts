/**
 * Test support: Outlook's meeting form in memory, answering as Office does (asynchronously, with
 * Office's error names, at most 100 recipients a call). Tests only; never imported by the app.
 */
import {
  type AttendeeList,
  type FormAttendee,
  type FormItemKind,
  type FormMode,
  type FormResult,
  MAX_RECIPIENTS_PER_CALL,
  type MeetingForm,
} from '../../host/outlook/meetingForm';

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
}

const ok = <T>(value: T): FormResult<T> => ({ ok: true, value });
const tooMany = (): FormResult<never> => ({
  ok: false,
  error: { name: 'NumberOfRecipientsExceeded', message: 'The number of recipients exceeded 100.' },
});

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
      ...item,
    };
  }

  private async answer<T>(name: string, run: () => FormResult<T>): Promise<FormResult<T>> {
    await Promise.resolve();
    this.calls.push(name);
    if (this.failNext === name) {
      this.failNext = undefined;
      return { ok: false, error: { name: 'GenericResponseError', message: `${name} failed` } };
    }
    return run();
  }

  getSubject = () => this.answer('getSubject', () => ok(this.item.subject));
  setSubject = (subject: string) =>
    this.answer('setSubject', () => ok(void (this.item.subject = subject)));
  getStart = () => this.answer('getStart', () => ok(this.item.start));
  getEnd = () => this.answer('getEnd', () => ok(this.item.end));
  setTimes = (start: Date, end: Date) =>
    this.answer('setTimes', () => ok(void Object.assign(this.item, { start, end })));
  getLocation = () => this.answer('getLocation', () => ok(this.item.location));
  setLocation = (location: string) =>
    this.answer('setLocation', () => ok(void (this.item.location = location)));
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
    if (result.ok) this.item.restId = await this.onSave(this.item);
    return result;
  };
  getSessionData = (key: string) =>
    this.answer('getSessionData', () => ok(this.item.sessionData.get(key)));
  setSessionData = (key: string, value: string) =>
    this.answer('setSessionData', () => ok(void this.item.sessionData.set(key, value)));
  getCustomProperty = (name: string) =>
    this.answer('getCustomProperty', () => ok(this.item.customProperties.get(name)));
  setCustomProperty = (name: string, value: string) =>
    this.answer('setCustomProperty', () => ok(void this.item.customProperties.set(name, value)));
}

/**
 * Outlook's meeting form, as the add-in sees it. The task panes and the send check talk only to
 * this interface; `officeMeetingForm.ts` implements it over Office.js (Mailbox 1.1–1.12) and the
 * browser tests' host page answers the same calls with Office's result shapes.
 */

/** One attendee as Outlook's form holds it: an SMTP address and the name shown. */
export interface FormAttendee {
  readonly email: string;
  readonly displayName: string;
}

/** Which of the form's two attendee lists. */
export type AttendeeList = 'required' | 'optional';

/** Who opened the form: the organiser composing, or an attendee reading the invitation. */
export type FormMode = 'organizer' | 'attendee';

/**
 * What Outlook has open: a meeting (the organiser's form, or an attendee's copy in the calendar);
 * a meeting request or cancellation in the inbox, a message of its own (`itemType` `message`,
 * `itemClass` `IPM.Schedule.Meeting.Request` or `.Canceled`) whose id is not the meeting's; or
 * any other message, since the attendee's button is on every message read (`mailRead`).
 */
export type FormItemKind = 'appointment' | 'meetingMessage' | 'message';

/** Why the form refused a call, as Office's `AsyncResult.error` reports it. */
export interface FormError {
  /** Office's error name, e.g. `ItemNotSaved`, or a thrown `Sys.ArgumentOutOfRangeException`. */
  readonly name: string;
  readonly message: string;
  /** Office's numeric code (`ItemNotSaved` is 9046), where Office gives one. */
  readonly code?: number | undefined;
}

/** What changed in the form, as Outlook tells a task pane (Mailbox 1.7). */
export type FormChange = 'recipients' | 'time';

/** The requirement set that brings `RecipientsChanged` and `AppointmentTimeChanged`. */
export const FORM_EVENTS_MAILBOX = '1.7';

/** Office's cap on a subject (`subject.setAsync`) and a location (`location.setAsync`). */
export const MAX_SUBJECT_LENGTH = 255;
export const MAX_LOCATION_LENGTH = 255;

/** The result of a form call: Office's `AsyncResult`, reduced to what the app reads. */
export type FormResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FormError };

/** Office's documented cap on recipients in one `addAsync`/`setAsync` call. */
export const MAX_RECIPIENTS_PER_CALL = 100;

/**
 * The session-data key under which the organiser's pane keeps the plan's JSON while the form is
 * open, for the send check to read without a Graph call. Session data (Mailbox 1.11) is per item
 * and per add-in, compose only, up to 50,000 characters on clients with Mailbox 1.15 or earlier;
 * it is gone once the form closes, so the pane writes it again whenever it opens.
 */
export const PLAN_SESSION_KEY = 'nm-plan';

/**
 * The session entry beside the plan: the mark of the plan the pane last stored on the event (or
 * read from it), so a plan the tab stored since is not overwritten (`storePlan`'s basis).
 */
export const PLAN_MARK_SESSION_KEY = 'nm-plan-mark';

/**
 * The custom property (Mailbox 1.1) that marks the organiser's item as a network meeting: the
 * plan id only, as all of an item's custom properties share 2,500 characters and never reach
 * attendees.
 */
export const PLAN_ID_PROPERTY = 'nmPlanId';

/**
 * The meeting form. Times are instants (`Date`); the pane converts to and from Copenhagen wall
 * times through the domain. Every call is asynchronous, as Office's are.
 */
export interface MeetingForm {
  readonly mode: FormMode;
  /** The kind of item open; `appointment` whenever the organiser composes. */
  readonly itemKind: FormItemKind;
  /**
   * The signed-in mailbox's address (`Office.context.mailbox.userProfile.emailAddress`), read
   * when asked: it throws where Outlook gives no user profile.
   */
  readonly mailboxAddress: string;
  /** The host's UI locale (`Office.context.displayLanguage`), e.g. `da-DK`. */
  readonly displayLanguage: string;

  getSubject(): Promise<FormResult<string>>;
  setSubject(subject: string): Promise<FormResult<void>>;
  getStart(): Promise<FormResult<Date>>;
  getEnd(): Promise<FormResult<Date>>;
  /** Sets start and end; Outlook keeps them in order only if start is set first. */
  setTimes(start: Date, end: Date): Promise<FormResult<void>>;
  getLocation(): Promise<FormResult<string>>;
  setLocation(location: string): Promise<FormResult<void>>;
  /** The body as HTML (`body.getAsync(Office.CoercionType.Html)`). */
  getBodyHtml(): Promise<FormResult<string>>;
  /** Replaces the body (`body.setAsync`, HTML, Mailbox 1.3). */
  setBodyHtml(html: string): Promise<FormResult<void>>;
  getAttendees(list: AttendeeList): Promise<FormResult<readonly FormAttendee[]>>;
  /** Adds attendees; callers split into calls of at most {@link MAX_RECIPIENTS_PER_CALL}. */
  addAttendees(list: AttendeeList, attendees: readonly FormAttendee[]): Promise<FormResult<void>>;
  /** Replaces a list (`setAsync`); same cap per call. */
  setAttendees(list: AttendeeList, attendees: readonly FormAttendee[]): Promise<FormResult<void>>;
  /**
   * The item's Graph (REST) id once saved, or undefined for a new unsaved item; in read mode the
   * attendee's own copy. Office gives an EWS id that must be converted (`convertToRestId`).
   */
  getItemRestId(): Promise<FormResult<string | undefined>>;
  /** Saves the draft without sending (`saveAsync`). */
  save(): Promise<FormResult<void>>;
  /** A session-data value (Mailbox 1.11, compose only), or undefined when it was never set. */
  getSessionData(key: string): Promise<FormResult<string | undefined>>;
  /** Sets a session-data value; Office refuses more than 50,000 characters per add-in. */
  setSessionData(key: string, value: string): Promise<FormResult<void>>;
  /** One of the add-in's custom properties on the item (`loadCustomPropertiesAsync`). */
  getCustomProperty(name: string): Promise<FormResult<string | undefined>>;
  /** Sets a custom property and saves the properties to the item (`CustomProperties.saveAsync`). */
  setCustomProperty(name: string, value: string): Promise<FormResult<void>>;
  /**
   * Calls `listener` when the organiser changes the attendees or the time in Outlook
   * (`item.addHandlerAsync`, Mailbox 1.7, task panes only). Gives a function that stops it, or
   * undefined where Outlook raises no such events (read mode, or Mailbox below 1.7): then the
   * caller reads the form again now and then.
   */
  followChanges(
    listener: (change: FormChange) => void,
  ): Promise<FormResult<(() => void) | undefined>>;
}

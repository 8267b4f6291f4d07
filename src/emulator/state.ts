/** An attendee on a stored event, with the answer the organiser's copy records. */
export interface StoredAttendee {
  readonly address: string;
  readonly name: string;
  readonly type: 'required' | 'optional' | 'resource';
  response: 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';
  time: string;
}

/** One event in one mailbox's calendar; times are UTC instants. */
export interface StoredEvent {
  readonly id: string;
  readonly iCalUId: string;
  readonly ownerId: string;
  readonly organizerAddress: string;
  readonly organizerName: string;
  changeKey: number;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  subject: string;
  bodyHtml: string;
  startUtc: string;
  endUtc: string;
  startTimeZone: string;
  endTimeZone: string;
  location: string;
  attendees: StoredAttendee[];
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  joinUrl?: string | undefined;
  /** An online meeting's chat thread (`19:meeting_…@thread.v2`), as Teams knows it. */
  chatId?: string | undefined;
  readonly transactionId?: string | undefined;
  isCancelled: boolean;
  showAs: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
  responseStatus: { response: StoredAttendee['response']; time: string };
  allowNewTimeProposals: boolean;
  /** Open extensions by extension name, with their custom properties. */
  extensions: Record<string, Record<string, unknown>>;
  /** Single-value extended properties by property id (`String {guid} Name x`), when any. */
  extendedProperties?: Record<string, string>;
  /** Made by the calendar seed: rebuilt on start from the anchor, never written to disk. */
  seeded?: true;
}

/** What reached a mailbox: an invitation, an update, a cancellation or an answer. */
export interface Notice {
  readonly kind: 'request' | 'update' | 'cancellation' | 'response';
  readonly iCalUId: string;
  readonly subject: string;
  readonly from: string;
  readonly at: string;
  readonly response?: string | undefined;
  readonly comment?: string | undefined;
  /**
   * What the message carried, for the mailbox's readable view (`/_emulator/mail`): the body as
   * delivered, the meeting's time (UTC) and place. Absent on answers, and in older state files.
   */
  readonly bodyHtml?: string | undefined;
  readonly startUtc?: string | undefined;
  readonly endUtc?: string | undefined;
  readonly location?: string | undefined;
}

/** One user's mailbox: calendar and the meeting messages that reached it. */
export interface Mailbox {
  events: StoredEvent[];
  notices: Notice[];
  /**
   * Exchange's `PreserveDeclinedMeetings` calendar setting (off by default): a declined meeting
   * stays in the calendar, shown as free, instead of going to Deleted Items.
   */
  preserveDeclinedMeetings?: boolean;
}

/** Everything that changes while the emulator runs; the directory is rebuilt from the seed. */
export interface MutableState {
  /** Bumped when the shape changes, so an old file is refused clearly. */
  version: 1;
  seed: number;
  /** The Monday the seeded calendars start from. */
  anchor: string;
  /** Mailboxes by user id. */
  mailboxes: Record<string, Mailbox>;
  counter: number;
}

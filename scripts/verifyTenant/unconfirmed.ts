/**
 * What the scenario says about each behaviour src/emulator/FIDELITY.md marks unconfirmed: what
 * the emulator imitates, and what this run saw (on a tenant, the answer FIDELITY.md waits for).
 * tests/verifyTenant.test.ts keeps this list and FIDELITY.md's unconfirmed rows the same.
 */
import type { Row } from './report';

/** What the run saw of the unconfirmed behaviours, in the words the table prints. */
export interface Observations {
  attendeesOnlyPatch?: string;
  forwardListed?: string;
  extensionOnlyChange?: string;
  organiserAnswers?: string;
  declinedCopy?: string;
  cancelledSubject?: string;
  cancelledBody?: string;
  attendeeCopyPlan?: string;
  attendeeNames?: string;
  secondCreate?: string;
  staleIfMatch?: string;
  bodyPreview?: string;
  unknownProperty?: string;
  searchSyntax?: string;
  searchTokens?: string | undefined;
  basicProfile?: string;
  joinUrlForm?: string;
  chatJoinUrl?: string;
}

/** One unconfirmed row of FIDELITY.md and how this run speaks to it. */
export interface UnconfirmedBehaviour {
  /** The row's behaviour cell in FIDELITY.md, markup and all. */
  readonly fidelity: string;
  /** What the emulator does, in the words `seen` uses. */
  readonly emulator: string;
  readonly seen: (o: Observations) => string | undefined;
  /** Whether what was seen is what the emulator does (default: the same words). */
  readonly agrees?: (seen: string) => boolean;
  /** Why this scenario never sees it. */
  readonly never?: string;
  /** Said when it needs the attendee signed in. */
  readonly needsAttendee?: boolean;
}

/** FIDELITY.md's unconfirmed rows, in its order. */
export const UNCONFIRMED: readonly UnconfirmedBehaviour[] = [
  {
    fidelity: "An organiser's PATCH that changes the attendee list updates **every** attendee",
    emulator: 'the attendee who stayed got an update',
    seen: (o) => o.attendeesOnlyPatch,
    needsAttendee: true,
  },
  {
    fidelity: 'The organiser forwards the meeting again to the same person',
    emulator: 'a second request reaches them',
    seen: () => undefined,
    never:
      'the requests a forward sends are mail, which the app’s permissions (no Mail.Read) cannot read',
  },
  {
    fidelity: "…and the organiser's attendee list after the organiser forwards",
    emulator: 'not listed until they answer',
    seen: (o) => o.forwardListed,
  },
  {
    fidelity: "Changing an open extension on the organiser's event sends no mail",
    emulator: 'no update reached the attendee',
    seen: (o) => o.extensionOnlyChange,
    needsAttendee: true,
  },
  {
    fidelity: 'Answering (`accept`, `tentativelyAccept`, `decline`)',
    emulator: 'the organiser accepting their own meeting: 400',
    seen: (o) => o.organiserAnswers,
    agrees: (seen) => seen.startsWith('the organiser accepting their own meeting: 400'),
  },
  {
    fidelity: "A declined meeting leaves the attendee's calendar",
    emulator: 'moved to Deleted Items',
    seen: (o) => o.declinedCopy,
    needsAttendee: true,
  },
  {
    fidelity: 'Cancelling (`event: cancel`)',
    emulator: 'the attendee’s copy is cancelled, subject prefixed "Aflyst: "',
    seen: (o) => o.cancelledSubject,
    needsAttendee: true,
  },
  {
    fidelity: "…and the body of an attendee's cancelled copy",
    emulator: 'the cancellation’s comment',
    seen: (o) => o.cancelledBody,
    needsAttendee: true,
  },
  {
    fidelity: "Open extensions stay on the organiser's item",
    emulator: 'the attendee’s copy carries no plan',
    seen: (o) => o.attendeeCopyPlan,
    needsAttendee: true,
  },
  {
    fidelity: 'The display name given for an internal attendee',
    emulator: 'kept as given',
    seen: (o) => o.attendeeNames,
  },
  {
    fidelity: '`transactionId` de-duplicates a retried create',
    emulator: 'the first event again, 201',
    seen: (o) => o.secondCreate,
  },
  {
    fidelity: 'ETags and `If-Match`',
    emulator: '412 ErrorIrresolvableConflict',
    seen: (o) => o.staleIfMatch,
  },
  {
    fidelity: '`bodyPreview`: the start of the body as text',
    emulator: 'cut at 255 characters',
    seen: (o) => o.bodyPreview,
  },
  {
    fidelity: 'The join link of a Teams meeting (`onlineMeeting.joinUrl`)',
    emulator: 'the short form',
    seen: (o) => o.joinUrlForm,
  },
  {
    fidelity: "The chat's `joinWebUrl` spelt as the event's `joinUrl`",
    emulator: 'another spelling of the same meeting',
    seen: (o) => o.chatJoinUrl,
  },
  {
    fidelity: 'Request bodies checked against the metadata',
    emulator: 'an unknown event property: 400 RequestBodyRead',
    seen: (o) => o.unknownProperty,
  },
  {
    fidelity: '`$search` syntax',
    emulator: 'a bare word: 400 Request_UnsupportedQuery',
    seen: (o) => o.searchSyntax,
  },
  {
    fidelity: '`$search` on `displayName` and `description` is by tokens',
    emulator: 'the start of every word finds the person',
    seen: (o) => o.searchTokens,
  },
  {
    fidelity: "Other users' profiles under `User.ReadBasic.All`",
    emulator: 'jobTitle null',
    seen: (o) => o.basicProfile,
  },
  {
    fidelity: 'A 503 or 504 after a write Graph passed on',
    emulator: 'done, and 503 or 504 answered',
    seen: () => undefined,
    never: 'a 503 or 504 cannot be made to happen on a tenant',
  },
  {
    fidelity: 'People search',
    emulator: 'people sharing groups ranked first',
    seen: () => undefined,
    never: 'the ranking is Microsoft’s own; there is nothing to hold it to',
  },
];

const plain = (markdown: string) => markdown.replace(/\*\*|`/g, '');

/** The table's rows for the unconfirmed behaviours. */
export function unconfirmedRows(
  observed: Observations,
  attendeeSignedIn: boolean,
  stoppedEarly: boolean,
): Row[] {
  return UNCONFIRMED.map((u) => {
    const behaviour = `unconfirmed: ${plain(u.fidelity)}`;
    const expected = `emulator: ${u.emulator}`;
    const seen = u.seen(observed);
    if (seen === undefined) {
      const why =
        u.never ??
        (u.needsAttendee && !attendeeSignedIn
          ? 'needs the first test mailbox signed in (--attendee-sign-in)'
          : stoppedEarly
            ? 'an earlier step failed'
            : 'not observed');
      return { behaviour, expected, seen: why, verdict: 'not run' };
    }
    const agrees = u.agrees ? u.agrees(seen) : seen === u.emulator;
    return { behaviour, expected, seen, verdict: agrees ? 'pass' : 'differs' };
  });
}

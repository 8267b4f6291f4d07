/**
 * What the first test mailbox sees: its copy of the run's meeting, read through the app's Graph
 * layer signed in as that mailbox. Exchange delivers to it a little after each change, so every
 * look waits up to the target's patience (none on the emulator, which delivers at once).
 */
import type { CalendarBooking, CalendarMeeting, InvitedMeeting } from '../../src/domain';
import type { InstantRange } from '../../src/graph';
import type { Recipient } from './meetingPlan';
import * as probe from './probes';
import type { SignedIn } from './target';
import type { Observations } from './unconfirmed';

/** Polls until `test` holds or the time is up (one look when there is no time to wait). */
export async function waitFor<T>(
  timeoutMs: number,
  read: () => Promise<T>,
  test: (value: T) => boolean,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (test(value) || Date.now() >= until) return value;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The attendee's copies of the organiser's meeting. */
export class AttendeeCopies {
  constructor(
    private readonly attendee: SignedIn,
    private readonly patienceMs: number,
  ) {}

  /** The copy of a meeting (by iCalUId) once `ready` holds for it, or as it is when time is up. */
  find(
    iCalUId: string,
    range: InstantRange,
    ready: (copy: InvitedMeeting | undefined) => boolean,
  ): Promise<InvitedMeeting | undefined> {
    return waitFor(
      this.patienceMs,
      async () =>
        (await this.attendee.graph.listInvitedMeetings(range, () => true)).find(
          (m) => m.iCalUId === iCalUId,
        ),
      ready,
    );
  }

  /** The copy with its extension expanded, as the app reads a meeting. */
  read(copyId: string): Promise<CalendarMeeting> {
    return this.attendee.graph.getMeeting(copyId);
  }

  /** The copy once its ETag moves on from `etag`, or as it is after `ms`. */
  changedFrom(copyId: string, etag: string, ms: number): Promise<CalendarMeeting> {
    return waitFor(
      ms,
      () => this.read(copyId),
      (m) => m.etag !== etag,
    );
  }

  /**
   * Whether a change of only the plan (the open extension) reaches the attendee, then whether a
   * PATCH of only the attendee list updates the attendee who stays on it.
   */
  async updatesSeen(
    organiser: SignedIn,
    meeting: CalendarMeeting,
    copyId: string,
    booking: CalendarBooking,
    stays: Recipient,
    other: Recipient,
  ): Promise<Pick<Observations, 'extensionOnlyChange' | 'attendeesOnlyPatch'>> {
    // Let what the forward sent settle first.
    const settled = await waitFor(
      this.patienceMs / 4,
      () => this.read(copyId),
      () => false,
    );
    const { meeting: stored } = await organiser.graph.inviteMore(meeting, booking, []);
    const quiet = await this.changedFrom(copyId, settled.etag, this.patienceMs / 2);
    const listsOther = stored.responses.some((r) => same(r.email, other.email));
    const patched = await probe.attendeesOnlyPatch(
      organiser.client,
      meeting.eventId,
      stored.etag,
      listsOther ? [stays] : [stays, other],
    );
    const updated = await this.changedFrom(copyId, quiet.etag, this.patienceMs);
    return {
      extensionOnlyChange:
        quiet.etag === settled.etag
          ? 'no update reached the attendee'
          : 'an update reached the attendee',
      attendeesOnlyPatch:
        patched !== 'accepted'
          ? `the PATCH was refused: ${patched}`
          : updated.etag !== quiet.etag
            ? 'the attendee who stayed got an update'
            : 'the attendee who stayed got no update',
    };
  }
}

/**
 * Whether a meeting the attendee declines (with the app's answer, `decline`) leaves their
 * calendar, or stays there declined (a mailbox that keeps declined meetings).
 */
export async function declinedCopySeen(
  copies: AttendeeCopies,
  attendee: SignedIn,
  iCalUId: string,
  range: InstantRange,
): Promise<string> {
  const copy = await copies.find(iCalUId, range, (m) => !!m);
  if (!copy) return 'the invitation did not arrive in time';
  await attendee.graph.answerInvitation(copy.eventId, 'decline', '');
  const after = await copies.find(iCalUId, range, (m) => !m);
  return after ? `stays in the calendar, answered ${after.myResponse}` : 'moved to Deleted Items';
}

/** What a cancelled copy shows: the subject's prefix, and whose text the body is. */
export function cancelledCopySeen(
  copy: InvitedMeeting | undefined,
  subject: string,
  comment: string,
): Pick<Observations, 'cancelledSubject' | 'cancelledBody'> {
  if (!copy?.isCancelled)
    return { cancelledSubject: 'the attendee’s copy was not cancelled in time' };
  const prefix = copy.subject.slice(0, Math.max(0, copy.subject.length - subject.length));
  return {
    cancelledSubject: `the attendee’s copy is cancelled, subject prefixed "${prefix}"`,
    cancelledBody: copy.html.includes(comment)
      ? copy.html.includes('NM-ref')
        ? 'the invitation, with the comment'
        : 'the cancellation’s comment'
      : 'the invitation',
  };
}

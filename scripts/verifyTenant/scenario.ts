/**
 * The scenario `npm run verify:tenant` runs through the app's own Graph layer
 * (src/graph/index.ts): sign-in, a group's members, `$batch`, free/busy, booking a Teams meeting
 * with its plan twice under one transaction id, reading it back, finding it by its extension,
 * a conflicting save, changing and forwarding it, cancelling it. It cleans up after itself:
 * every meeting it books is cancelled, whatever fails.
 */
import {
  type CalendarMeeting,
  isJoinUrlOfMeeting,
  isTeamsJoinUrl,
  threadIdOfJoinUrl,
} from '../../src/domain';
import { GraphRequestError, type InstantRange } from '../../src/graph';
import { AttendeeCopies, cancelledCopySeen, declinedCopySeen } from './attendeeCopy';
import { bookingOf, type Recipient, scenarioPlan, withoutViceChair } from './meetingPlan';
import * as probe from './probes';
import { check, type Row } from './report';
import type { SignedIn, VerifyTarget } from './target';
import { type Observations, unconfirmedRows } from './unconfirmed';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const listed = (m: CalendarMeeting, email: string) => m.responses.some((r) => same(r.email, email));
const describe = (e: unknown) =>
  e instanceof GraphRequestError ? `${e.status} ${e.code}: ${e.message}` : String(e);

/** The day around a date as UTC instants, wide enough for Copenhagen's offset. */
function dayAround(date: string): InstantRange {
  const day = Date.parse(`${date}T00:00:00Z`);
  return {
    start: new Date(day - 86_400_000).toISOString(),
    end: new Date(day + 2 * 86_400_000).toISOString(),
  };
}

/** A person's name as the directory has it (the address when it has none). */
async function recipient(organiser: SignedIn, email: string): Promise<Recipient> {
  const people = await organiser.graph.findPeople(email);
  return { email, name: people.find((p) => same(p.email, email))?.name ?? email };
}

/** Addresses that exist nowhere, to make up a count: their schedules come back unknown. */
function padded(addresses: readonly string[], count: number, domain: string): string[] {
  const out = [...new Set(addresses.map((a) => a.toLowerCase()))].slice(0, count);
  for (let i = 1; out.length < count; i++) out.push(`verify-tenant-nobody-${i}@${domain}`);
  return out;
}

/** `20×200, 4×429` */
function statusCounts(statuses: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n}×${s}`).join(', ');
}

/** Runs the scenario and returns the table's rows; `now` dates the meeting. */
export async function runScenario(target: VerifyTarget, now: number): Promise<Row[]> {
  const { organiser: o, attendee: view } = target;
  const rows: Row[] = [];
  const seen: Observations = {};
  const booked = new Set<string>();
  const cancelled = new Set<string>();
  let step = 'sign-in';
  let stoppedEarly = false;
  let range: InstantRange | undefined;
  const copies = view && new AttendeeCopies(view, target.deliveryTimeoutMs);
  try {
    const me = await o.graph.me();
    rows.push(check('sign-in', 'the organiser, with a mailbox', me.email, !!me.email));
    const domain = me.email.split('@')[1] ?? 'example.org';

    step = 'read a group’s members';
    let members: string[] = [];
    if (target.groupId) {
      const people = (await o.graph.groupMembers([target.groupId])).get(target.groupId) ?? [];
      members = people.map((p) => p.email);
      const twice = members.length - new Set(members.map((m) => m.toLowerCase())).size;
      rows.push(
        check(
          step,
          'its users with addresses, nested groups expanded, each once, every page',
          `${members.length} users, ${twice} twice`,
          members.length > 0 && twice === 0,
        ),
      );
    } else {
      rows.push({
        behaviour: step,
        expected: 'its users',
        seen: 'no --group given',
        verdict: 'not run',
      });
    }

    const [x, y] = await Promise.all(target.mailboxes.map((m) => recipient(o, m)));
    if (!x || !y) throw new Error('Two test mailboxes are needed.');
    const plan = scenarioPlan(`verify-tenant-${crypto.randomUUID()}`, now, x, y);
    const booking = bookingOf(plan);
    range = dayAround(plan.date);

    step = 'getSchedule for 20 people';
    const twenty = padded([o.email, x.email, y.email, ...members], 20, domain);
    const free = await o.graph.availability(twenty, range);
    const readable = (email: string) => free.some((a) => same(a.email, email) && a.known);
    rows.push(
      check(
        step,
        '20 schedules in one getSchedule; the organiser’s and both test mailboxes’ readable',
        `${free.length} schedules, ${free.filter((a) => a.known).length} readable`,
        free.length === 20 && [o.email, x.email, y.email].every(readable),
      ),
    );

    step = '$batch of 20';
    let mark = o.traffic.exchanges.length;
    await o.graph.availability(padded(twenty, 400, domain), range);
    const batches = o.traffic.since(mark).filter((e) => e.batch);
    const firstBatch = batches[0]?.batch;
    rows.push(
      check(
        step,
        'one $batch of 20 requests (20 getSchedule calls of 20), every one answered',
        `${batches.length} $batch call(s), the first of ${firstBatch?.size ?? 0}: ${statusCounts(firstBatch?.statuses ?? [])}` +
          (batches.length > 1 ? '; the throttled ones retried' : ''),
        firstBatch?.size === 20 && batches.every((b) => b.status === 200),
      ),
    );

    step = 'create a Teams meeting with its plan and a transactionId, sent twice';
    mark = o.traffic.exchanges.length;
    const first = await o.graph.createMeeting(booking);
    booked.add(first.eventId);
    const again = await o.graph.createMeeting(booking);
    booked.add(again.eventId);
    const creates = o.traffic
      .since(mark)
      .filter((e) => e.method === 'POST' && e.path === '/me/events');
    const once = first.eventId === again.eventId;
    seen.secondCreate = once
      ? `the first event again, ${creates[1]?.status ?? '?'}`
      : `a second event, ${creates[1]?.status ?? '?'}`;
    rows.push(
      check(
        step,
        'one event: the second create returns the first',
        once ? 'one event' : 'two events',
        once,
      ),
    );

    step = 'read it back, attendee names as given';
    const read = await o.graph.getMeeting(first.eventId);
    rows.push(
      check(
        step,
        'the plan as stored (open extension), a Teams join link, both test mailboxes',
        [
          read.storedPlan?.plan === booking.storedPlan.plan ? 'plan as stored' : 'plan missing',
          read.joinUrl ? 'join link' : 'no join link',
          `${read.responses.length} attendees`,
        ].join(', '),
        read.storedPlan?.plan === booking.storedPlan.plan &&
          !!read.joinUrl &&
          listed(read, x.email) &&
          listed(read, y.email),
      ),
    );
    const namesAsGiven = (m: CalendarMeeting) =>
      booking.attendees.every(
        (a) => m.responses.find((r) => same(r.email, a.email))?.name === a.name,
      );
    if (read.joinUrl) {
      seen.joinUrlForm = threadIdOfJoinUrl(read.joinUrl)
        ? 'the long form'
        : isTeamsJoinUrl(read.joinUrl)
          ? 'the short form'
          : `another link: ${read.joinUrl}`;
      step = 'the meeting chat names the meeting (Chat.ReadBasic), as a tab in it asks';
      const chat = await probe.meetingChatLink(o.client, first.eventId, read.joinUrl);
      seen.chatJoinUrl = chat.seen;
      const chatLink = chat.chatId ? await o.graph.meetingChatJoinUrl(chat.chatId) : undefined;
      const same =
        !!chatLink &&
        isJoinUrlOfMeeting(read.joinUrl, { chatId: chat.chatId ?? '', joinWebUrl: chatLink });
      rows.push(
        check(
          step,
          'GET /me/chats/{id} gives a join link naming the booked meeting',
          chat.chatId
            ? same
              ? 'the same meeting'
              : `not it: ${chatLink ?? 'no link'}`
            : chat.seen,
          same,
        ),
      );
    }
    seen.attendeeNames = namesAsGiven(read)
      ? 'kept as given'
      : `the directory’s: ${read.responses.map((r) => r.name ?? r.email).join(', ')}`;

    step = 'filter the organiser’s events by the extension';
    const found = (await o.graph.listMeetings(range)).filter((m) => m.eventId === first.eventId);
    rows.push(check(step, 'the meeting, once', `${found.length} time(s)`, found.length === 1));

    // The attendee's copy: does it carry the plan, and the names as given?
    const copy = read.iCalUId ? await copies?.find(read.iCalUId, range, (m) => !!m) : undefined;
    if (copies && copy) {
      const full = await copies.read(copy.eventId);
      seen.attendeeCopyPlan = full.storedPlan
        ? 'the attendee’s copy carries the plan'
        : 'the attendee’s copy carries no plan';
      if (seen.attendeeNames === 'kept as given' && !namesAsGiven(full))
        seen.attendeeNames = 'kept on the organiser’s copy, the directory’s on the attendee’s';
    }

    step = 'PATCH of the attendee list';
    const narrowed = bookingOf(withoutViceChair(plan));
    const patched = await o.graph.updateMeeting(read, narrowed);
    rows.push(
      check(
        step,
        'the removed attendee leaves the list, the other stays, the plan is stored',
        `${y.email} ${listed(patched, y.email) ? 'still listed' : 'gone'}, ${x.email} ${listed(patched, x.email) ? 'listed' : 'gone'}`,
        !listed(patched, y.email) &&
          listed(patched, x.email) &&
          patched.storedPlan?.plan === narrowed.storedPlan.plan,
      ),
    );

    step = 'If-Match conflict';
    let conflict: string;
    try {
      await o.graph.updateMeeting(read, booking);
      conflict = 'saved over the newer version';
    } catch (e) {
      conflict = describe(e);
    }
    const after = await o.graph.getMeeting(first.eventId);
    rows.push(
      check(
        step,
        'saving from a copy read before the PATCH: 412, nothing changed',
        `${conflict.split(':')[0]}; ${y.email} ${listed(after, y.email) ? 'back on the list' : 'still off the list'}`,
        conflict.startsWith('412') && !listed(after, y.email),
      ),
    );
    seen.staleIfMatch = await probe.staleIfMatch(o.client, first.eventId, read.etag, read.subject);

    step = 'forward';
    mark = o.traffic.exchanges.length;
    const { meeting: forwarded } = await o.graph.inviteMore(after, booking, [y]);
    const forward = o.traffic.since(mark).find((e) => e.batch);
    rows.push(
      check(
        step,
        'the plan naming the added person is stored, then the meeting is forwarded to them (202)',
        `plan ${forward?.batch?.byId['plan'] ?? '?'}, forward ${forward?.batch?.byId['forward'] ?? '?'}; plan ${forwarded.storedPlan?.plan === booking.storedPlan.plan ? 'names them' : 'does not'}`,
        forward?.batch?.byId['forward'] === 202 &&
          forwarded.storedPlan?.plan === booking.storedPlan.plan,
      ),
    );
    seen.forwardListed = listed(forwarded, y.email)
      ? 'listed at once'
      : 'not listed until they answer';

    // Unconfirmed: an extension-only change, then an attendees-only PATCH, as the attendee sees them.
    if (copies && copy)
      Object.assign(seen, await copies.updatesSeen(o, forwarded, copy.eventId, booking, x, y));

    const latest = await o.graph.getMeeting(first.eventId);
    try {
      await o.graph.answerInvitation(first.eventId, 'accept');
      seen.organiserAnswers = 'the organiser accepting their own meeting: accepted';
    } catch (e) {
      seen.organiserAnswers = `the organiser accepting their own meeting: ${describe(e)}`;
    }
    seen.bodyPreview = await probe.bodyPreview(o.client, first.eventId);
    seen.unknownProperty = await probe.unknownProperty(o.client, first.eventId, latest.etag);
    seen.searchSyntax = await probe.searchSyntax(o.client);
    seen.searchTokens = await probe.searchTokens(o.client, x);
    seen.basicProfile = await probe.basicProfile(o.client, x.email);

    step = 'cancel';
    const comment = 'verify:tenant cancels its test meeting.';
    await o.graph.cancelMeeting(first.eventId, comment);
    cancelled.add(first.eventId);
    let gone: string;
    try {
      await o.graph.getMeeting(first.eventId);
      gone = 'still readable';
    } catch (e) {
      gone = describe(e).split(':')[0] ?? '';
    }
    rows.push(
      check(
        step,
        'the event leaves the organiser’s calendar (GET by id: 404)',
        gone,
        gone.startsWith('404'),
      ),
    );
    if (copies && read.iCalUId) {
      const cancelledCopy = await copies.find(read.iCalUId, range, (m) => !!m?.isCancelled);
      Object.assign(seen, cancelledCopySeen(cancelledCopy, read.subject, comment));
    }

    // A second, small meeting for the attendee to decline (the first is kept for the rows above).
    if (copies && view) {
      step = 'a second meeting, declined by the first test mailbox';
      const declinePlan = withoutViceChair(
        scenarioPlan(`verify-tenant-${crypto.randomUUID()}`, now, x, y),
      );
      const second = await o.graph.createMeeting(bookingOf(declinePlan));
      booked.add(second.eventId);
      const secondRead = await o.graph.getMeeting(second.eventId);
      if (secondRead.iCalUId)
        seen.declinedCopy = await declinedCopySeen(copies, view, secondRead.iCalUId, range);
      await o.graph.cancelMeeting(second.eventId, comment);
      cancelled.add(second.eventId);
    }
  } catch (e) {
    stoppedEarly = true;
    rows.push({ behaviour: step, expected: 'no error', seen: describe(e), verdict: 'FAIL' });
  } finally {
    for (const id of booked) {
      if (cancelled.has(id)) continue;
      await o.graph.cancelMeeting(id, 'verify:tenant cleans up.').catch(() => undefined);
      cancelled.add(id);
    }
  }
  if (range) {
    const left = (await o.graph.listMeetings(range)).filter((m) => booked.has(m.eventId));
    rows.push(
      check(
        'clean up',
        'none of the run’s meetings left in the organiser’s calendar',
        `${left.length} left`,
        left.length === 0,
      ),
    );
  }
  return [...rows, ...unconfirmedRows(seen, !!view, stoppedEarly)];
}

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bookPlan, openMeeting, savePlan } from '../app/meetings';
import type { BookedMeeting, Invitee, MeetingPlan } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import type { DemoUser } from '../emulator/demoTenant';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { networkMeetingGraph } from './networkMeetingGraph';

/**
 * Adding people to a booked meeting is one write safe to repeat: the plan naming them (and
 * recording them as forwarded) is stored first, checked against the ETag, and the forward
 * depends on it. Each case here was a double or a missing invitation before.
 */

let h: EmulatorHarness;
let planCount = 0;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.emulator.faults.clear());

const graph = () => networkMeetingGraph(h.client('organiser'));

async function booked(): Promise<BookedMeeting> {
  const plan = demoPlan(h.emulator.core.tenant, { id: `add-${(planCount += 1)}` });
  return bookPlan(graph(), plan, 'da');
}

let staffTaken = 0;
/** A colleague the plan does not invite yet. */
function newcomer(meeting: BookedMeeting): DemoUser {
  const staff = h.emulator.core.tenant.users.filter(
    (u) => u.jobTitle === 'Medarbejder' && !meeting.plan.invitees.some((i) => i.email === u.mail),
  );
  const user = staff[(staffTaken += 1)];
  if (!user) throw new Error('test data');
  return user;
}

function withInvited(plan: MeetingPlan, user: DemoUser): MeetingPlan {
  const invitee: Invitee = {
    id: user.id,
    name: user.displayName,
    email: user.mail,
    roles: ['otherStaff'],
    attendance: 'required',
  };
  return { ...plan, invitees: [...plan.invitees, invitee] };
}

/** The meeting requests a mailbox got for this meeting. */
function requestsTo(user: DemoUser, meeting: BookedMeeting): number {
  const organiserEvent = h.emulator.core.state.mailboxes[
    h.emulator.core.user(h.address('organiser'))?.id ?? ''
  ]?.events.find((e) => e.id === meeting.eventId);
  return (h.emulator.core.state.mailboxes[user.id]?.notices ?? []).filter(
    (n) => n.kind === 'request' && n.iCalUId === organiserEvent?.iCalUId,
  ).length;
}

async function reopened(meeting: BookedMeeting): Promise<BookedMeeting> {
  const read = await openMeeting(graph(), meeting.eventId);
  if (!read.ok) throw new Error('unreadable');
  return read.meeting;
}

const invites = (meeting: BookedMeeting, user: DemoUser) =>
  meeting.plan.invitees.some((i) => i.email === user.mail);

describe('adding people to a booked meeting', () => {
  it('two sessions adding different people at once: the one that loses the race invites nobody', async () => {
    const meeting = await booked();
    const [a, b] = [newcomer(meeting), newcomer(meeting)];
    // Both sessions opened the meeting before either saved.
    const [first, second] = await Promise.allSettled([
      savePlan(graph(), meeting, withInvited(meeting.plan, a), 'da'),
      savePlan(graph(), meeting, withInvited(meeting.plan, b), 'da'),
    ]);
    const outcomes = [first.status, second.status].sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const [winner, loser] = first.status === 'fulfilled' ? [a, b] : [b, a];
    const refused =
      first.status === 'rejected' ? first.reason : (second as PromiseRejectedResult).reason;
    expect(refused).toMatchObject({ status: 412, kind: 'preconditionFailed' });

    const stored = await reopened(meeting);
    expect(invites(stored, winner)).toBe(true);
    expect(invites(stored, loser)).toBe(false);
    expect(requestsTo(winner, meeting)).toBe(1);
    // Nobody the plan does not list was invited.
    expect(requestsTo(loser, meeting)).toBe(0);

    // The loser's edit laid on the meeting read again: both invited, each once.
    await savePlan(graph(), stored, withInvited(stored.plan, loser), 'da');
    const both = await reopened(meeting);
    expect([invites(both, a), invites(both, b)]).toEqual([true, true]);
    expect([requestsTo(a, meeting), requestsTo(b, meeting)]).toEqual([1, 1]);
  });

  it('a save repeated after the plan’s write failed past the retries invites the person once', async () => {
    const meeting = await booked();
    const person = newcomer(meeting);
    h.emulator.faults.set([{ method: 'PATCH', path: '/extensions/', status: 503, times: 4 }]);
    const failed = await savePlan(graph(), meeting, withInvited(meeting.plan, person), 'da').catch(
      (e: unknown) => e,
    );
    expect(failed).toMatchObject({ status: 503, kind: 'unavailable' });
    // Nothing went: the forward waits for the plan.
    expect(requestsTo(person, meeting)).toBe(0);

    // The organiser saves again, from the same screen.
    const saved = await savePlan(graph(), meeting, withInvited(meeting.plan, person), 'da');
    expect(saved.unconfirmed).toEqual([]);
    expect(requestsTo(person, meeting)).toBe(1);
    expect(invites(await reopened(meeting), person)).toBe(true);
  });

  it('a plan write that was done before its 503 is not taken for a conflict, and the forward goes once', async () => {
    const meeting = await booked();
    const person = newcomer(meeting);
    h.emulator.faults.set([{ method: 'PATCH', path: '/extensions/', status: 503, commit: true }]);
    const saved = await savePlan(graph(), meeting, withInvited(meeting.plan, person), 'da');
    expect(saved.unconfirmed).toEqual([]);
    expect(requestsTo(person, meeting)).toBe(1);
    const stored = await reopened(meeting);
    expect(stored.plan.forwarded).toEqual([{ email: person.mail, revision: 0 }]);
  });

  it('a $batch whose connection dropped after it was done is the organiser’s own save, not a conflict', async () => {
    const meeting = await booked();
    const person = newcomer(meeting);
    h.emulator.faults.set([{ method: 'POST', path: '^/\\$batch$', dropAfterCommit: true }]);
    const saved = await savePlan(graph(), meeting, withInvited(meeting.plan, person), 'da');
    // The event holds this save's plan: saved. Graph never said whether the forward went.
    expect(invites(saved.meeting, person)).toBe(true);
    expect(saved.unconfirmed.map((p) => p.email)).toEqual([person.mail]);
    expect(requestsTo(person, meeting)).toBe(1);

    // Saving the same change again from the screen as it was: saved, and nobody mailed again.
    const again = await savePlan(graph(), meeting, withInvited(meeting.plan, person), 'da');
    expect(invites(again.meeting, person)).toBe(true);
    expect(requestsTo(person, meeting)).toBe(1);
  });

  it('a repeat never forwards to someone the plan records as forwarded at this revision', async () => {
    const meeting = await booked();
    const person = newcomer(meeting);
    const first = await savePlan(graph(), meeting, withInvited(meeting.plan, person), 'da');
    expect(first.meeting.plan.forwarded).toEqual([{ email: person.mail, revision: 0 }]);
    // A copy that lost the person from its invitees but kept the record (a hand edit).
    const read = await reopened(meeting);
    const without = { ...read, plan: { ...read.plan, invitees: meeting.plan.invitees } };
    await savePlan(graph(), without, withInvited(without.plan, person), 'da');
    expect(requestsTo(person, meeting)).toBe(1);
  });

  it('a forward Graph refuses outright puts the plan back, so the person can be invited again', async () => {
    const meeting = await booked();
    const person = newcomer(meeting);
    h.emulator.faults.set([{ method: 'POST', path: '/forward$', status: 403 }]);
    const failed = await savePlan(graph(), meeting, withInvited(meeting.plan, person), 'da').catch(
      (e: unknown) => e,
    );
    expect(failed).toMatchObject({ status: 403 });
    const read = await reopened(meeting);
    expect(invites(read, person)).toBe(false);
    await savePlan(graph(), read, withInvited(read.plan, person), 'da');
    expect(requestsTo(person, meeting)).toBe(1);
  });
});

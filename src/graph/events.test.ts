import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  bookPlan,
  cancelBookedMeeting,
  listBookedMeetings,
  listInvitedMeetings,
  invitationsFor,
  openMeeting,
  savePlan,
} from '../app/meetings';
import {
  attendanceCoverage,
  type BookedMeeting,
  mergeInvitees,
  moveMeeting,
  transactionIdFor,
} from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import type { Notice } from '../emulator/state';
import { call } from './graphClient';
import { GraphRequestError } from './graphError';
import { networkMeetingGraph } from './networkMeetingGraph';
import { isTeamsJoinUrl, PLAN_SCHEMA_VERSION, wallTime } from '../domain';

let h: EmulatorHarness;
let planCount = 0;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.emulator.faults.clear());

const graphFor = (user: string) => networkMeetingGraph(h.client(user));
/** The network meetings a demo user is invited to, as their start screen reads them. */
const listInvitations = async (
  graph: ReturnType<typeof graphFor>,
  range: { start: string; end: string },
  user: Parameters<typeof h.address>[0],
) => invitationsFor(await listInvitedMeetings(graph, range), { email: h.address(user), name: '' });
const nextPlan = (overrides: Parameters<typeof demoPlan>[1] = {}) =>
  demoPlan(h.emulator.core.tenant, { id: `plan-${(planCount += 1)}`, ...overrides });

interface MailboxView {
  events: {
    id: string;
    iCalUId: string;
    subject: string;
    isCancelled: boolean;
    transactionId: string | null;
    start: { dateTime: string; timeZone: string };
    body: { content: string };
    attendees: { type: string; emailAddress: { address: string }; status: { response: string } }[];
    isOnlineMeeting: boolean;
    onlineMeeting: { joinUrl: string } | null;
    extensions: { extensionName: string; plan: string; schemaVersion: number }[];
  }[];
  notices: Notice[];
}
async function mailbox(address: string): Promise<MailboxView> {
  const res = await fetch(`${h.emulator.url}/_emulator/mailboxes/${encodeURIComponent(address)}`);
  return (await res.json()) as MailboxView;
}

/** The meeting's iCalUId, shared by every copy of it. */
async function uidOf(organiser: string, eventId: string): Promise<string> {
  return (await mailbox(organiser)).events.find((e) => e.id === eventId)?.iCalUId ?? 'missing';
}

function tableRows(html: string): string[][] {
  const rows: string[][] = [];
  const text = (n: T.ChildNode): string =>
    n.nodeName === '#text'
      ? (n as T.TextNode).value
      : 'childNodes' in n
        ? n.childNodes.map(text).join('')
        : '';
  const walk = (n: T.ParentNode) => {
    for (const c of n.childNodes) {
      if (c.nodeName === 'tr')
        rows.push((c as T.Element).childNodes.filter((x) => x.nodeName === 'td').map(text));
      if ('childNodes' in c) walk(c as T.ParentNode);
    }
  };
  walk(parseFragment(html));
  return rows.filter((r) => r.length > 0);
}

describe('booking a network meeting over HTTP', () => {
  let booked: BookedMeeting;
  const plan = () => booked.plan;

  beforeAll(async () => {
    booked = await bookPlan(graphFor('organiser'), nextPlan(), 'da');
  });

  it('creates one Teams meeting in the organiser’s calendar, in Copenhagen time', async () => {
    const box = await mailbox(h.address('organiser'));
    const events = box.events.filter((e) => e.transactionId === transactionIdFor(plan()));
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.start).toEqual({
      dateTime: '2027-03-11T11:00:00.0000000',
      timeZone: 'Romance Standard Time',
    });
    expect(event?.isOnlineMeeting).toBe(true);
    // Teams' short join link, the emulator's default (FIDELITY.md).
    expect(isTeamsJoinUrl(booked.joinUrl ?? '')).toBe(true);
    expect(booked.start).toBe('2027-03-11T11:00:00');
  });

  it('invites each person once, required and optional as planned', async () => {
    const [event] = (await mailbox(h.address('organiser'))).events.filter(
      (e) => e.transactionId === transactionIdFor(plan()),
    );
    const byAddress = new Map(
      event?.attendees.map((a) => [a.emailAddress.address.toLowerCase(), a.type]),
    );
    // Department directors sit in H-MED too: their two entries merge into one, required.
    const expected = new Map(
      mergeInvitees(plan().invitees).invitees.map((i) => [i.email.toLowerCase(), i.attendance]),
    );
    expect(event?.attendees).toHaveLength(expected.size);
    expect(byAddress).toEqual(expected);
    expect(byAddress.get(h.address('medViceChair'))).toBe('required');
  });

  it('puts one agenda row per block in the body, then Exchange’s Teams block', async () => {
    const [event] = (await mailbox(h.address('organiser'))).events.filter(
      (e) => e.transactionId === transactionIdFor(plan()),
    );
    const rows = tableRows(event?.body.content ?? '');
    expect(rows).toHaveLength(plan().agenda.length);
    expect(rows[0]?.[0]).toBe('11.00–11.10');
    expect(event?.body.content).toContain(booked.joinUrl);
  });

  it('stores the plan in one open extension with its schema version', async () => {
    const [event] = (await mailbox(h.address('organiser'))).events.filter(
      (e) => e.transactionId === transactionIdFor(plan()),
    );
    expect(event?.extensions).toHaveLength(1);
    expect(event?.extensions[0]?.extensionName).toBe('dk.netvaerksmoeder.plan');
    expect(event?.extensions[0]?.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(JSON.parse(event?.extensions[0]?.plan ?? '{}')).toEqual(plan());
    const opened = await openMeeting(graphFor('organiser'), booked.eventId);
    expect(opened.ok && opened.meeting.plan).toEqual(plan());
  });

  it('lands the invitation in every invitee’s mailbox', async () => {
    const uid = await uidOf(h.address('organiser'), booked.eventId);
    // The organiser is an HR consultant invitee too; Exchange sends her nothing.
    const invitees = plan().invitees.filter((i) => i.email !== h.address('organiser'));
    expect(invitees.length).toBeGreaterThan(20);
    for (const invitee of invitees) {
      const box = await mailbox(invitee.email);
      expect(
        box.events.some((e) => e.iCalUId === uid),
        invitee.email,
      ).toBe(true);
      expect(
        box.notices.filter((n) => n.kind === 'request' && n.iCalUId === uid),
        invitee.email,
      ).toHaveLength(1);
    }
  });

  it('lets the MED chair accept in their own mailbox, and the organiser sees it', async () => {
    const chair = h.address('medChair');
    const copy = (await mailbox(chair)).events.find((e) => e.subject === booked.subject);
    await graphFor(chair).answerInvitation(copy?.id ?? '', 'accept', 'Jeg kommer');
    const opened = await openMeeting(graphFor('organiser'), booked.eventId);
    if (!opened.ok) throw new Error('plan not readable');
    expect(opened.meeting.responses.find((r) => r.email === chair)?.response).toBe('accepted');
    const coverage = attendanceCoverage(opened.meeting.plan, opened.meeting.responses);
    expect(coverage.roles.find((r) => r.role === 'medChair')?.accepted.map((i) => i.email)).toEqual(
      [chair],
    );
  });

  it('records a tentative answer, with its comment, for the organiser', async () => {
    const hr = h.address('hrConsultant');
    const uid = await uidOf(h.address('organiser'), booked.eventId);
    const copy = (await mailbox(hr)).events.find((e) => e.iCalUId === uid);
    await graphFor(hr).answerInvitation(
      copy?.id ?? '',
      'tentativelyAccept',
      'Måske lidt forsinket',
    );
    const opened = await openMeeting(graphFor('organiser'), booked.eventId);
    expect(opened.ok && opened.meeting.responses.find((r) => r.email === hr)?.response).toBe(
      'tentative',
    );
    const notice = (await mailbox(h.address('organiser'))).notices.find(
      (n) => n.kind === 'response' && n.from === hr,
    );
    expect(notice).toMatchObject({
      response: 'tentativelyAccepted',
      comment: 'Måske lidt forsinket',
    });
    const mine = await graphFor(hr).getMeeting(copy?.id ?? '');
    expect(mine).toMatchObject({ isOrganizer: false, myResponse: 'tentative' });
    expect(mine.storedPlan).toBeUndefined();
  });

  it('shows a vice-chair’s decline to the organiser as a coverage error', async () => {
    const vice = h.address('medViceChair');
    const copy = (await mailbox(vice)).events.find((e) => e.subject === booked.subject);
    await graphFor(vice).answerInvitation(copy?.id ?? '', 'decline', 'Syg');
    const opened = await openMeeting(graphFor('organiser'), booked.eventId);
    if (!opened.ok) throw new Error('plan not readable');
    const codes = attendanceCoverage(opened.meeting.plan, opened.meeting.responses).findings.map(
      (f) => f.code,
    );
    expect(codes).toContain('attendance-presenter-declined');
    // Exchange moves a declined meeting to Deleted Items: it leaves the calendar.
    expect((await mailbox(vice)).events.some((e) => e.id === copy?.id)).toBe(false);
  });

  it('keeps a declined meeting, free and answerable again, where the mailbox preserves them', async () => {
    const hr = h.address('hrConsultant');
    await fetch(
      `${h.emulator.url}/_emulator/mailboxes/${encodeURIComponent(hr)}/calendarConfiguration`,
      { method: 'PUT', body: JSON.stringify({ preserveDeclinedMeetings: true }) },
    );
    const copy = (await mailbox(hr)).events.find((e) => e.subject === booked.subject);
    await graphFor(hr).answerInvitation(copy?.id ?? '', 'decline', 'Ferie');
    expect(await graphFor(hr).getMeeting(copy?.id ?? '')).toMatchObject({
      myResponse: 'declined',
    });
    await graphFor(hr).answerInvitation(copy?.id ?? '', 'accept', 'Ferien er flyttet');
    const opened = await openMeeting(graphFor('organiser'), booked.eventId);
    const answer = opened.ok
      ? opened.meeting.responses.find((r) => r.email.toLowerCase() === hr.toLowerCase())
      : undefined;
    expect(answer?.response).toBe('accepted');
  });
});

describe('never booking twice', () => {
  it('leaves exactly one event when the answer to a create was lost and the create is retried', async () => {
    const plan = nextPlan();
    h.emulator.faults.set([{ method: 'POST', path: '^/me/events$', dropAfterCommit: true }]);
    const graph = graphFor('organiser');
    const lost = await bookPlan(graph, plan, 'da').catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(GraphRequestError);
    expect((lost as GraphRequestError).kind).toBe('offline');
    const retried = await bookPlan(graph, plan, 'da');
    const events = (await mailbox(h.address('organiser'))).events.filter(
      (e) => e.transactionId === transactionIdFor(plan),
    );
    expect(events.map((e) => e.id)).toEqual([retried.eventId]);
    const uid = await uidOf(h.address('organiser'), retried.eventId);
    const chairNotices = (await mailbox(h.address('medChair'))).notices.filter(
      (n) => n.kind === 'request' && n.iCalUId === uid,
    );
    expect(chairNotices).toHaveLength(1);
  });
});

describe('changing and cancelling a booked meeting', () => {
  it('keeps the Teams join block, updates everyone and asks them again when the time changes', async () => {
    const graph = graphFor('organiser');
    const booked = await bookPlan(graph, nextPlan(), 'da');
    const uid = await uidOf(h.address('organiser'), booked.eventId);
    const chairCopy = (await mailbox(h.address('medChair'))).events.find((e) => e.iCalUId === uid);
    await graphFor('medChair').answerInvitation(chairCopy?.id ?? '', 'accept');
    const answered = await openMeeting(graph, booked.eventId);
    if (!answered.ok) throw new Error('unreadable');
    expect(
      answered.meeting.responses.find((r) => r.email === h.address('medChair'))?.response,
    ).toBe('accepted');
    const moved = moveMeeting(answered.meeting.plan, { start: wallTime('12:00') });
    if (!moved.ok) throw new Error(moved.error.message.en);
    const saved = await savePlan(graph, answered.meeting, moved.plan, 'da');
    expect(saved.delivery).toMatchObject({ kind: 'update', asksAgain: true });
    expect(saved.meeting.start).toBe('2027-03-11T12:00:00');
    expect(saved.meeting.etag).not.toBe(booked.etag);
    expect(saved.meeting.joinUrl).toBe(booked.joinUrl);
    const [event] = (await mailbox(h.address('organiser'))).events.filter(
      (e) => e.id === booked.eventId,
    );
    expect(event?.body.content).toContain(booked.joinUrl);
    expect(event?.body.content.match(/meet_invite_block\.action\.join_link/g)).toHaveLength(1);
    expect(tableRows(event?.body.content ?? '')[0]?.[0]).toBe('12.00–12.10');
    const reopened = await openMeeting(graph, booked.eventId);
    expect(reopened.ok && reopened.meeting.plan.start).toBe('12:00');
    const updates = (await mailbox(h.address('hrConsultant'))).notices.filter(
      (n) => n.kind === 'update' && n.iCalUId === uid,
    );
    expect(updates).toHaveLength(1);
    // The chair's yes is gone, on the organiser's copy and on her own: she is asked again.
    expect(saved.meeting.responses.find((r) => r.email === h.address('medChair'))?.response).toBe(
      'none',
    );
    const chairAfter = await listInvitedMeetings(graphFor('medChair'), {
      start: '2027-03-11T00:00:00Z',
      end: '2027-03-12T00:00:00Z',
    });
    expect(chairAfter.find((m) => m.iCalUId === uid)?.myResponse).toBe('none');
  });

  it('sends every attendee an update when someone is replaced', async () => {
    const graph = graphFor('organiser');
    const booked = await bookPlan(graph, nextPlan(), 'da');
    const uid = await uidOf(h.address('organiser'), booked.eventId);
    const hr = booked.plan.invitees.find(
      (i) => i.roles.includes('hrConsultant') && i.email !== h.address('organiser'),
    );
    const added = h.emulator.core.tenant.users.find(
      (u) => u.jobTitle === 'Medarbejder' && !booked.plan.invitees.some((i) => i.email === u.mail),
    );
    if (!hr || !added) throw new Error('test data');
    const people = {
      ...booked.plan,
      invitees: [
        ...booked.plan.invitees.filter((i) => i.email !== hr.email),
        {
          id: added.id,
          name: added.displayName,
          email: added.mail,
          roles: ['employee' as const],
          attendance: 'optional' as const,
        },
      ],
    };
    const stayer = h.address('director');
    const before = (await mailbox(stayer)).notices.filter((n) => n.iCalUId === uid).length;
    const saved = await savePlan(graph, booked, people, 'da');
    expect(saved.delivery).toMatchObject({
      kind: 'update',
      invited: [{ email: added.mail }],
      cancelled: [{ email: hr.email }],
      asksAgain: false,
    });
    const stayerNotices = (await mailbox(stayer)).notices.filter((n) => n.iCalUId === uid);
    expect(stayerNotices).toHaveLength(before + 1);
    expect(stayerNotices.at(-1)?.kind).toBe('update');
    expect(
      (await mailbox(added.mail)).notices.filter((n) => n.iCalUId === uid).map((n) => n.kind),
    ).toEqual(['request']);
    expect((await mailbox(hr.email)).notices.filter((n) => n.iCalUId === uid).at(-1)?.kind).toBe(
      'cancellation',
    );
  });

  it('forwards the meeting to people added, and to nobody else; they join the list when they answer', async () => {
    const graph = graphFor('organiser');
    const booked = await bookPlan(graph, nextPlan(), 'da');
    const uid = await uidOf(h.address('organiser'), booked.eventId);
    const added = h.emulator.core.tenant.users.find(
      (u) => u.jobTitle === 'Medarbejder' && !booked.plan.invitees.some((i) => i.email === u.mail),
    );
    if (!added) throw new Error('test data');
    const more = {
      ...booked.plan,
      invitees: [
        ...booked.plan.invitees,
        {
          id: added.id,
          name: added.displayName,
          email: added.mail,
          roles: ['otherStaff' as const],
          attendance: 'required' as const,
        },
      ],
    };
    const others = booked.plan.invitees.map((i) => i.email);
    const count = async (a: string) =>
      (await mailbox(a)).notices.filter((n) => n.iCalUId === uid).length;
    const before = await Promise.all(others.map(count));
    const saved = await savePlan(graph, booked, more, 'da');
    expect(saved.delivery).toEqual({
      kind: 'forward',
      invited: [{ name: added.displayName, email: added.mail }],
    });
    expect(await Promise.all(others.map(count))).toEqual(before);
    expect(
      (await mailbox(added.mail)).notices.filter((n) => n.iCalUId === uid).map((n) => n.kind),
    ).toEqual(['request']);
    // The plan names them at once; Exchange's attendee list does not, until they answer.
    expect(saved.notListed.map((p) => p.email)).toEqual([added.mail]);
    const reopened = await openMeeting(graph, booked.eventId);
    expect(reopened.ok && reopened.meeting.plan.invitees.some((i) => i.email === added.mail)).toBe(
      true,
    );
    const copy = (await mailbox(added.mail)).events.find((e) => e.iCalUId === uid);
    await graphFor(added.mail).answerInvitation(copy?.id ?? '', 'accept');
    const organiserCopy = (await mailbox(h.address('organiser'))).events.find(
      (e) => e.id === booked.eventId,
    );
    expect(
      organiserCopy?.attendees.find((a) => a.emailAddress.address === added.mail),
    ).toMatchObject({ type: 'optional', status: { response: 'accepted' } });
    const answered = await openMeeting(graph, booked.eventId);
    if (!answered.ok) throw new Error('unreadable');
    expect(
      attendanceCoverage(answered.meeting.plan, answered.meeting.responses)
        .roles.find((r) => r.role === 'otherStaff')
        ?.accepted.map((i) => i.email),
    ).toContain(added.mail);
  });

  it('reminds those who have not answered by sending the invitation again, to them only', async () => {
    const graph = graphFor('organiser');
    const booked = await bookPlan(graph, nextPlan(), 'da');
    const uid = await uidOf(h.address('organiser'), booked.eventId);
    const requests = async (address: string) =>
      (await mailbox(address)).notices.filter((n) => n.kind === 'request' && n.iCalUId === uid);
    const late = h.address('medViceChair');
    const other = h.address('director');
    await graph.remind(booked.eventId, [late], 'Husk at svare');
    const lateRequests = await requests(late);
    expect(lateRequests).toHaveLength(2);
    expect(lateRequests.at(-1)?.comment).toBe('Husk at svare');
    expect(await requests(other)).toHaveLength(1);
  });

  it('finds the network meetings a person is invited to by the invitation’s reference', async () => {
    const booked = await bookPlan(graphFor('organiser'), nextPlan({ date: '2027-04-08' }), 'da');
    const chair = graphFor('medChair');
    const range = { start: '2027-04-08T00:00:00Z', end: '2027-04-09T00:00:00Z' };
    const invited = (await listInvitations(chair, range, 'medChair')).filter(
      (m) => m.planId === booked.plan.id,
    );
    expect(invited).toHaveLength(1);
    expect(invited[0]?.myResponse).toBe('none');
    // Her roles come with her entry in the attendee list (the director chairs H-MED here), and
    // the guide asks her to confirm.
    expect(invited[0]?.myRoles).toEqual(['director', 'medChair']);
    expect(invited[0]?.expected.mustConfirm).toBe(true);
    // The vice-chair finds the reflection block, which counts on him, in his copy's programme.
    const vice = (await listInvitations(graphFor('medViceChair'), range, 'medViceChair')).find(
      (m) => m.planId === booked.plan.id,
    );
    const reflecting = booked.plan.agenda
      .filter((b) => b.presenters.roles.includes('medViceChair'))
      .map((b) => b.title.da);
    expect(reflecting.length).toBeGreaterThan(0);
    // He is also the chief union representative, invited with the TRs.
    expect(vice?.myRoles).toEqual(['medViceChair', 'tr']);
    expect(vice?.expected.blocks.map((b) => b.title)).toEqual(reflecting);
    expect(invited[0]?.html).toContain(booked.plan.agenda[0]?.title.da ?? 'missing');
    await chair.answerInvitation(invited[0]?.eventId ?? '', 'accept', 'Jeg kommer');
    const again = (await listInvitations(chair, range, 'medChair')).find(
      (m) => m.planId === booked.plan.id,
    );
    expect(again?.myResponse).toBe('accepted');
    // The organiser's own copy is not an invitation to them.
    const own = await listInvitations(graphFor('organiser'), range, 'organiser');
    expect(own.some((m) => m.planId === booked.plan.id)).toBe(false);
    // A cancelled meeting stays in her list, marked, as Outlook keeps it until she removes it,
    // with the organiser's message; the comment's reference keeps it a network meeting.
    await cancelBookedMeeting(graphFor('organiser'), booked, 'Aflyst <pga.> sygdom');
    const after = await listInvitations(chair, range, 'medChair');
    const cancelled = after.find((m) => m.planId === booked.plan.id);
    expect(cancelled?.isCancelled).toBe(true);
    expect(cancelled?.cancellationNote).toBe('Aflyst <pga.> sygdom');
  });

  it('counts each update every attendee is sent as a revision; a forward to people added not', async () => {
    const graph = graphFor('organiser');
    const booked = await bookPlan(graph, nextPlan(), 'da');
    const moved = moveMeeting(booked.plan, { start: wallTime('09:00') });
    if (!moved.ok) throw new Error('move failed');
    const once = await savePlan(graph, booked, moved.plan, 'da');
    expect(once.delivery.kind).toBe('update');
    expect(once.meeting.plan.revision).toBe(1);
    const added = h.emulator.core.tenant.users.find(
      (u) => u.jobTitle === 'Medarbejder' && !booked.plan.invitees.some((i) => i.email === u.mail),
    );
    if (!added) throw new Error('test data');
    const more = {
      ...once.meeting.plan,
      invitees: [
        ...once.meeting.plan.invitees,
        {
          id: added.id,
          name: added.displayName,
          email: added.mail,
          roles: ['employee' as const],
          attendance: 'optional' as const,
        },
      ],
    };
    const twice = await savePlan(graph, once.meeting, more, 'da');
    expect(twice.delivery.kind).toBe('forward');
    expect(twice.meeting.plan.revision).toBe(1);
    const reopened = await openMeeting(graph, booked.eventId);
    expect(reopened.ok && reopened.meeting.plan.revision).toBe(1);
  });

  it('refuses a save from a stale copy with 412 and keeps the other change', async () => {
    const graph = graphFor('organiser');
    const booked = await bookPlan(graph, nextPlan(), 'da');
    const first = moveMeeting(booked.plan, { start: wallTime('09:00') });
    const second = moveMeeting(booked.plan, { start: wallTime('13:00') });
    if (!first.ok || !second.ok) throw new Error('move failed');
    await savePlan(graph, booked, first.plan, 'da');
    const error = await savePlan(graph, booked, second.plan, 'da').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 412, kind: 'preconditionFailed' });
    const reopened = await openMeeting(graph, booked.eventId);
    expect(reopened.ok && reopened.meeting.plan.start).toBe('09:00');
  });

  it('sends a cancellation with the organiser’s message to every mailbox', async () => {
    const graph = graphFor('organiser');
    const booked = await bookPlan(graph, nextPlan(), 'da');
    const uid = await uidOf(h.address('organiser'), booked.eventId);
    await graph.cancelMeeting(booked.eventId, 'Mødet flyttes til foråret.');
    expect(
      (await mailbox(h.address('organiser'))).events.some((e) => e.id === booked.eventId),
    ).toBe(false);
    for (const invitee of booked.plan.invitees.filter((i) => i.email !== h.address('organiser'))) {
      const box = await mailbox(invitee.email);
      expect(box.events.find((e) => e.iCalUId === uid)?.isCancelled, invitee.email).toBe(true);
      const cancellation = box.notices.find((n) => n.kind === 'cancellation' && n.iCalUId === uid);
      expect(cancellation?.comment, invitee.email).toBe('Mødet flyttes til foråret.');
    }
  });
});

describe('listing my network meetings', () => {
  it('lists the meetings carrying a plan in a range, across pages, earliest first', async () => {
    const organiser = h.address('hrConsultant');
    const graph = graphFor(organiser);
    for (const [i, date] of ['2027-05-04', '2027-05-18', '2027-05-11'].entries()) {
      await bookPlan(graph, nextPlan({ date, id: `listed-${i}` }), 'en');
    }
    await bookPlan(graph, nextPlan({ date: '2027-09-01', id: 'outside' }), 'en');
    const { listMeetingEvents } = await import('./events');
    const meetings = await listMeetingEvents(
      h.client(organiser),
      { start: '2027-05-01T00:00:00Z', end: '2027-06-01T00:00:00Z' },
      2,
    );
    expect(meetings.map((m) => m.start.slice(0, 10))).toEqual([
      '2027-05-04',
      '2027-05-11',
      '2027-05-18',
    ]);
    const booked = await listBookedMeetings(graph, {
      start: '2027-05-01T00:00:00Z',
      end: '2027-06-01T00:00:00Z',
    });
    expect(booked.map((m) => m.plan.id)).toEqual(['listed-0', 'listed-2', 'listed-1']);
    const pages = h.emulator.requests.filter((r) => r.path === '/me/events' && r.method === 'GET');
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });
});

describe('what Graph refuses', () => {
  it('answers a property Graph does not know with 400, as Graph does', async () => {
    const graph = h.client('organiser');
    const error = await call(() =>
      graph.sdk.api('/me/events').post({ subject: 'x', agenda: [] }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: 'RequestBodyRead', kind: 'badRequest' });
    expect((error as Error).message).toContain(
      "'agenda' does not exist on type 'microsoft.graph.event'",
    );
  });
});

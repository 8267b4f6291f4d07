import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMeeting, savePlan } from '../app/meetings';
import { bookingFromPlan, invitationFrom } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import type { EventDto } from './dto';
import { eventFields } from './eventMapping';
import { networkMeetingGraph } from './networkMeetingGraph';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const range = { start: '2027-01-01T00:00:00Z', end: '2027-12-31T00:00:00Z' };

/** A meeting as Outlook's form saves it: the event, with no extension of the app's. */
async function savedInOutlook(id: string) {
  const plan = demoPlan(h.emulator.core.tenant, { id, date: '2027-04-08' });
  const booking = bookingFromPlan(plan, 'da');
  const client = h.client('organiser');
  const event = (await client.sdk
    .api('/me/events')
    .post(eventFields(booking, booking.html))) as EventDto;
  return { plan, booking, eventId: event.id };
}

describe('the plan of a meeting saved in Outlook', () => {
  it('is stored as the tab stores it, so the tab lists the meeting with its plan', async () => {
    const graph = networkMeetingGraph(h.client('organiser'));
    const { plan, booking, eventId } = await savedInOutlook('outlook-1');
    expect((await graph.listMeetings(range)).some((m) => m.eventId === eventId)).toBe(false);

    await graph.storePlan(eventId, booking.storedPlan);
    const listed = (await graph.listMeetings(range)).find((m) => m.eventId === eventId);
    expect(JSON.parse(listed?.storedPlan?.plan ?? '{}').id).toBe(plan.id);
  });

  it('is replaced when the pane stores it again', async () => {
    const graph = networkMeetingGraph(h.client('organiser'));
    const { plan, booking, eventId } = await savedInOutlook('outlook-2');
    await graph.storePlan(eventId, booking.storedPlan);
    const changed = { ...plan, title: { da: 'Nyt navn', en: 'New name' } };
    await graph.storePlan(eventId, bookingFromPlan(changed, 'da').storedPlan);
    const read = await graph.getMeeting(eventId);
    expect(JSON.parse(read.storedPlan?.plan ?? '{}').title.da).toBe('Nyt navn');
  });
});

describe('the pane’s store, with the tab’s concurrency', () => {
  it('does not overwrite a plan the tab saved since the pane read it: 412, and theirs stays', async () => {
    const pane = networkMeetingGraph(h.client('organiser'));
    const { plan, booking, eventId } = await savedInOutlook('outlook-4');
    const basis = await pane.storePlan(eventId, booking.storedPlan, null);

    // The tab opens the meeting and saves a new title.
    const tab = networkMeetingGraph(h.client('organiser'));
    const opened = await openMeeting(tab, eventId);
    if (!opened.ok) throw new Error('unreadable');
    expect(opened.meeting.mismatch).toBeUndefined();
    const retitled = { ...plan, title: { da: 'Fanens titel', en: 'The tab’s title' } };
    await savePlan(tab, opened.meeting, retitled, 'da');

    // The pane, still holding to what it stored, writes its own change.
    const panes = { ...plan, title: { da: 'Rudens titel', en: 'The pane’s title' } };
    const refused = await pane
      .storePlan(eventId, bookingFromPlan(panes, 'da').storedPlan, basis)
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 412, kind: 'preconditionFailed' });
    const read = await pane.getMeeting(eventId);
    expect(JSON.parse(read.storedPlan?.plan ?? '{}').title.da).toBe('Fanens titel');

    // Holding to the plan it now sees, the pane's write replaces it, on purpose.
    await pane.storePlan(eventId, bookingFromPlan(panes, 'da').storedPlan, read.storedPlan?.mark);
    const replaced = await pane.getMeeting(eventId);
    expect(JSON.parse(replaced.storedPlan?.plan ?? '{}').title.da).toBe('Rudens titel');
  });

  it('refuses a first store where a plan was stored meanwhile', async () => {
    const pane = networkMeetingGraph(h.client('organiser'));
    const { booking, eventId } = await savedInOutlook('outlook-5');
    await pane.storePlan(eventId, booking.storedPlan);
    await expect(pane.storePlan(eventId, booking.storedPlan, null)).rejects.toMatchObject({
      status: 412,
    });
  });

  it('ties the plan to the event it stores it on', async () => {
    const pane = networkMeetingGraph(h.client('organiser'));
    const { booking, eventId } = await savedInOutlook('outlook-6');
    await pane.storePlan(eventId, booking.storedPlan, null);
    const read = await pane.getMeeting(eventId);
    expect(read.storedPlan?.eventMark).toBeTruthy();
    expect(read.planFromAnotherEvent).toBeUndefined();
  });
});

describe('the attendee’s own copy', () => {
  it('is read with its body by id, and found again by its UID until a decline takes it away', async () => {
    const organiser = networkMeetingGraph(h.client('organiser'));
    const { booking, eventId } = await savedInOutlook('outlook-3');
    await organiser.storePlan(eventId, booking.storedPlan);
    const uid = (await organiser.getMeeting(eventId)).iCalUId ?? '';

    const chair = networkMeetingGraph(h.client('medChair'));
    const found = await chair.invitedMeetingByICalUId(uid);
    expect(found?.isOrganizer).toBe(false);
    const copy = await chair.invitedMeeting(found?.eventId ?? '');
    const invitation = invitationFrom(copy, { email: h.address('medChair'), name: '' });
    expect(invitation?.planId).toBe('outlook-3');
    expect(invitation?.myRoles).toContain('medChair');

    await chair.answerInvitation(copy.eventId, 'decline', 'Forhindret');
    expect(await chair.invitedMeetingByICalUId(uid)).toBeUndefined();
  });
});

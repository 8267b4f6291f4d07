import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bookPlan, openMeeting, PlanMismatchError, savePlan } from '../app/meetings';
import { bookingFromPlan, type BookedMeeting, moveMeeting, wallTime } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import type { EventDto } from './dto';
import { eventFields, PLAN_EXTENSION_NAME } from './eventMapping';
import { networkMeetingGraph } from './networkMeetingGraph';

/**
 * A plan belongs to the event it was written for: every event the app writes carries a plan
 * mark (booked in the tab, or stored on by the Outlook pane) and the plan names it. A plan
 * copied onto another event, or one whose event was moved outside the app, is said so, and
 * the follow-up saves nothing over it.
 */

let h: EmulatorHarness;
let count = 0;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.emulator.faults.clear());

const graph = () => networkMeetingGraph(h.client('organiser'));
const sdk = () => h.client('organiser').sdk;
const extensionUrl = (eventId: string) =>
  `/me/events/${encodeURIComponent(eventId)}/extensions/${PLAN_EXTENSION_NAME}`;

async function booked(date = '2027-03-11'): Promise<BookedMeeting> {
  const plan = demoPlan(h.emulator.core.tenant, { id: `tie-${(count += 1)}`, date });
  return bookPlan(graph(), plan, 'da');
}

/** The extension of one event, exactly as stored, put on another: a replay. */
async function copyPlan(from: string, to: string): Promise<void> {
  const stored = (await sdk().api(extensionUrl(from)).get()) as Record<string, unknown>;
  const data = Object.fromEntries(
    Object.entries(stored).filter(
      ([key]) => !key.startsWith('@odata.') && key !== 'id' && key !== 'extensionName',
    ),
  );
  await sdk()
    .api(extensionUrl(to))
    .patch({ '@odata.type': 'microsoft.graph.openTypeExtension', ...data });
}

async function opened(eventId: string): Promise<BookedMeeting> {
  const read = await openMeeting(graph(), eventId);
  if (!read.ok) throw new Error('unreadable');
  return read.meeting;
}

function organiserEvent(eventId: string) {
  const id = h.emulator.core.user(h.address('organiser'))?.id ?? '';
  return h.emulator.core.state.mailboxes[id]?.events.find((e) => e.id === eventId);
}

describe('a plan replayed on another event', () => {
  it('is told on the event it was copied to, and the follow-up refuses to save over it', async () => {
    const a = await booked('2027-03-11');
    const b = await booked('2027-03-18');
    await copyPlan(a.eventId, b.eventId);

    const onB = await opened(b.eventId);
    expect(onB.plan.id).toBe(a.plan.id);
    expect(onB.mismatch).toEqual({ kind: 'otherEvent' });
    expect((await opened(a.eventId)).mismatch).toBeUndefined();

    const before = structuredClone(organiserEvent(b.eventId));
    const moved = moveMeeting(onB.plan, { start: wallTime('12:00') });
    if (!moved.ok) throw new Error('move refused');
    const refused = await savePlan(graph(), onB, moved.plan, 'da').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PlanMismatchError);
    // B keeps its own date, title and attendees.
    const after = organiserEvent(b.eventId);
    expect([after?.subject, after?.startUtc, after?.changeKey]).toEqual([
      before?.subject,
      before?.startUtc,
      before?.changeKey,
    ]);
  });

  it('is told even on an event with the same times, by the plan mark', async () => {
    const a = await booked('2027-04-08');
    const b = await booked('2027-04-08');
    await copyPlan(a.eventId, b.eventId);
    expect((await opened(b.eventId)).mismatch).toEqual({ kind: 'otherEvent' });
  });

  it('is told on an event Outlook saved, which never carried a mark', async () => {
    const a = await booked('2027-04-15');
    const booking = bookingFromPlan(a.plan, 'da');
    const c = (await sdk().api('/me/events').post(eventFields(booking, booking.html))) as EventDto;
    await sdk()
      .api(`/me/events/${encodeURIComponent(c.id)}/extensions`)
      .post({
        '@odata.type': 'microsoft.graph.openTypeExtension',
        extensionName: PLAN_EXTENSION_NAME,
      });
    await copyPlan(a.eventId, c.id);
    expect((await opened(c.id)).mismatch).toEqual({ kind: 'otherEvent' });
  });

  it('compares the times too: a meeting moved outside the app is said so, and not saved over', async () => {
    const a = await booked('2027-04-22');
    await sdk()
      .api(`/me/events/${encodeURIComponent(a.eventId)}`)
      .patch({
        start: { dateTime: '2027-04-22T12:00:00', timeZone: 'Romance Standard Time' },
        end: { dateTime: '2027-04-22T15:00:00', timeZone: 'Romance Standard Time' },
      });
    const read = await opened(a.eventId);
    expect(read.mismatch).toEqual({
      kind: 'times',
      plan: { start: '2027-04-22T11:00:00', end: '2027-04-22T14:00:00' },
      event: { start: '2027-04-22T12:00:00', end: '2027-04-22T15:00:00' },
    });
    const retitled = { ...read.plan, title: { da: 'Nyt navn', en: 'New name' } };
    await expect(savePlan(graph(), read, retitled, 'da')).rejects.toBeInstanceOf(PlanMismatchError);
  });

  it('leaves a plan on its own event alone, before and after the follow-up saves it', async () => {
    const a = await booked('2027-04-29');
    const read = await opened(a.eventId);
    expect(read.mismatch).toBeUndefined();
    const moved = moveMeeting(read.plan, { start: wallTime('12:00') });
    if (!moved.ok) throw new Error('move refused');
    await savePlan(graph(), read, moved.plan, 'da');
    expect((await opened(a.eventId)).mismatch).toBeUndefined();
  });
});

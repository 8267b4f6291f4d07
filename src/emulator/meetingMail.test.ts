import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTokenFor } from '../auth/demoToken';
import type { Notice } from './state';
import { type EmulatorHarness, startHarness } from './harness.testSupport';

/** The Exchange behaviours of FIDELITY.md that decide who gets mail, over raw HTTP. */
let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const as =
  (user: string) =>
  (p: string, init: RequestInit = {}) =>
    fetch(`${h.emulator.url}/v1.0${p}`, {
      ...init,
      headers: {
        authorization: `Bearer ${demoTokenFor(user)}`,
        'content-type': 'application/json',
      },
    });
interface EventView {
  id: string;
  iCalUId: string;
  responseStatus: { response: string };
  attendees: {
    type: string;
    status: { response: string };
    emailAddress: { address: string; name: string };
  }[];
}
const mailbox = async (address: string) =>
  (await (await fetch(`${h.emulator.url}/_emulator/mailboxes/${address}`)).json()) as {
    events: EventView[];
    notices: Notice[];
  };
const copyOf = async (address: string, iCalUId: string) =>
  (await mailbox(address)).events.find((e) => e.iCalUId === iCalUId);
const kinds = async (address: string, iCalUId: string) =>
  (await mailbox(address)).notices.filter((n) => n.iCalUId === iCalUId).map((n) => n.kind);
const attendee = (address: string, name = address) => ({
  type: 'required',
  emailAddress: { address, name },
});

async function book(attendees: string[]): Promise<EventView> {
  const res = await as(h.address('organiser'))('/me/events', {
    method: 'POST',
    body: JSON.stringify({
      subject: 'Netværksmøde',
      start: { dateTime: '2027-05-06T09:00:00', timeZone: 'Romance Standard Time' },
      end: { dateTime: '2027-05-06T12:00:00', timeZone: 'Romance Standard Time' },
      attendees: attendees.map((a) => attendee(a)),
    }),
  });
  return (await res.json()) as EventView;
}

describe('who Exchange sends mail to', () => {
  it('returns v1.0 events with an iCalUId and no uid, which is beta only', async () => {
    const event = (await book([h.address('director')])) as EventView & Record<string, unknown>;
    expect(event.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008/);
    expect('uid' in event).toBe(false);
  });

  it('sends every attendee an update when the organiser changes the attendee list alone', async () => {
    const [a, b, c] = [h.address('director'), h.address('hrConsultant'), h.address('medViceChair')];
    const event = await book([a, b]);
    const res = await as(h.address('organiser'))(`/me/events/${event.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ attendees: [attendee(a), attendee(c)] }),
    });
    expect(res.status).toBe(200);
    expect(await kinds(a, event.iCalUId)).toEqual(['request', 'update']);
    expect(await kinds(b, event.iCalUId)).toEqual(['request', 'cancellation']);
    expect(await kinds(c, event.iCalUId)).toEqual(['request']);
  });

  it('asks everyone again when the time changes, on the organiser’s copy and their own', async () => {
    const chair = h.address('medChair');
    const event = await book([chair]);
    const copy = await copyOf(chair, event.iCalUId);
    await as(chair)(`/me/events/${copy?.id}/accept`, { method: 'POST', body: '{}' });
    expect((await copyOf(h.address('organiser'), event.iCalUId))?.attendees[0]?.status).toEqual(
      expect.objectContaining({ response: 'accepted' }),
    );
    await as(h.address('organiser'))(`/me/events/${event.id}`, {
      method: 'PATCH',
      body: JSON.stringify({
        start: { dateTime: '2027-05-06T10:00:00', timeZone: 'Romance Standard Time' },
        end: { dateTime: '2027-05-06T13:00:00', timeZone: 'Romance Standard Time' },
      }),
    });
    expect(
      (await copyOf(h.address('organiser'), event.iCalUId))?.attendees[0]?.status.response,
    ).toBe('none');
    expect((await copyOf(chair, event.iCalUId))?.responseStatus.response).toBe('notResponded');
    // A new place is an update too, but not a new time: the answers stand.
    const again = await copyOf(chair, event.iCalUId);
    await as(chair)(`/me/events/${again?.id}/accept`, { method: 'POST', body: '{}' });
    await as(h.address('organiser'))(`/me/events/${event.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ location: { displayName: 'Rådhuset' } }),
    });
    expect(
      (await copyOf(h.address('organiser'), event.iCalUId))?.attendees[0]?.status.response,
    ).toBe('accepted');
  });

  it('forwards to the recipient only; the organiser’s list gains them as optional when they answer', async () => {
    const [a, guest] = [h.address('director'), h.address('hrConsultant')];
    const event = await book([a]);
    const res = await as(h.address('organiser'))(`/me/events/${event.id}/forward`, {
      method: 'POST',
      body: JSON.stringify({
        toRecipients: [{ emailAddress: { address: guest, name: 'Gæst (MED-formand)' } }],
        comment: '',
      }),
    });
    expect(res.status).toBe(202);
    expect(await kinds(a, event.iCalUId)).toEqual(['request']);
    expect(await kinds(guest, event.iCalUId)).toEqual(['request']);
    const listed = async () =>
      (await copyOf(h.address('organiser'), event.iCalUId))?.attendees.map(
        (x) => x.emailAddress.address,
      );
    expect(await listed()).toEqual([a]);
    const copy = await copyOf(guest, event.iCalUId);
    expect(copy?.attendees.map((x) => x.emailAddress.address)).toEqual([a]);
    await as(guest)(`/me/events/${copy?.id}/tentativelyAccept`, { method: 'POST', body: '{}' });
    const joined = (await copyOf(h.address('organiser'), event.iCalUId))?.attendees.find(
      (x) => x.emailAddress.address === guest,
    );
    expect(joined).toMatchObject({
      type: 'optional',
      status: { response: 'tentativelyAccepted' },
      emailAddress: { name: h.emulator.core.user(guest)?.displayName },
    });
  });

  it('adds an attendee’s forward to the organiser’s copy as optional, as documented', async () => {
    const [a, guest] = [h.address('director'), h.address('amConsultant')];
    const event = await book([a]);
    const copy = await copyOf(a, event.iCalUId);
    await as(a)(`/me/events/${copy?.id}/forward`, {
      method: 'POST',
      body: JSON.stringify({ toRecipients: [{ emailAddress: { address: guest } }] }),
    });
    expect(await kinds(guest, event.iCalUId)).toEqual(['request']);
    expect(
      (await copyOf(h.address('organiser'), event.iCalUId))?.attendees.find(
        (x) => x.emailAddress.address === guest,
      )?.type,
    ).toBe('optional');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookPlan, invitationsFor, listInvitedMeetings } from '../app/meetings';
import { seedBusyCalendar } from '../emulator/busyCalendar';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { slicesOf } from './invitations';
import { networkMeetingGraph } from './networkMeetingGraph';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** A client for a user that records each request's method, URL and body. */
function recorded(user: 'medChair' | 'director') {
  const requests: { method: string; url: string; body: string }[] = [];
  const graph = networkMeetingGraph(
    h.client(user, {
      fetch: (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        requests.push({ method: init?.method ?? 'GET', url, body: String(init?.body ?? '') });
        return fetch(input, init);
      },
    }),
  );
  return { graph, requests };
}

describe('finding the network meetings in a large calendar', () => {
  const range = { start: '2027-01-01T00:00:00Z', end: '2027-12-31T00:00:00Z' };

  it('reads the bodies of the likely meetings only, and finds every invitation', async () => {
    const tenant = h.emulator.core.tenant;
    seedBusyCalendar(h.emulator.core, h.address('director'), 1500, range);
    const organiser = networkMeetingGraph(h.client('organiser'));
    const short = await bookPlan(
      organiser,
      demoPlan(tenant, { id: 'p-short', date: '2027-05-06' }),
      'da',
    );
    // A title long enough to push the series line out of any preview.
    const long = demoPlan(tenant, { id: 'p-long', date: '2027-09-09' });
    const title = `Netværk ${'og trivsel '.repeat(30)}`.trim();
    await bookPlan(organiser, { ...long, title: { da: title, en: title } }, 'en');

    const { graph, requests } = recorded('director');
    const invitations = invitationsFor(await listInvitedMeetings(graph, range), {
      email: h.address('director'),
      name: '',
    });
    expect(invitations.map((i) => i.planId).sort()).toEqual(['p-long', 'p-short']);
    expect(invitations.find((i) => i.planId === 'p-short')?.eventId).toBeDefined();
    expect(short.eventId).toBeTruthy();

    // The listing asks for no bodies, in large pages; one $batch reads the two copies.
    const listings = requests.filter((r) => r.url.includes('/me/events?'));
    expect(listings.length).toBe(3);
    for (const r of listings) {
      const select = new URL(r.url).searchParams.get('$select') ?? '';
      expect(select.split(',')).not.toContain('body');
      expect(select.split(',')).toContain('bodyPreview');
      expect(new URL(r.url).searchParams.get('$top')).toBe('1000');
    }
    const batches = requests.filter((r) => r.url.endsWith('/$batch'));
    expect(batches).toHaveLength(1);
    const inner = JSON.parse(batches[0]?.body ?? '{}') as { requests: { url: string }[] };
    expect(inner.requests).toHaveLength(2);
    expect(inner.requests.every((r) => decodeURIComponent(r.url).includes(',body'))).toBe(true);
  });

  it('finds nothing, and reads no body, in a range with only ordinary meetings', async () => {
    const quiet = { start: '2027-01-02T00:00:00Z', end: '2027-03-01T00:00:00Z' };
    const { graph, requests } = recorded('director');
    expect(await listInvitedMeetings(graph, quiet)).toEqual([]);
    expect(requests.some((r) => r.url.endsWith('/$batch'))).toBe(false);
  });
});

describe('slicesOf', () => {
  it('cuts a range into slices that meet on whole seconds, with no gap and no overlap', () => {
    const slices = slicesOf({ start: '2027-01-01T00:00:00.250Z', end: '2027-07-01T00:00:00Z' }, 4);
    expect(slices).toHaveLength(4);
    expect(slices[0]?.start).toBe('2027-01-01T00:00:00.000Z');
    expect(slices[3]?.end).toBe('2027-07-01T00:00:00.000Z');
    for (let i = 1; i < slices.length; i++) expect(slices[i]?.start).toBe(slices[i - 1]?.end);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { networkMeetingGraph } from '../graph';
import { bookPlan, invitationsFor, listInvitedMeetings } from './meetings';

/**
 * Whether Exchange keeps the name an organiser gives an internal attendee is unconfirmed
 * (FIDELITY.md). Here the emulator lists attendees under their directory names, as a tenant
 * might: the attendee's roles are then unknown, and the app must show none rather than wrong ones.
 */
let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness({ behaviour: { attendeeNames: 'directory' } });
});
afterAll(() => h.close());

describe('a tenant that lists attendees under their directory names', () => {
  it('shows the attendee no roles, never wrong ones, and their part by their name', async () => {
    const plan = demoPlan(h.emulator.core.tenant, { id: 'directory-names', date: '2027-04-15' });
    await bookPlan(networkMeetingGraph(h.client('organiser')), plan, 'da');
    const range = { start: '2027-04-15T00:00:00Z', end: '2027-04-16T00:00:00Z' };
    const reflection = plan.agenda
      .filter((b) => b.presenters.roles.includes('medViceChair'))
      .map((b) => b.title.da);
    expect(reflection.length).toBeGreaterThan(0);
    for (const person of ['medChair', 'medViceChair'] as const) {
      const user = h.emulator.core.user(h.address(person));
      const graph = networkMeetingGraph(h.client(person));
      const [invitation] = invitationsFor(await listInvitedMeetings(graph, range), {
        email: h.address(person),
        name: user?.displayName ?? '',
      });
      // The attendee list carries the directory's name, with no roles in it.
      expect(invitation?.responses.find((r) => r.email === h.address(person))?.name).toBe(
        user?.displayName,
      );
      expect(invitation?.planId).toBe(plan.id);
      expect(invitation?.myRoles).toEqual([]);
      expect(invitation?.expected.mustConfirm).toBe(false);
      // The programme names who presents (the chair is the director, the vice-chair reflects):
      // their part is found by their name, which is right whatever the attendee list says.
      expect(invitation?.expected.blocks.map((b) => b.title)).toEqual(reflection);
    }
  });
});

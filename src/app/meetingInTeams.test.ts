import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personKey } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { demoTenant } from '../emulator/demoTenant';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { findMeetingOfChat, meetingViewOf, programmeOfView, searchWindows } from './meetingInTeams';
import { bookPlan } from './meetings';

const NOON = Date.parse('2027-04-22T10:00:00Z'); // 12.00 in Copenhagen, during the meeting

/** The chat Teams gives tabs in the meeting a person has in their calendar with this subject. */
function chatOf(h: EmulatorHarness, address: string, subject: string): string {
  const user = h.emulator.core.user(address);
  const event = h.emulator.core
    .mailbox(user?.id ?? '')
    .events.find((e) => e.subject === subject && e.chatId);
  if (!event?.chatId) throw new Error(`${address} has no Teams meeting ${subject}`);
  return event.chatId;
}

for (const joinUrls of ['short', 'long'] as const) {
  describe(`which meeting a tab is in, with ${joinUrls} join links`, () => {
    let h: EmulatorHarness;
    const plan = demoPlan(demoTenant(), { id: `in-teams-${joinUrls}`, date: '2027-04-22' });
    beforeAll(async () => {
      h = await startHarness({ behaviour: { joinUrls } });
      await bookPlan(h.graph('organiser'), plan, 'da');
    });
    afterAll(() => h.close());

    it('finds the organiser’s own event, and its plan', async () => {
      const organiser = h.graph('organiser');
      const chatId = chatOf(h, h.address('organiser'), plan.title.da);
      const found = await findMeetingOfChat(organiser, chatId, NOON);
      expect(found).toMatchObject({ kind: 'found', event: { isOrganizer: true } });
      if (found.kind !== 'found') return;
      const view = await meetingViewOf(organiser, found.event, {
        email: h.address('organiser'),
        name: 'Signe Vestergaard',
      });
      expect(view.kind).toBe('organiser');
      expect(view.kind === 'organiser' && view.meeting.plan.id).toBe(plan.id);
      expect(programmeOfView(view)?.items).toHaveLength(plan.agenda.length);
    });

    it('finds the MED chair’s own copy: her roles, her part, asked to confirm', async () => {
      const chair = h.graph('medChair');
      const chatId = chatOf(h, h.address('medChair'), plan.title.da);
      const found = await findMeetingOfChat(chair, chatId, NOON);
      expect(found).toMatchObject({ kind: 'found', event: { isOrganizer: false } });
      if (found.kind !== 'found') return;
      const view = await meetingViewOf(chair, found.event, {
        email: h.address('medChair'),
        name: 'Birgitte Holm',
      });
      expect(view.kind).toBe('invitee');
      if (view.kind !== 'invitee') return;
      expect(view.invitation.myRoles).toContain('medChair');
      expect(view.invitation.expected.mustConfirm).toBe(true);
      // The programme from the invitation's rows: the same times as the plan's.
      expect(programmeOfView(view)?.items.map((i) => i.start)).toEqual(
        [...plan.agenda].map((b) => b.start).sort(),
      );
    });

    it('reads only the days around today for a meeting of today', async () => {
      const organiser = h.graph('organiser');
      const chatId = chatOf(h, h.address('organiser'), plan.title.da);
      h.emulator.requests.length = 0;
      await findMeetingOfChat(organiser, chatId, NOON);
      const paths = h.emulator.requests.map((r) => `${r.method} ${r.path}`);
      expect(paths.filter((p) => p.startsWith('GET /me/chats/'))).toHaveLength(1);
      expect(paths.filter((p) => p === 'GET /me/events')).toHaveLength(1);
    });

    it('finds a meeting months ahead in the later windows', async () => {
      const organiser = h.graph('organiser');
      const chatId = chatOf(h, h.address('organiser'), plan.title.da);
      const found = await findMeetingOfChat(organiser, chatId, NOON - 150 * 86_400_000);
      expect(found.kind).toBe('found');
      expect(searchWindows(NOON)).toHaveLength(3);
    });

    it('says a Teams meeting not planned with the app is not a network meeting', async () => {
      const organiser = h.client('organiser');
      await organiser.sdk.api('/me/events').post({
        subject: 'Teammøde',
        start: { dateTime: '2027-04-22T09:00:00', timeZone: 'Romance Standard Time' },
        end: { dateTime: '2027-04-22T09:30:00', timeZone: 'Romance Standard Time' },
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
      });
      const graph = h.graph('organiser');
      const found = await findMeetingOfChat(
        graph,
        chatOf(h, h.address('organiser'), 'Teammøde'),
        NOON,
      );
      expect(found.kind).toBe('found');
      if (found.kind !== 'found') return;
      expect(await meetingViewOf(graph, found.event, { email: '', name: '' })).toEqual({
        kind: 'notNetwork',
        subject: 'Teammøde',
      });
    });

    it('is refused the chat of a meeting the user is not in', async () => {
      const invited = new Set(plan.invitees.map((i) => personKey(i.email)));
      const outsider = h.emulator.core.tenant.users.find(
        (u) => !invited.has(personKey(u.mail)) && u.mail !== h.address('organiser'),
      );
      const chatId = chatOf(h, h.address('organiser'), plan.title.da);
      expect(await findMeetingOfChat(h.graph(outsider?.mail ?? ''), chatId, NOON)).toEqual({
        kind: 'chatRefused',
        status: 403,
      });
    });
  });
}
